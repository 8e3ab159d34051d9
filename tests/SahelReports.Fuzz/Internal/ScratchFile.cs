using System.Globalization;

namespace SahelReports.Fuzz.Internal;

/// <summary>A per-process scratch folder for the targets whose entry point takes a path (the HXL and displacement
/// readers): the input is written there and read back by the library. On Linux it lives in <c>/dev/shm</c> (memory).</summary>
internal static class ScratchFile
{
    private static readonly Lazy<string> s_folder = new(CreateFolder);

    public static string Write(byte[] data, string name)
    {
        string path = Path.Combine(s_folder.Value, name);
        File.WriteAllBytes(path, data);
        return path;
    }

    public static void Delete()
    {
        if (s_folder.IsValueCreated && Directory.Exists(s_folder.Value))
        {
            Directory.Delete(s_folder.Value, recursive: true);
        }
    }

    private static string CreateFolder()
    {
        string root = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
        string folder = Path.Combine(root, string.Create(CultureInfo.InvariantCulture, $"sahel-fuzz-{Environment.ProcessId}"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}
