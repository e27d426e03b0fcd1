using Qbraid.Account.Billing;
using Qbraid.Account.Tests.Infrastructure;
using Qbraid.Account.Wallet;
using WireMock.ResponseBuilders;

namespace Qbraid.Account.Tests.Billing.Credits;

public sealed class RequestsTests : WireMockTestBase
{
    private const string RequestId = "66aa11bb22cc33dd44ee55ff";

    private static string CreditRequestJson(string id, string status) => $$"""
        {"id":"{{id}}","amount":500,"reason":"GPU run","status":"{{status}}",
         "requestedBy":{"memberId":"64b7f0c2a1d3e4f5a6b7c8d9","name":"Ada Lovelace","email":"ada@example.com"},
         "createdAt":"2026-11-20T10:00:00Z","decidedAt":null,"decidedBy":null,"approvedAmount":null,"decisionNote":null}
        """;

    [Fact]
    public async Task Request_posts_amount_and_reason_with_a_generated_idempotency_key()
    {
        GivenData("POST", "/billing/credits/requests", CreditRequestJson(RequestId, "pending"));

        var request = await Org.Wallet.RequestCreditsAsync(new(500m, "GPU run"));

        Assert.Equal(RequestId, request.Id);
        Assert.Equal(500m, request.Amount);
        Assert.Equal(CreditRequestStatus.Pending, request.Status);
        Assert.Equal("Ada Lovelace", request.RequestedBy?.Name);
        Assert.Null(request.ApprovedAmount);
        var entry = SingleRequest();
        Assert.Equal("POST", entry.RequestMessage!.Method);
        AssertWorkspaceHeaders(entry, OrgId);
        Assert.True(Guid.TryParse(Header(entry, "Idempotency-Key"), out _));
        var body = Body(entry);
        Assert.Equal(["amount", "reason"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal(500m, body.GetProperty("amount").GetDecimal());
        Assert.Equal("GPU run", body.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Request_without_a_reason_leaves_it_out_and_uses_the_callers_key()
    {
        GivenData("POST", "/billing/credits/requests", CreditRequestJson(RequestId, "pending"));

        await Org.Wallet.RequestCreditsAsync(new(12.5m), idempotencyKey: "ask-once");

        var entry = SingleRequest();
        Assert.Equal("ask-once", Header(entry, "Idempotency-Key"));
        var body = Body(entry);
        Assert.Equal(["amount"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal(12.5m, body.GetProperty("amount").GetDecimal());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public async Task Request_with_a_non_positive_amount_fails_before_any_request(int amount)
    {
        var ex = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Org.Wallet.RequestCreditsAsync(new(amount)));

        Assert.Equal("request.Amount", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task Request_with_a_blank_reason_fails_before_any_request()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Org.Wallet.RequestCreditsAsync(new(10m, " ")));

        Assert.Equal("request.Reason", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task List_walks_every_page_and_stops_at_the_last()
    {
        GivenPage(1, $"[{CreditRequestJson("66aa11bb22cc33dd44ee5501", "pending")},{CreditRequestJson("66aa11bb22cc33dd44ee5502", "approved")}]", """{"page":1,"limit":2,"total":3,"totalPages":2}""");
        GivenPage(2, $"[{CreditRequestJson("66aa11bb22cc33dd44ee5503", "denied")}]", """{"page":2,"limit":2,"total":3,"totalPages":2}""");

        var all = await Org.Wallet.ListCreditRequestsAsync(new MemberCreditRequestListOptions { PageSize = 2 }).ToListAsync();

        Assert.Equal(["66aa11bb22cc33dd44ee5501", "66aa11bb22cc33dd44ee5502", "66aa11bb22cc33dd44ee5503"], all.Select(r => r.Id));
        Assert.Equal(CreditRequestStatus.Denied, all[2].Status);
        var entries = Requests.ToList();
        Assert.Equal(2, entries.Count);
        Assert.Equal(["1", "2"], entries.Select(e => Query(e, "page")));
        Assert.All(entries, e =>
        {
            Assert.Equal("2", Query(e, "limit"));
            Assert.Null(Query(e, "status"));
            AssertWorkspaceHeaders(e, OrgId);
        });
    }

    [Fact]
    public async Task List_filters_by_status()
    {
        GivenPage(1, $"[{CreditRequestJson(RequestId, "pending")}]", """{"page":1,"limit":50,"total":1,"totalPages":1}""");

        var page = await Org.Wallet.ListCreditRequestsAsync(new MemberCreditRequestListOptions { Status = CreditRequestStatus.Pending }).AsPagesAsync().FirstAsync();

        Assert.Single(page.Values);
        var entry = SingleRequest();
        Assert.Equal("pending", Query(entry, "status"));
        Assert.Equal("1", Query(entry, "page"));
        Assert.Equal("50", Query(entry, "limit"));
    }

    [Fact]
    public void List_with_an_unset_status_filter_fails_before_any_request()
    {
        var ex = Assert.Throws<ArgumentException>(() => Org.Wallet.ListCreditRequestsAsync(new MemberCreditRequestListOptions { Status = default(CreditRequestStatus) }));

        Assert.Equal("options.Status", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public void List_with_a_bad_page_size_fails_before_any_request()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Org.Wallet.ListCreditRequestsAsync(new MemberCreditRequestListOptions { PageSize = 101 }));

        Assert.Equal("options.PageSize", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    private void GivenPage(int page, string itemsJson, string paginationJson)
        => Server.Given(Request("GET", "/billing/credits/requests").WithParam("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(Envelope(itemsJson, paginationJson)));
}
