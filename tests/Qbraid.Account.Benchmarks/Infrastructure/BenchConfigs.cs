using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Csv;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Perfolizer.Horology;
using Perfolizer.Metrology;
using Qbraid.Account.Benchmarks.Benchmarks;

namespace Qbraid.Account.Benchmarks.Infrastructure;

/// <summary>A batch of 20,000 calls: measured as it is (no pilot), a few times, in its own process.</summary>
public sealed class BatchConfig : ManualConfig
{
    // Batches get faster for the first few seconds of a process (tiered JIT settling on its
    // optimised code), so enough warm-ups that the measured batches are the steady state.
    public const int Warmups = 4;
    public const int Iterations = 9;

    // At 256 in flight every client is mostly waiting on the server, so clients land within a few
    // percent of each other and one process's luck decides the order: three processes per client.
    public const int Launches = 3;

    public BatchConfig() => AddJob(Job.Default
        .WithStrategy(RunStrategy.Monitoring)
        .WithLaunchCount(Launches)
        .WithWarmupCount(Warmups)
        .WithIterationCount(Iterations)
        .WithId("Batch"));
}

/// <summary>A 1,000,000-row export (seconds each): one warm-up and three measured runs, in its own process.</summary>
public sealed class ExportConfig : ManualConfig
{
    public const int Warmups = 1;
    public const int Iterations = 3;

    public ExportConfig() => AddJob(Job.Default
        .WithStrategy(RunStrategy.Monitoring)
        .WithLaunchCount(1)
        .WithWarmupCount(Warmups)
        .WithIterationCount(Iterations)
        .WithId("Export"));
}

/// <summary>
/// The 3,000,000-row export: one run per process shows the memory stays flat; three processes,
/// because a process's peak working set moves by a few MB with the GC's timing.
/// </summary>
public sealed class LongBatchConfig : ManualConfig
{
    public const int Warmups = 0;
    public const int Iterations = 1;
    public const int Launches = 3;

    public LongBatchConfig() => AddJob(Job.Default
        .WithStrategy(RunStrategy.Monitoring)
        .WithLaunchCount(Launches)
        .WithWarmupCount(Warmups)
        .WithIterationCount(Iterations)
        .WithId("LongExport"));
}

/// <summary>The run's config: default columns plus rate and peak memory, CSV (numbers without units) and GitHub markdown exports.</summary>
public static class BenchConfig
{
    public static IConfig Create(string artifactsPath)
    {
        // Plain numbers in the CSV (units in the header): microseconds and bytes, for the report script.
        var csvStyle = new SummaryStyle(CultureInfo.InvariantCulture, printUnitsInHeader: true, SizeUnit.B, TimeUnit.Microsecond, printUnitsInContent: false, printZeroValuesInContent: true, maxParameterColumnWidth: 40);
        // The default config minus its exporters (ours replace them), with room for a slow build on a busy machine.
        var defaults = DefaultConfig.Instance;
        return ManualConfig.CreateMinimumViable()
            .AddAnalyser(defaults.GetAnalysers().ToArray())
            .AddValidator(defaults.GetValidators().ToArray())
            .AddDiagnoser(defaults.GetDiagnosers().ToArray())
            .WithBuildTimeout(TimeSpan.FromMinutes(15))
            .WithArtifactsPath(artifactsPath)
            .AddColumn(StatisticColumn.Median, new RateColumn(), new PeakWorkingSetColumn())
            .AddExporter(new CsvExporter(CsvSeparator.Comma, csvStyle), MarkdownExporter.GitHub)
            .WithOptions(ConfigOptions.DisableLogFile);
    }
}

/// <summary>Rows/s for exports, calls/s for single calls and batches.</summary>
public sealed class RateColumn : IColumn
{
    public string Id => "QbraidRate";

    public string ColumnName => "Rate (/s)";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Rows per second (exports) or calls per second (everything else), from the median run";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <summary>From the median run: on a shared machine one slow run (another build starting) should not decide the rate.</summary>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var median = summary[benchmarkCase]?.ResultStatistics?.Median;
        if (median is not > 0) return "-";
        return (UnitsPerOperation(benchmarkCase) / (median.Value / 1e9)).ToString("F0", CultureInfo.InvariantCulture);
    }

    public static double UnitsPerOperation(BenchmarkCase benchmarkCase)
    {
        var type = benchmarkCase.Descriptor.Type;
        if (typeof(ExportBenchmarkBase).IsAssignableFrom(type)) return Convert.ToDouble(benchmarkCase.Parameters["Rows"], CultureInfo.InvariantCulture);
        if (type == typeof(ThroughputBenchmarks)) return ThroughputBenchmarks.DefaultCalls;
        return 1;
    }
}

/// <summary>
/// The benchmark process's peak working set (exports only), as the process itself reported it at
/// the end; with several launches, the median of the processes.
/// </summary>
public sealed class PeakWorkingSetColumn : IColumn
{
    public string Id => "QbraidPeakWorkingSet";

    public string ColumnName => "Peak WS (MB)";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Peak working set of the benchmark's own process (exports only), MB (10^6 bytes)";

    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(c => typeof(ExportBenchmarkBase).IsAssignableFrom(c.Descriptor.Type));

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (!typeof(ExportBenchmarkBase).IsAssignableFrom(benchmarkCase.Descriptor.Type) || BenchEnvironment.PeakDirectory is not { } directory) return "-";
        var rows = Convert.ToInt64(benchmarkCase.Parameters["Rows"], CultureInfo.InvariantCulture);
        var file = Path.Combine(directory, ExportBenchmarkBase.PeakFile(benchmarkCase.Descriptor.Type.Name, benchmarkCase.Descriptor.WorkloadMethod.Name, rows));
        if (!File.Exists(file)) return "-";
        // One line per process (launch): "<peak bytes> <bytes after setup>".
        var peaks = File.ReadAllLines(file).Where(l => l.Length > 0).Select(l => long.Parse(l.Split(' ')[0], CultureInfo.InvariantCulture)).Order().ToList();
        if (peaks.Count == 0) return "-";
        var bytes = peaks.Count % 2 == 1 ? peaks[peaks.Count / 2] : (peaks[peaks.Count / 2 - 1] + peaks[peaks.Count / 2]) / 2.0;
        // Decimal megabytes, as the target ("under 100 MB") reads; MiB would flatter the figure by 5%.
        return (bytes / 1e6).ToString("F1", CultureInfo.InvariantCulture);
    }
}
