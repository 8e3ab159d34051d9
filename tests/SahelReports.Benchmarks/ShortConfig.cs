using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace SahelReports.Benchmarks;

/// <summary>A short job for the 2-core machines (3 warm-ups, 5 iterations, one launch), as ImageSharp's Config.Short.</summary>
public sealed class ShortConfig : ManualConfig
{
    public ShortConfig()
    {
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(5).WithId("Short"));
    }
}
