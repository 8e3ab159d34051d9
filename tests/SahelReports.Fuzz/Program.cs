using System.Diagnostics;
using System.Globalization;
using SahelReports.Fuzz;
using SahelReports.Fuzz.Internal;
using SharpFuzz;

// Usage (see docs/fuzzing.md):
//   SahelReports.Fuzz afl <target>                      under afl-fuzz (SharpFuzz fork server; the library must be instrumented)
//   SahelReports.Fuzz libfuzzer <target>                under libfuzzer-dotnet
//   SahelReports.Fuzz smoke <target> [--seconds N] [--iterations N] [--seed N] [--corpus DIR] [--dict FILE] [--crashes DIR]
//   SahelReports.Fuzz replay <target> <file-or-folder>...
// Targets: acled, hxl, dtm-json. Exit code 0: no crash; 1: a crash (an unhandled exception or a broken invariant); 2: usage.
if (args.Length < 2 || !FuzzTargets.Names.Contains(args[1]))
{
    Console.Error.WriteLine($"usage: SahelReports.Fuzz afl|libfuzzer|smoke|replay <{string.Join('|', FuzzTargets.Names)}> [options]");
    return 2;
}

string mode = args[0];
string name = args[1];
Action<byte[]> target = FuzzTargets.Get(name);
try
{
    switch (mode)
    {
        case "afl":
            Fuzzer.OutOfProcess.Run(stream =>
            {
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                target(buffer.ToArray());
            });
            return 0;
        case "libfuzzer":
            Fuzzer.LibFuzzer.Run(span => target(span.ToArray()));
            return 0;
        case "replay":
            return Replay(target, args.Skip(2));
        case "smoke":
            return Smoke(name, target, Options.Parse(args.Skip(2).ToArray(), name));
        default:
            Console.Error.WriteLine($"unknown mode '{mode}': expected afl, libfuzzer, smoke or replay");
            return 2;
    }
}
finally
{
    ScratchFile.Delete();
}

static int Replay(Action<byte[]> target, IEnumerable<string> paths)
{
    int failures = 0;
    foreach (string file in paths.SelectMany(p => Directory.Exists(p) ? Directory.GetFiles(p).Order(StringComparer.Ordinal).ToArray() : new[] { p }))
    {
        try
        {
            target(File.ReadAllBytes(file));
            Console.WriteLine($"ok    {file}");
        }
        catch (Exception ex)
        {
            failures++;
            Console.WriteLine($"CRASH {file}");
            Console.WriteLine(ex);
        }
    }

    return failures == 0 ? 0 : 1;
}

static int Smoke(string name, Action<byte[]> target, Options options)
{
    byte[][] corpus = Directory.GetFiles(options.Corpus).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();
    if (corpus.Length == 0)
    {
        Console.Error.WriteLine($"{name}: the corpus folder {options.Corpus} is empty or missing");
        return 2;
    }

    var mutator = new Mutator(options.Seed, corpus, Dictionary.Load(options.Dictionary));
    var crashes = new Dictionary<string, string>(StringComparer.Ordinal);
    var clock = Stopwatch.StartNew();
    long executions = 0;

    // The seeds themselves first: each must pass as it is.
    for (int i = 0; i < corpus.Length; i++)
    {
        Run(corpus[i], string.Create(CultureInfo.InvariantCulture, $"seed {i}"));
    }

    for (long i = 0; i < options.Iterations && clock.Elapsed.TotalSeconds < options.Seconds; i++)
    {
        Run(mutator.Next(), string.Create(CultureInfo.InvariantCulture, $"iteration {i}"));
    }

    double seconds = clock.Elapsed.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name}: {executions} executions in {seconds:F1} s ({executions / Math.Max(seconds, 0.001):F0}/s), seed {options.Seed}, {corpus.Length} corpus files, {crashes.Count} distinct crashes"));
    return crashes.Count == 0 ? 0 : 1;

    void Run(byte[] input, string where)
    {
        executions++;
        try
        {
            target(input);
        }
        catch (Exception ex)
        {
            string signature = ex.GetType().FullName + " @ " + (ex.StackTrace?.Split('\n').FirstOrDefault()?.Trim() ?? "?");
            if (crashes.ContainsKey(signature) || crashes.Count >= 20)
            {
                return;
            }

            Directory.CreateDirectory(options.Crashes);
            string file = Path.Combine(options.Crashes, string.Create(CultureInfo.InvariantCulture, $"{name}-crash-{crashes.Count:D2}.bin"));
            File.WriteAllBytes(file, input);
            crashes.Add(signature, file);
            Console.WriteLine($"CRASH {name} ({where}, seed {options.Seed}): input saved to {file}");
            Console.WriteLine(ex);
        }
    }
}

/// <summary>Options of the smoke loop.</summary>
internal sealed record Options(double Seconds, long Iterations, int Seed, string Corpus, string Dictionary, string Crashes)
{
    public static Options Parse(string[] args, string target)
    {
        string home = AppContext.BaseDirectory;
        var o = new Options(30, long.MaxValue, 1, Path.Combine(home, "corpus", target), Path.Combine(home, "dict", target + ".dict"),
            Path.Combine(Environment.CurrentDirectory, "fuzz-crashes"));
        for (int i = 0; i + 1 < args.Length; i += 2)
        {
            string value = args[i + 1];
            o = args[i] switch
            {
                "--seconds" => o with { Seconds = double.Parse(value, CultureInfo.InvariantCulture) },
                "--iterations" => o with { Iterations = long.Parse(value, CultureInfo.InvariantCulture) },
                "--seed" => o with { Seed = int.Parse(value, CultureInfo.InvariantCulture) },
                "--corpus" => o with { Corpus = value },
                "--dict" => o with { Dictionary = value },
                "--crashes" => o with { Crashes = value },
                _ => throw new ArgumentException($"unknown option '{args[i]}'", nameof(args)),
            };
        }

        return o;
    }
}
