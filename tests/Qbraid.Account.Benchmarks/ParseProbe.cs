using System.Diagnostics;
using Qbraid.Account.Benchmarks.Clients;
using Qbraid.Account.Benchmarks.Infrastructure;

namespace Qbraid.Account.Benchmarks;

/// <summary>A developer's probe: parsing one page of 1,000 rows in memory, SDK reader vs the baseline's generated context.</summary>
public static class ParseProbe
{
    public static async Task<int> RunAsync()
    {
        using var server = LocalServer.Start(TimeSpan.FromSeconds(60));
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Add("X-API-KEY", "k");
        var bytes = await http.GetByteArrayAsync(new Uri(server.BaseUrl, "organizations/000000000000000001000000/transactions?page=3&limit=1000"));
        Console.WriteLine($"page: {bytes.Length} bytes");
        for (var round = 0; round < 3; round++)
        {
            Time("baseline Deserialize(bytes)", () => System.Text.Json.JsonSerializer.Deserialize(bytes, BaselineJson.TransactionPage)!.Data!.Count);
            Time("baseline DeserializeAsync(stream)", () => System.Text.Json.JsonSerializer.DeserializeAsync(new MemoryStream(bytes), BaselineJson.TransactionPage).AsTask().Result!.Data!.Count);
            Time("sdk ResponseReader.ReadList", () => Http.ResponseReader.ReadList(bytes, Http.QbraidJsonContext.Default.Transaction).Data!.Count);
        }
        return 0;
    }

    private static void Time(string name, Func<int> parse)
    {
        for (var i = 0; i < 20; i++) parse();
        var clock = Stopwatch.StartNew();
        var before = GC.GetTotalAllocatedBytes(true);
        for (var i = 0; i < 200; i++) parse();
        Console.WriteLine($"{name,-36} {clock.Elapsed.TotalMilliseconds / 200,8:F3} ms/page {(GC.GetTotalAllocatedBytes(true) - before) / 200 / 1000,6} B/row");
    }
}

/// <summary>A developer's probe: fetching 300 pages of 1,000 (no CSV), interleaved, SDK vs baseline (streaming and buffered).</summary>
public static class FetchProbe
{
    public static async Task<int> RunAsync()
    {
        using var server = LocalServer.Start(TimeSpan.FromSeconds(60));
        Organizations.Transactions.TransactionsClient.MaxPageSize = 1000;
        using var clients = new ClientSet(server.BaseUrl);
        const int pages = 300;
        var org = BenchEnvironment.OrganizationWithRows(pages * 1000L);
        using var raw = new HttpClient(new SocketsHttpHandler());
        for (var round = 0; round < 4; round++)
        {
            await TimeAsync("baseline streaming", async () =>
            {
                for (var p = 1; p <= pages; p++) await clients.Baseline.ListTransactionsAsync(org, p, 1000);
            });
            await TimeAsync("baseline buffered", async () =>
            {
                for (var p = 1; p <= pages; p++)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server.BaseUrl, $"organizations/{org}/transactions?page={p}&limit=1000"));
                    request.Headers.Add("X-API-KEY", "k");
                    using var response = await raw.SendAsync(request);
                    var bytes = await response.Content.ReadAsByteArrayAsync();
                    _ = System.Text.Json.JsonSerializer.Deserialize(bytes, BaselineJson.TransactionPage);
                }
            });
            await TimeAsync("sdk pages", async () =>
            {
                await foreach (var _ in clients.SdkNew.Organization(org).Transactions.ListAsync(new() { PageSize = 1000 }).AsPagesAsync()) { }
            });
        }
        return 0;
    }

    private static async Task TimeAsync(string name, Func<Task> run)
    {
        var clock = Stopwatch.StartNew();
        await run();
        Console.WriteLine($"{name,-24} {300_000 / clock.Elapsed.TotalSeconds,10:F0} rows/s");
    }
}
