using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Qbraid.Account.Benchmarks.Clients;
using Qbraid.Account.Benchmarks.Infrastructure;
using Qbraid.Account.Identity;
using Qbraid.Account.Organizations.Transactions;

namespace Qbraid.Account.Benchmarks.Benchmarks;

/// <summary>One call at a time: mean latency and bytes allocated per call (client side only: the server is another process).</summary>
[MemoryDiagnoser]
[ShortRunJob]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CallBenchmarks
{
    public const int PageSize = 100;

    private ClientSet _clients = null!;
    private string _organizationId = null!;
    private TransactionListOptions _pageOptions = null!;

    [GlobalSetup]
    public void Setup()
    {
        _clients = new ClientSet(BenchEnvironment.ServerUrl);
        // The log holds exactly one page, so the SDK's pageable stops after one request too.
        _organizationId = BenchEnvironment.OrganizationWithRows(PageSize);
        _pageOptions = new TransactionListOptions { PageSize = PageSize };
    }

    [GlobalCleanup]
    public void Cleanup() => _clients.Dispose();

    [Benchmark(Baseline = true, Description = "Baseline"), BenchmarkCategory("verify")]
    public Task<UserVerification> Verify_Baseline() => _clients.Baseline.VerifyAsync();

    [Benchmark(Description = "Refit"), BenchmarkCategory("verify")]
    public async Task<UserVerification> Verify_Refit() => (await _clients.Refit.VerifyAsync(BenchEnvironment.ApiKey).ConfigureAwait(false)).Data!;

    [Benchmark(Description = "SDK (DI)"), BenchmarkCategory("verify")]
    public Task<UserVerification> Verify_SdkDI() => _clients.SdkDI.VerifyAsync();

    [Benchmark(Description = "SDK (new)"), BenchmarkCategory("verify")]
    public Task<UserVerification> Verify_SdkNew() => _clients.SdkNew.VerifyAsync();

    [Benchmark(Baseline = true, Description = "Baseline"), BenchmarkCategory("page of 100")]
    public async Task<int> Page_Baseline() => (await _clients.Baseline.ListTransactionsAsync(_organizationId, 1, PageSize).ConfigureAwait(false)).Data!.Count;

    [Benchmark(Description = "Refit"), BenchmarkCategory("page of 100")]
    public async Task<int> Page_Refit() => (await _clients.Refit.ListTransactionsAsync(_organizationId, 1, PageSize, BenchEnvironment.ApiKey, _organizationId).ConfigureAwait(false)).Data!.Count;

    [Benchmark(Description = "SDK (DI)"), BenchmarkCategory("page of 100")]
    public Task<int> Page_SdkDI() => FirstPageAsync(_clients.SdkDI);

    [Benchmark(Description = "SDK (new)"), BenchmarkCategory("page of 100")]
    public Task<int> Page_SdkNew() => FirstPageAsync(_clients.SdkNew);

    private async Task<int> FirstPageAsync(IQbraidAccountClient client)
    {
        await foreach (var page in client.Organization(_organizationId).Transactions.ListAsync(_pageOptions).AsPagesAsync().ConfigureAwait(false))
            return page.Values.Count;
        return 0;
    }
}
