using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace SahelReports.Benchmarks;

/// <summary>
/// A short job for the 2-core machines (3 warm-ups, 5 iterations, one launch), as ImageSharp's Config.Short, run in
/// process: generating and building a separate benchmark project takes minutes on a shared machine (and timed out here).
/// </summary>
public sealed class ShortConfig : ManualConfig
{
    public ShortConfig()
    {
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(5)
            .WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortInProcess"));
    }
}
