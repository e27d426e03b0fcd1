using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Qbraid.Account.Benchmarks.Clients;
using Qbraid.Account.Benchmarks.Infrastructure;
using Qbraid.Account.Organizations.Transactions;

namespace Qbraid.Account.Benchmarks.Benchmarks;

/// <summary>
/// Streaming CSV export in pages of 1,000 (one operation is the whole export). BenchmarkDotNet
/// runs every variant in a fresh process; at the end each process writes its peak working set
/// for the report.
/// </summary>
/// <remarks>
/// Page size: the contract caps pages at 100 (QbraidPageable.MaxPageSize). To compare like with
/// like at the 1,000 per page, the benchmark raises the SDK's internal cap
/// (TransactionsClient.MaxPageSize) in its own process; every client then asks for the same pages.
/// </remarks>
public abstract class ExportBenchmarkBase
{
    public const int PageSize = 1000;

    private ClientSet _clients = null!;
    private string _organizationId = null!;
    private string? _variant;
    private long _workingSetAfterSetup;

    /// <summary>Rows in the exported log.</summary>
    protected abstract long TotalRows { get; }

    /// <summary>Where each export writes; a byte counter unless the smoke run wants the bytes.</summary>
    public Func<Stream> Destination { get; set; } = static () => new CountingStream();

    /// <summary>What the last export wrote, when <see cref="Destination"/> kept it.</summary>
    public Stream? LastOutput { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        TransactionsClient.MaxPageSize = PageSize;
        _clients = new ClientSet(BenchEnvironment.ServerUrl);
        _organizationId = BenchEnvironment.OrganizationWithRows(TotalRows);
        using var self = Process.GetCurrentProcess();
        _workingSetAfterSetup = self.WorkingSet64;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _clients.Dispose();
        if (_variant is null || BenchEnvironment.PeakDirectory is not { } directory) return;
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Directory.CreateDirectory(directory);
        // Appended: each launch of a variant is a process of its own, and the report takes their median.
        File.AppendAllText(
            Path.Combine(directory, PeakFile(ScenarioType().Name, _variant, TotalRows)),
            string.Create(CultureInfo.InvariantCulture, $"{self.PeakWorkingSet64} {_workingSetAfterSetup}\n"));
    }

    /// <summary>This class as BenchmarkDotNet names it (its runner subclasses it in a generated assembly).</summary>
    private Type ScenarioType()
    {
        var type = GetType();
        while (type.Assembly != typeof(ExportBenchmarkBase).Assembly) type = type.BaseType!;
        return type;
    }

    public static string PeakFile(string type, string method, long rows) => FormattableString.Invariant($"{type}.{method}.{rows}.txt");

    [Benchmark(Baseline = true, Description = "Baseline")]
    public Task<long> Export_Baseline() => RunAsync(nameof(Export_Baseline), stream => Exports.BaselineAsync(_clients.Baseline, _organizationId, PageSize, stream));

    [Benchmark(Description = "Refit")]
    public Task<long> Export_Refit() => RunAsync(nameof(Export_Refit), stream => Exports.RefitAsync(_clients.Refit, _organizationId, PageSize, stream));

    [Benchmark(Description = "SDK (DI)")]
    public Task<long> Export_SdkDI() => RunAsync(nameof(Export_SdkDI), stream => Exports.SdkAsync(_clients.SdkDI, _organizationId, PageSize, stream));

    [Benchmark(Description = "SDK (new)")]
    public Task<long> Export_SdkNew() => RunAsync(nameof(Export_SdkNew), stream => Exports.SdkAsync(_clients.SdkNew, _organizationId, PageSize, stream));

    protected Task<long> RunNaiveAsync(string variant) => RunAsync(variant, stream => Exports.SdkNaiveAsync(_clients.SdkNew, _organizationId, PageSize, stream));

    private async Task<long> RunAsync(string variant, Func<Stream, Task<long>> export)
    {
        _variant = variant;
        var stream = Destination();
        var rows = await export(stream).ConfigureAwait(false);
        if (rows != TotalRows) throw new InvalidOperationException($"{variant} wrote {rows} rows, expected {TotalRows}.");
        LastOutput = stream;
        return rows;
    }
}

/// <summary>1,000,000 rows: rows/s and peak working set, streaming and naive.</summary>
[Config(typeof(ExportConfig))]
public class ExportBenchmarks : ExportBenchmarkBase
{
    [Params(1_000_000)]
    public long Rows { get; set; }

    protected override long TotalRows => Rows;

    [Benchmark(Description = "SDK naive (collect all, then write)")]
    public Task<long> Export_SdkNaive() => RunNaiveAsync(nameof(Export_SdkNaive));
}

/// <summary>3,000,000 rows, streaming only: peak memory must not grow with the row count.</summary>
[Config(typeof(LongBatchConfig))]
public class ExportFlatBenchmarks : ExportBenchmarkBase
{
    [Params(3_000_000)]
    public long Rows { get; set; }

    protected override long TotalRows => Rows;
}
