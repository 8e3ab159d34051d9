using NodaTime;
using SahelReports.Incidents;
using SahelReports.Synthetic;

namespace SahelReports.Benchmarks;

/// <summary>The fixed-seed synthetic data every benchmark uses (DESIGN.md §5: 1M ACLED rows, 31 columns).</summary>
public static class BenchmarkData
{
    /// <summary>Rows in the large file.</summary>
    public const int Rows = 1_000_000;

    /// <summary>The generator options: seed 42, ten years (2015–2024), current layout, with neighbours and the seed story.</summary>
    public static AcledGeneratorOptions Options { get; } = new()
    {
        Seed = 42,
        Start = new LocalDate(2015, 1, 1),
        End = new LocalDate(2024, 12, 31),
    };

    /// <summary>
    /// Writes the 1M-row file once into the temp directory (reused while its length matches) and returns its path.
    /// </summary>
    public static string EnsureAcledFile(int rows = Rows)
    {
        string path = Path.Combine(Path.GetTempPath(), $"sahelreports-bench-acled-{rows}-seed{Options.Seed}.csv");
        string done = path + ".done";
        if (File.Exists(path) && File.Exists(done))
        {
            return path;
        }

        using (FileStream stream = File.Create(path))
        {
            new AcledGenerator(Options).Write(stream, rows);
        }

        File.WriteAllText(done, "");
        return path;
    }

    /// <summary>
    /// Builds <paramref name="rows"/> incidents in memory straight from the generator (no file, no importer). Notes and
    /// sources are dropped to keep the set small: aggregation does not read them.
    /// </summary>
    public static ConflictIncident[] InMemoryIncidents(int rows = Rows) =>
        new AcledGenerator(Options).Generate(rows)
            .Select(e => e.ToIncident() with { Notes = null, Source = null })
            .ToArray();
}
