using System.Diagnostics;
using Qbraid.Account.Benchmarks.Benchmarks;
using Qbraid.Account.Benchmarks.Infrastructure;

namespace Qbraid.Account.Benchmarks;

/// <summary>
/// A developer's quick look (seconds, in one process, no BenchmarkDotNet): bytes allocated and time
/// per call for every client, and a short export. For iterating on the SDK; the figures that count
/// come from the BenchmarkDotNet run.
/// </summary>
public static class QuickMeasure
{
    public static async Task<int> RunAsync(string[] args)
    {
        var calls = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2000;
        using var server = LocalServer.Start(TimeSpan.FromSeconds(60));
        Environment.SetEnvironmentVariable(BenchEnvironment.ServerUrlVariable, server.BaseUrl.ToString());

        var skipCalls = Environment.GetEnvironmentVariable("QBRAID_BENCH_EXPORT_ONLY") is not null;
        var bench = new CallBenchmarks();
        bench.Setup();
        var cases = new (string Name, Func<Task> Run)[]
        {
            ("verify Baseline", () => bench.Verify_Baseline()),
            ("verify Refit", () => bench.Verify_Refit()),
            ("verify SDK (DI)", () => bench.Verify_SdkDI()),
            ("verify SDK (new)", () => bench.Verify_SdkNew()),
            ("page Baseline", () => bench.Page_Baseline()),
            ("page Refit", () => bench.Page_Refit()),
            ("page SDK (DI)", () => bench.Page_SdkDI()),
            ("page SDK (new)", () => bench.Page_SdkNew()),
        };
        var profile = Environment.GetEnvironmentVariable("QBRAID_BENCH_PROFILE");
        using var sampler = profile is null ? null : new AllocationSampler();
        foreach (var (name, run) in cases)
        {
            if (skipCalls || (profile is not null && !name.Contains(profile, StringComparison.Ordinal))) continue;
            for (var i = 0; i < 300; i++) await run();
            GC.Collect();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            sampler?.Start();
            for (var i = 0; i < calls; i++) await run();
            clock.Stop();
            var bytes = (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)calls;
            Console.WriteLine($"{name,-20} {bytes,10:F0} B/call {clock.Elapsed.TotalMicroseconds / calls,8:F1} us/call");
            if (sampler is not null)
            {
                foreach (var (type, total) in sampler.Stop().Take(25))
                    Console.WriteLine($"    {total / (double)calls,10:F0} B/call  {type}");
            }
        }
        bench.Cleanup();

        if (profile is not null) return 0;
        var rows = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 200_000;
        var rounds = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 1;
        var export = new ExportBenchmarks { Rows = rows };
        export.Setup();
        for (var round = 0; round < rounds; round++)
        foreach (var (name, run) in new (string, Func<Task<long>>)[]
        {
            ("export Baseline", export.Export_Baseline),
            ("export Refit", export.Export_Refit),
            ("export SDK (DI)", export.Export_SdkDI),
            ("export SDK (new)", export.Export_SdkNew),
        })
        {
            await run();
            GC.Collect();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var gen2 = GC.CollectionCount(2);
            var clock = Stopwatch.StartNew();
            await run();
            clock.Stop();
            var bytes = (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)rows;
            Console.WriteLine($"{name,-20} {bytes,10:F0} B/row  {rows / clock.Elapsed.TotalSeconds,10:F0} rows/s  gen2 {GC.CollectionCount(2) - gen2}");
        }
        export.Cleanup();

        var throughput = new ThroughputBenchmarks { Calls = 10_000 };
        throughput.Setup();
        foreach (var (name, run) in new (string, Func<Task>)[]
        {
            ("burst Baseline", throughput.Throughput_Baseline),
            ("burst Refit", throughput.Throughput_Refit),
            ("burst SDK (DI)", throughput.Throughput_SdkDI),
            ("burst SDK (new)", throughput.Throughput_SdkNew),
        })
        {
            await run();
            var clock = Stopwatch.StartNew();
            await run();
            Console.WriteLine($"{name,-20} {throughput.Calls / clock.Elapsed.TotalSeconds,10:F0} calls/s");
        }
        throughput.Cleanup();
        return 0;
    }
}
