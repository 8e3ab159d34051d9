using System.Text;
using NodaTime;
using SahelReports.Geography;
using SahelReports.Synthetic.Internal;

namespace SahelReports.Synthetic;

/// <summary>
/// Writes the bundled SYNTHETIC sample data set (<c>samples/data</c>): ACLED-layout incidents for Mali, Burkina Faso and Niger
/// from Monday 2023-10-30 to Sunday 2024-11-03 (53 ISO weeks, 40–120 events a week, with the seed story in 2024-W44),
/// IOM DTM admin1 displacement rounds and UNHCR country figures.
/// </summary>
public static class SampleDataSet
{
    /// <summary>The seed of the sample data set. Changing it changes every committed sample file.</summary>
    public const int Seed = 20241103;

    /// <summary>The incidents file name.</summary>
    public const string AcledFileName = "acled-sahel-synthetic.csv";

    /// <summary>The DTM file name.</summary>
    public const string DtmFileName = "dtm-idps-synthetic.csv";

    /// <summary>The UNHCR file name.</summary>
    public const string UnhcrFileName = "unhcr-idps-synthetic.csv";

    /// <summary>Gets the options used for the incidents file.</summary>
    public static AcledGeneratorOptions AcledOptions { get; } = new()
    {
        Seed = Seed,
        Start = new LocalDate(2023, 10, 30),
        End = new LocalDate(2024, 11, 3),
        IncludeNeighbours = false,
        IncludeSeedStory = true,
    };

    /// <summary>Writes every sample file into <paramref name="directory"/> (created if missing), as UTF-8 without BOM and LF line ends.</summary>
    /// <param name="directory">The destination directory.</param>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is null, empty or white space.</exception>
    public static void WriteAll(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory.CreateDirectory(directory);
        var utf8 = new UTF8Encoding(false);
        using (var writer = new StreamWriter(Path.Combine(directory, AcledFileName), false, utf8))
        {
            new AcledGenerator(AcledOptions).WriteWeekly(writer, 40, 120);
        }

        using (var writer = new StreamWriter(Path.Combine(directory, DtmFileName), false, utf8))
        {
            DisplacementSamples.WriteDtm(writer, Gazetteer.Default, Seed);
        }

        using (var writer = new StreamWriter(Path.Combine(directory, UnhcrFileName), false, utf8))
        {
            DisplacementSamples.WriteUnhcr(writer);
        }
    }
}
