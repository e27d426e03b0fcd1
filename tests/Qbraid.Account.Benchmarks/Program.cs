using BenchmarkDotNet.Running;
using Qbraid.Account.Benchmarks;
using Qbraid.Account.Benchmarks.Benchmarks;
using Qbraid.Account.Benchmarks.Infrastructure;
using Qbraid.Account.Benchmarks.Report;

// Usage:
//   Qbraid.Account.Benchmarks [BenchmarkDotNet arguments, e.g. --filter '*']   the suite (starts the local server itself)
//   Qbraid.Account.Benchmarks --smoke                                          every scenario once, tiny sizes, real server
//   Qbraid.Account.Benchmarks --quick [calls] [rows] [rounds]                  a developer's quick in-process look (not the figures);
//                                                                              QBRAID_BENCH_PROFILE=<case> adds an allocation profile
//   Qbraid.Account.Benchmarks --parse-probe | --fetch-probe                    developer probes: parsing a page, fetching pages
//   Qbraid.Account.Benchmarks --report <results folder> <output.md> [command]  docs/performance.md from the exported results
if (args.Length > 0 && args[0] == "--smoke")
    return await Smoke.RunAsync();

if (args.Length > 0 && args[0] == "--fetch-probe")
    return await FetchProbe.RunAsync();

if (args.Length > 0 && args[0] == "--parse-probe")
    return await ParseProbe.RunAsync();

if (args.Length > 0 && args[0] == "--quick")
    return await QuickMeasure.RunAsync(args);

if (args.Length > 0 && args[0] == "--report")
{
    if (args.Length < 3)
    {
        Console.Error.WriteLine("usage: --report <BenchmarkDotNet results folder> <output.md> [command line to show]");
        return 2;
    }
    return PerfReport.Write(args[1], args[2], args.Length > 3 ? args[3] : null);
}

var artifacts = Path.GetFullPath(Environment.GetEnvironmentVariable("QBRAID_BENCH_ARTIFACTS") ?? "BenchmarkDotNet.Artifacts");
var peakDirectory = Path.Combine(artifacts, "peak-working-set");
if (Directory.Exists(peakDirectory)) Directory.Delete(peakDirectory, recursive: true);
Environment.SetEnvironmentVariable(BenchEnvironment.PeakDirectoryVariable, peakDirectory);

using var server = LocalServer.Start(TimeSpan.FromSeconds(60));
Console.WriteLine($"Benchmark server: {server.BaseUrl}");
Environment.SetEnvironmentVariable(BenchEnvironment.ServerUrlVariable, server.BaseUrl.ToString());

var summaries = BenchmarkSwitcher
    .FromTypes([typeof(CallBenchmarks), typeof(ExportBenchmarks), typeof(ExportFlatBenchmarks), typeof(ThroughputBenchmarks), typeof(FeatureCostBenchmarks)])
    .Run(args, BenchConfig.Create(artifacts))
    .ToList();
var failed = summaries.Count == 0
    || summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success) || s.Reports.Length != s.BenchmarksCases.Length);
return failed ? 1 : 0;
