using System.Globalization;
using SahelReports.Synthetic;

// Usage:
//   dotnet run --project tests/SahelReports.Synthetic -- samples <dir>
//   dotnet run --project tests/SahelReports.Synthetic -- check-samples <dir>   (exit 1 if the committed files are not what the generator writes)
//   dotnet run --project tests/SahelReports.Synthetic -- acled <file> [--rows N] [--seed S] [--semicolon] [--monadic] [--numeric-inter] [--revisions R]
if (args.Length >= 2 && args[0] == "samples")
{
    SampleDataSet.WriteAll(args[1]);
    Console.WriteLine($"Wrote the SYNTHETIC sample data set to {Path.GetFullPath(args[1])}");
    return 0;
}

if (args.Length >= 2 && args[0] == "check-samples")
{
    string fresh = Path.Combine(Path.GetTempPath(), "sahelreports-samples-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
    SampleDataSet.WriteAll(fresh);
    int differences = 0;
    foreach (string name in new[] { SampleDataSet.AcledFileName, SampleDataSet.DtmFileName, SampleDataSet.UnhcrFileName })
    {
        string committed = Path.Combine(args[1], name);
        bool same = File.Exists(committed) && File.ReadAllBytes(committed).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(fresh, name)));
        Console.WriteLine($"{(same ? "ok  " : "DIFF")} {name}");
        differences += same ? 0 : 1;
    }

    Directory.Delete(fresh, recursive: true);
    return differences == 0 ? 0 : 1;
}

if (args.Length >= 2 && args[0] == "acled")
{
    long rows = 100_000;
    var options = new AcledGeneratorOptions { Start = new NodaTime.LocalDate(2015, 1, 1), End = new NodaTime.LocalDate(2024, 12, 31) };
    for (int i = 2; i < args.Length; i++)
    {
        switch (args[i])
        {
            case "--rows":
                rows = long.Parse(args[++i], CultureInfo.InvariantCulture);
                break;
            case "--seed":
                options = options with { Seed = int.Parse(args[++i], CultureInfo.InvariantCulture) };
                break;
            case "--semicolon":
                options = options with { Delimiter = ';' };
                break;
            case "--monadic":
                options = options with { Layout = SyntheticAcledLayout.Monadic };
                break;
            case "--numeric-inter":
                options = options with { NumericInterCodes = true };
                break;
            case "--revisions":
                options = options with { RevisionRate = double.Parse(args[++i], CultureInfo.InvariantCulture) };
                break;
            default:
                Console.Error.WriteLine($"Unknown option {args[i]}");
                return 2;
        }
    }

    using var stream = File.Create(args[1]);
    long written = new AcledGenerator(options).Write(stream, rows);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {written} SYNTHETIC rows to {args[1]}"));
    return 0;
}

Console.Error.WriteLine("usage: samples <dir> | acled <file> [--rows N] [--seed S] [--semicolon] [--monadic] [--numeric-inter] [--revisions R]");
return 2;
