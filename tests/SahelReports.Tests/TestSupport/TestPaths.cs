namespace SahelReports.Tests.TestSupport;

/// <summary>Locates the repository, the test fixtures and the team's shared real-data folder (../shared/data).</summary>
internal static class TestPaths
{
    private static readonly Lazy<string> s_repoRoot = new(FindRepoRoot);

    /// <summary>Gets the repository root (the folder holding SahelReports.sln).</summary>
    public static string RepoRoot => s_repoRoot.Value;

    /// <summary>Gets the folder of synthetic fixtures written by us (tests/SahelReports.Tests/Fixtures).</summary>
    public static string Fixtures => Path.Combine(RepoRoot, "tests", "SahelReports.Tests", "Fixtures");

    /// <summary>Gets a path inside the fixtures folder.</summary>
    public static string Fixture(params string[] parts) => Path.Combine([Fixtures, .. parts]);

    /// <summary>
    /// Gets a path inside ../shared/data (real public files, never copied into the repository), or skips the test with a
    /// clear message when the folder is absent (a clone outside the team has none).
    /// </summary>
    public static string SharedDataOrSkip(params string[] parts)
    {
        string root = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "data"));
        string path = Path.Combine([root, .. parts]);
        if (!Directory.Exists(root))
        {
            Assert.Skip($"Shared real-data folder not found at '{root}': this test reads real public files that are not part of the repository.");
        }

        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Assert.Skip($"Shared data file '{path}' not found.");
        }

        return path;
    }

    private static string FindRepoRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null)
        {
            if (File.Exists(Path.Combine(dir, "SahelReports.sln")))
            {
                return dir;
            }

            dir = Path.GetDirectoryName(dir);
        }

        throw new InvalidOperationException($"Could not find SahelReports.sln above '{AppContext.BaseDirectory}'.");
    }
}
