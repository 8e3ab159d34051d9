namespace SahelReports.Synthetic;

/// <summary>Writes the bundled SYNTHETIC sample data set (samples/data).</summary>
public static class SampleDataSet
{
    /// <summary>Writes every sample file into <paramref name="directory"/> (created if missing).</summary>
    /// <param name="directory">The destination directory.</param>
    public static void WriteAll(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory.CreateDirectory(directory);
    }
}
