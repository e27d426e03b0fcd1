using System.Globalization;
using Qbraid.Account.Organizations.Transactions;
using Qbraid.Account.Tests.Infrastructure;
using WireMock.ResponseBuilders;

namespace Qbraid.Account.Tests.Organizations.Transactions;

public sealed class ListTests : WireMockTestBase
{
    internal const string Path = "/organizations/" + OrgId + "/transactions";

    private void GivenPage(int page, int limit, long total, params string[] items)
        => Server.Given(Request("GET", Path).WithParam("page", page.ToString(CultureInfo.InvariantCulture)))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody(TransactionJson.Page(items, page, limit, total)));

    [Fact]
    public async Task List_sends_every_filter_in_the_query_and_reads_the_transactions()
    {
        GivenPage(1, 25, 1, TransactionJson.Item("6561a0b1c2d3e4f5a6b7c8d9", createdAt: "2026-11-25T14:49:52.25+01:00"));

        var options = new TransactionListOptions
        {
            Type = TransactionType.Transfer,
            From = new DateTimeOffset(2026, 11, 1, 2, 0, 0, TimeSpan.FromHours(2)),
            To = new DateTimeOffset(2026, 11, 30, 23, 59, 59, 500, TimeSpan.Zero),
            MemberId = MemberId,
            PageSize = 25,
        };
        var transactions = await Org.Transactions.ListAsync(options).ToListAsync();

        var t = Assert.Single(transactions);
        Assert.Equal("6561a0b1c2d3e4f5a6b7c8d9", t.Id);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 13, 49, 52, 250, TimeSpan.Zero), t.CreatedAt);
        Assert.Equal(TransactionType.Transfer, t.Type);
        Assert.Equal(250m, t.Amount);
        Assert.Equal(TransactionPartyKind.Organization, t.From!.Kind);
        Assert.Equal("Quantum Lab", t.From.Name);
        Assert.Equal(TransactionPartyKind.Member, t.To!.Kind);
        Assert.Equal("64b7f0c2a1d3e4f5a6b7c8d9", t.To.Id);
        Assert.Equal("Grace Hopper", t.Actor!.Name);
        Assert.Equal("grace@example.com", t.Actor.Email);
        Assert.Equal("Monthly allocation", t.Description);

        var request = SingleRequest();
        Assert.Equal("GET", request.RequestMessage!.Method);
        Assert.Equal(P(Path), request.RequestMessage!.AbsolutePath);
        AssertWorkspaceHeaders(request, OrgId);
        BillingAreaAssert.NoIdempotencyKey(request);
        Assert.Equal("transfer", Query(request, "type"));
        Assert.Equal("2026-11-01T00:00:00Z", Query(request, "from"));
        Assert.Equal("2026-11-30T23:59:59.5Z", Query(request, "to"));
        Assert.Equal(MemberId, Query(request, "memberId"));
        Assert.Equal("1", Query(request, "page"));
        Assert.Equal("25", Query(request, "limit"));
    }

    [Fact]
    public async Task List_keeps_unknown_types_and_kinds()
    {
        GivenPage(1, 50, 1, TransactionJson.Item("6561a0b1c2d3e4f5a6b7c8d9", type: "cashback", fromKind: "Partner", fromId: null, fromName: null));

        var t = Assert.Single(await Org.Transactions.ListAsync().ToListAsync());

        Assert.Equal("cashback", t.Type.Value);
        Assert.Equal(new TransactionPartyKind("partner"), t.From!.Kind);
        Assert.Null(t.From.Id);
    }

    [Fact]
    public async Task List_walks_the_pages_and_stops_exactly_at_the_last_one()
    {
        GivenPage(1, 2, 6, TransactionJson.Item(TransactionJson.Id(0)), TransactionJson.Item(TransactionJson.Id(1)));
        GivenPage(2, 2, 6, TransactionJson.Item(TransactionJson.Id(2)), TransactionJson.Item(TransactionJson.Id(3)));
        GivenPage(3, 2, 6, TransactionJson.Item(TransactionJson.Id(4)), TransactionJson.Item(TransactionJson.Id(5)));
        GivenPage(4, 2, 6, TransactionJson.Item(TransactionJson.Id(6))); // past the end: must never be asked for

        var pages = new List<Page<Transaction>>();
        await foreach (var page in Org.Transactions.ListAsync(new TransactionListOptions { PageSize = 2 }).AsPagesAsync())
            pages.Add(page);

        Assert.Equal([1, 2, 3], pages.Select(p => p.PageNumber));
        Assert.All(pages, p => Assert.Equal(6, p.TotalCount));
        Assert.Null(pages[^1].ContinuationToken);
        Assert.Equal(Enumerable.Range(0, 6).Select(i => TransactionJson.Id(i)), pages.SelectMany(p => p.Values).Select(t => t.Id));
        Assert.Equal(["1", "2", "3"], Requests.Select(e => Query(e, "page")));
        Assert.All(Requests, e => Assert.Equal("2", Query(e, "limit")));
    }

    [Fact]
    public void List_rejects_an_invalid_member_id_before_sending()
    {
        var ex = Assert.Throws<ArgumentException>(() => Org.Transactions.ListAsync(new TransactionListOptions { MemberId = "ada" }));

        Assert.Equal("options.MemberId", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public void List_rejects_to_before_from()
    {
        var from = new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero);
        var ex = Assert.Throws<ArgumentException>(() => Org.Transactions.ListAsync(new TransactionListOptions { From = from, To = from.AddSeconds(-1) }));

        Assert.Equal("options.To", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void List_rejects_a_page_size_outside_1_to_100(int pageSize)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Org.Transactions.ListAsync(new TransactionListOptions { PageSize = pageSize }));

        Assert.Equal("options.PageSize", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task List_server_error_surfaces_after_retries_as_a_server_exception()
    {
        Given("GET", Path, 500, "<html>oops</html>");

        var ex = await Assert.ThrowsAsync<QbraidServerException>(() => Org.Transactions.ListAsync().ToListAsync());

        Assert.Equal(500, ex.StatusCode);
        Assert.Equal(4, Requests.Count); // the first try and 3 retries
    }
}
