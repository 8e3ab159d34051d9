using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using SahelReports.Benchmarks;

// `peak <scenario>` runs one scenario once in a fresh process and prints wall time and peak working set (VmHWM):
// BenchmarkDotNet's MemoryDiagnoser reports allocated bytes, not the peak resident memory the budgets speak of.
if (args.Length >= 2 && args[0] == "peak")
{
    return PeakRun.Run(args[1]);
}

// With no arguments, run everything rather than waiting at BenchmarkSwitcher's prompt.
string[] effective = args.Length == 0 ? ["--filter", "*"] : args;
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(effective);
return 0;

/// <summary>Single-shot runs that measure peak resident memory.</summary>
internal static class PeakRun
{
    public static int Run(string scenario)
    {
        Func<string>? work = Scenarios.Get(scenario);
        if (work is null)
        {
            Console.Error.WriteLine($"Unknown scenario '{scenario}'. Known: {string.Join(", ", Scenarios.Names)}");
            return 2;
        }

        Scenarios.Prepare(scenario);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        long before = process.PeakWorkingSet64;
        var watch = Stopwatch.StartNew();
        string result = work();
        watch.Stop();
        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{scenario}: {watch.Elapsed.TotalMilliseconds:F0} ms, peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MB "
            + $"(before the run {before / 1048576.0:F0} MB), GC allocated {GC.GetTotalAllocatedBytes() / 1048576.0:F0} MB; {result}"));
        return 0;
    }
}
