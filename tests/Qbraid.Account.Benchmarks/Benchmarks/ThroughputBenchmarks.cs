using BenchmarkDotNet.Attributes;
using Qbraid.Account.Benchmarks.Clients;
using Qbraid.Account.Benchmarks.Infrastructure;

namespace Qbraid.Account.Benchmarks.Benchmarks;

/// <summary>20,000 verify calls with 256 in flight on one shared client; one operation is the whole batch.</summary>
[Config(typeof(BatchConfig))]
public class ThroughputBenchmarks
{
    public const int DefaultCalls = 20_000;
    public const int DefaultInFlight = 256;

    private ClientSet _clients = null!;

    /// <summary>Calls per operation (the smoke run lowers it).</summary>
    public int Calls { get; set; } = DefaultCalls;

    public int InFlight { get; set; } = DefaultInFlight;

    [GlobalSetup]
    public void Setup() => _clients = new ClientSet(BenchEnvironment.ServerUrl);

    [GlobalCleanup]
    public void Cleanup() => _clients.Dispose();

    [Benchmark(Baseline = true, Description = "Baseline")]
    public Task Throughput_Baseline() => RunAsync(() => _clients.Baseline.VerifyAsync());

    [Benchmark(Description = "Refit")]
    public Task Throughput_Refit() => RunAsync(() => _clients.Refit.VerifyAsync(BenchEnvironment.ApiKey));

    [Benchmark(Description = "SDK (DI)")]
    public Task Throughput_SdkDI() => RunAsync(() => _clients.SdkDI.VerifyAsync());

    [Benchmark(Description = "SDK (new)")]
    public Task Throughput_SdkNew() => RunAsync(() => _clients.SdkNew.VerifyAsync());

    private async Task RunAsync(Func<Task> call)
    {
        var next = 0;
        var calls = Calls;
        var workers = new Task[Math.Min(InFlight, calls)];
        for (var i = 0; i < workers.Length; i++)
        {
            workers[i] = Task.Run(async () =>
            {
                while (Interlocked.Increment(ref next) <= calls)
                    await call().ConfigureAwait(false);
            });
        }
        await Task.WhenAll(workers).ConfigureAwait(false);
    }
}
