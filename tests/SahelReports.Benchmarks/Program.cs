using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using SahelReports.Benchmarks;

// `peak <scenario> [--warm]` runs one scenario in a fresh process and prints wall time, CPU time and peak working set
// (VmHWM): BenchmarkDotNet's MemoryDiagnoser reports allocated bytes, not the peak resident memory the budgets speak of,
// and CPU time stays meaningful when the shared machine is overloaded. --warm runs the scenario once before measuring.
if (args.Length >= 2 && args[0] == "peak")
{
    return PeakRun.Run(args[1], args.Contains("--warm"));
}

// With no arguments, run everything rather than waiting at BenchmarkSwitcher's prompt.
string[] effective = args.Length == 0 ? ["--filter", "*"] : args;
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(effective);
return 0;

/// <summary>Single-shot runs that measure peak resident memory.</summary>
internal static class PeakRun
{
    public static int Run(string scenario, bool warm)
    {
        Func<string>? work = Scenarios.Get(scenario);
        if (work is null)
        {
            Console.Error.WriteLine($"Unknown scenario '{scenario}'. Known: {string.Join(", ", Scenarios.Names)}");
            return 2;
        }

        Scenarios.Prepare(scenario);
        if (warm)
        {
            _ = work();
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            Scenarios.AfterWarmUp(scenario);
        }

        // Live managed objects before the run (the inputs), as opposed to the resident size, which also counts heap the
        // GC keeps committed after collecting the preparation's garbage. Taken before the CPU time is read.
        long liveBefore = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        long before = process.PeakWorkingSet64;
        TimeSpan cpuBefore = process.TotalProcessorTime;
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        TimeSpan pauseBefore = GC.GetTotalPauseDuration();
        int[] collectionsBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];

        var watch = Stopwatch.StartNew();
        string result = work();
        watch.Stop();
        process.Refresh();
        TimeSpan cpu = process.TotalProcessorTime - cpuBefore;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{scenario}{(warm ? " (warm)" : "")}: {watch.Elapsed.TotalMilliseconds:F0} ms wall, {cpu.TotalMilliseconds:F0} ms CPU, "
            + $"peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MB (before the run {before / 1048576.0:F0} MB, of it live managed objects {liveBefore / 1048576.0:F0} MB), "
            + $"allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1048576.0:F0} MB, "
            + $"GC pauses {(GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds:F0} ms (gen0/1/2 collections {GC.CollectionCount(0) - collectionsBefore[0]}/{GC.CollectionCount(1) - collectionsBefore[1]}/{GC.CollectionCount(2) - collectionsBefore[2]}); {result}"));
        return 0;
    }
}
