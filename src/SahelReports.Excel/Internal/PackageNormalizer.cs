using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace SahelReports.Excel.Internal;

/// <summary>
/// Rewrites an xlsx package so the same content gives the same bytes: fixed zip entry timestamps, a fixed name for the
/// core-properties part and fixed package relationship ids (System.IO.Packaging makes both random).
/// </summary>
internal static partial class PackageNormalizer
{
    private const string PackageRelationships = "_rels/.rels";
    private const string CorePropertiesFolder = "package/services/metadata/core-properties/";
    private const string CorePropertiesName = CorePropertiesFolder + "core.psmdcp";

    /// <summary>Copies every entry of <paramref name="package"/>, in order, into <paramref name="output"/> with <paramref name="timestamp"/> as its time.</summary>
    /// <param name="package">The package to copy.</param>
    /// <param name="output">Where the normalized package goes.</param>
    /// <param name="timestamp">The time of every entry.</param>
    /// <param name="replacements">Entries (by zip name) whose content is written by the given action instead of copied: a large sheet is streamed straight into the final entry.</param>
    public static void Normalize(Stream package, Stream output, DateTimeOffset timestamp, IReadOnlyDictionary<string, Action<Stream>>? replacements = null)
    {
        using var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        string? coreName = source.Entries.Select(e => e.FullName).FirstOrDefault(n => n.StartsWith(CorePropertiesFolder, StringComparison.Ordinal) && n.EndsWith(".psmdcp", StringComparison.Ordinal));
        using var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (ZipArchiveEntry entry in source.Entries)
        {
            string name = string.Equals(entry.FullName, coreName, StringComparison.Ordinal) ? CorePropertiesName : entry.FullName;
            ZipArchiveEntry copy = target.CreateEntry(name, CompressionLevel.Optimal);
            copy.LastWriteTime = timestamp;
            using Stream from = entry.Open();
            using Stream to = copy.Open();
            bool isRelationships = string.Equals(entry.FullName, PackageRelationships, StringComparison.Ordinal);
            if (replacements is not null && replacements.TryGetValue(entry.FullName, out Action<Stream>? write))
            {
                write(to);
            }
            else if (isRelationships)
            {
                using var reader = new StreamReader(from, Encoding.UTF8);
                string xml = reader.ReadToEnd();
                if (coreName is not null)
                {
                    xml = xml.Replace("/" + coreName, "/" + CorePropertiesName, StringComparison.Ordinal);
                }

                int n = 0;
                xml = RandomId().Replace(xml, _ => "Id=\"rIdPkg" + (++n).ToString(System.Globalization.CultureInfo.InvariantCulture) + "\"");
                byte[] bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(xml);
                to.Write(bytes);
            }
            else
            {
                from.CopyTo(to);
            }
        }
    }

    [GeneratedRegex("Id=\"R[0-9a-f]{16}\"", RegexOptions.CultureInvariant)]
    private static partial Regex RandomId();
}
