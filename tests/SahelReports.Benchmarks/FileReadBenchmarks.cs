using System.Buffers;
using BenchmarkDotNet.Attributes;

namespace SahelReports.Benchmarks;

/// <summary>The floor for every import: reading the 1M-row file's bytes and counting line feeds (no parsing).</summary>
[MemoryDiagnoser]
[Config(typeof(ShortConfig))]
public class FileReadBenchmarks
{
    private string _path = "";

    [GlobalSetup]
    public void Setup() => _path = BenchmarkData.EnsureAcledFile();

    [Benchmark]
    public long ReadBytes_1M_CountLineFeeds()
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            long lines = 0;
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                lines += buffer.AsSpan(0, read).Count((byte)'\n');
            }

            return lines;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
