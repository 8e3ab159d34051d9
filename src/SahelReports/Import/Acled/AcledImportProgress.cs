namespace SahelReports.Import;

/// <summary>Progress of an ACLED import, reported every <see cref="AcledImportOptions.ProgressInterval"/> rows and at the end of each file.</summary>
/// <param name="File">The file being read.</param>
/// <param name="RowsRead">Data rows read so far from this file (header and blank lines not counted).</param>
/// <param name="BytesRead">Bytes of the file consumed so far (of its UTF-8 form when it was transcoded); approximate while reading.</param>
/// <param name="TotalBytes">The file's length in bytes when known (seekable streams and files), otherwise <see langword="null"/>.</param>
/// <param name="Completed">Whether this is the final report for the file.</param>
public sealed record AcledImportProgress(string File, long RowsRead, long BytesRead, long? TotalBytes, bool Completed);
