using System.Diagnostics;
using System.Diagnostics.Metrics;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging;
using Qbraid.Account.Benchmarks.Clients;
using Qbraid.Account.Benchmarks.Infrastructure;
using Qbraid.Account.Identity;

namespace Qbraid.Account.Benchmarks.Benchmarks;

/// <summary>
/// What each SDK feature costs per verify call, against the SDK with no logger and nobody listening.
/// Every variant is a client of its own; BenchmarkDotNet runs each in a fresh process, so the
/// tracing listener only exists where it is measured.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class FeatureCostBenchmarks
{
    private readonly List<IDisposable> _owned = [];
    private IQbraidAccountClient _quiet = null!;
    private IQbraidAccountClient _information = null!;
    private IQbraidAccountClient _debug = null!;
    private IQbraidAccountClient _noRetries = null!;
    private IQbraidAccountClient _rateBudget = null!;
    private ActivityListener? _activities;
    private MeterListener? _meters;

    [GlobalSetup]
    public void Setup()
    {
        var url = BenchEnvironment.ServerUrl;
        _quiet = Own(SdkClients.ViaConstructor(url, BenchEnvironment.ApiKey, LogLevel.None));
        _information = Own(SdkClients.ViaConstructor(url, BenchEnvironment.ApiKey, LogLevel.Information));
        _debug = Own(SdkClients.ViaConstructor(url, BenchEnvironment.ApiKey, LogLevel.Debug));
        _noRetries = Own(SdkClients.ViaConstructor(url, BenchEnvironment.ApiKey, LogLevel.None, o => o.Retry.MaxRetries = 0));
        // A budget far above what a run can spend, so nothing waits: only the limiter's bookkeeping is measured.
        _rateBudget = Own(SdkClients.ViaConstructor(url, BenchEnvironment.ApiKey, LogLevel.None, o =>
        {
            o.RateLimit.Enabled = true;
            o.RateLimit.PermitLimit = 1_000_000;
            o.RateLimit.Window = TimeSpan.FromSeconds(1);
        }));
    }

    /// <summary>As an OpenTelemetry SDK would: every Qbraid.Account activity sampled and recorded, every instrument listened to.</summary>
    [GlobalSetup(Target = nameof(Verify_Traced))]
    public void SetupTraced()
    {
        Setup();
        _activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Qbraid.Account",
            Sample = static (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(_activities);
        _meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == "Qbraid.Account") listener.EnableMeasurementEvents(instrument);
            },
        };
        _meters.SetMeasurementEventCallback<double>(static (_, _, _, _) => { });
        _meters.SetMeasurementEventCallback<long>(static (_, _, _, _) => { });
        _meters.Start();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _activities?.Dispose();
        _meters?.Dispose();
        foreach (var owned in _owned) owned.Dispose();
        _owned.Clear();
    }

    [Benchmark(Baseline = true, Description = "no logger, nobody listening")]
    public Task<UserVerification> Verify_Quiet() => _quiet.VerifyAsync();

    [Benchmark(Description = "logging at Information (the default a host runs with)")]
    public Task<UserVerification> Verify_Information() => _information.VerifyAsync();

    [Benchmark(Description = "logging at Debug (one entry per attempt)")]
    public Task<UserVerification> Verify_Debug() => _debug.VerifyAsync();

    [Benchmark(Description = "tracing and metrics listened to")]
    public Task<UserVerification> Verify_Traced() => _quiet.VerifyAsync();

    [Benchmark(Description = "retries off (MaxRetries = 0)")]
    public Task<UserVerification> Verify_NoRetries() => _noRetries.VerifyAsync();

    [Benchmark(Description = "client-side rate budget on")]
    public Task<UserVerification> Verify_RateBudget() => _rateBudget.VerifyAsync();

    private IQbraidAccountClient Own((IQbraidAccountClient Client, IDisposable Owner) created)
    {
        _owned.Add(created.Owner);
        return created.Client;
    }
}
