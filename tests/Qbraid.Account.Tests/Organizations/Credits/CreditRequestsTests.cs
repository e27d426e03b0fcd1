using Qbraid.Account.Billing;
using Qbraid.Account.Organizations.Credits;
using Qbraid.Account.Tests.Infrastructure;
using WireMock.ResponseBuilders;

namespace Qbraid.Account.Tests.Organizations.Credits;

public sealed class CreditRequestsTests : WireMockTestBase
{
    private const string ListPath = "/organizations/" + OrgId + "/credit-requests";
    private const string RequestId = "6561a0b1c2d3e4f5a6b7c8e0";
    private const string ApprovePath = ListPath + "/" + RequestId + "/approve";
    private const string DenyPath = ListPath + "/" + RequestId + "/deny";

    private static string CreditRequestJson(string id, string status = "pending", string extra = "") => $$"""
        {"id":"{{id}}","amount":500,"reason":"GPU run","status":"{{status}}",
         "requestedBy":{"memberId":"64b7f0c2a1d3e4f5a6b7c8d9","name":"Ada Lovelace","email":"ada@example.com"},
         "createdAt":"2026-11-20T09:00:00Z"{{extra}}}
        """;

    private void GivenPage(int page, int totalPages, params string[] items)
        => Server.Given(Request("GET", ListPath).WithParam("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody(Envelope("[" + string.Join(",", items) + "]", $$"""{"page":{{page}},"limit":2,"total":3,"totalPages":{{totalPages}}}""")));

    [Fact]
    public async Task ListRequests_filters_by_status_and_walks_every_page_then_stops()
    {
        GivenPage(1, 2, CreditRequestJson("6561a0b1c2d3e4f5a6b7c8e1"), CreditRequestJson("6561a0b1c2d3e4f5a6b7c8e2"));
        GivenPage(2, 2, CreditRequestJson("6561a0b1c2d3e4f5a6b7c8e3"));
        GivenPage(3, 2, CreditRequestJson("6561a0b1c2d3e4f5a6b7c8e4")); // must never be asked for

        var requests = await Org.Credits.ListRequestsAsync(new CreditRequestListOptions { Status = CreditRequestStatus.Pending, PageSize = 2 }).ToListAsync();

        Assert.Equal(["6561a0b1c2d3e4f5a6b7c8e1", "6561a0b1c2d3e4f5a6b7c8e2", "6561a0b1c2d3e4f5a6b7c8e3"], requests.Select(r => r.Id));
        var first = requests[0];
        Assert.Equal(500m, first.Amount);
        Assert.Equal(CreditRequestStatus.Pending, first.Status);
        Assert.Equal("ada@example.com", first.RequestedBy!.Email);
        var entries = Requests.ToList();
        Assert.Equal(2, entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            Assert.Equal("GET", entries[i].RequestMessage!.Method);
            Assert.Equal(P(ListPath), entries[i].RequestMessage!.AbsolutePath);
            AssertWorkspaceHeaders(entries[i], OrgId);
            BillingAreaAssert.NoIdempotencyKey(entries[i]);
            Assert.Equal("pending", Query(entries[i], "status"));
            Assert.Equal((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Query(entries[i], "page"));
            Assert.Equal("2", Query(entries[i], "limit"));
        }
    }

    [Fact]
    public async Task ListRequests_is_lazy_and_sends_no_status_without_a_filter()
    {
        GivenData("GET", ListPath, "[" + CreditRequestJson(RequestId, "denied") + "]");

        var pageable = Org.Credits.ListRequestsAsync();
        Assert.Empty(Server.LogEntries);
        var all = await pageable.ToListAsync();

        Assert.Equal(CreditRequestStatus.Denied, Assert.Single(all).Status);
        var request = SingleRequest();
        Assert.Null(Query(request, "status"));
        Assert.Equal("1", Query(request, "page"));
        Assert.Equal("50", Query(request, "limit"));
    }

    [Fact]
    public void ListRequests_rejects_a_page_size_over_100()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Org.Credits.ListRequestsAsync(new CreditRequestListOptions { PageSize = 101 }));

        Assert.Equal("options.PageSize", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task ApproveRequest_posts_amount_and_note_with_an_idempotency_key()
    {
        GivenData("POST", ApprovePath, CreditRequestJson(RequestId, "approved",
            ""","decidedAt":"2026-11-25T13:49:52Z","decidedBy":"Grace Hopper","approvedAmount":300,"decisionNote":"Part of it for now" """));

        var approved = await Org.Credits.ApproveRequestAsync(RequestId, amount: 300m, note: "Part of it for now");

        Assert.Equal(CreditRequestStatus.Approved, approved.Status);
        Assert.Equal(300m, approved.ApprovedAmount);
        Assert.Equal("Part of it for now", approved.DecisionNote);
        var request = SingleRequest();
        Assert.Equal("POST", request.RequestMessage!.Method);
        Assert.Equal(P(ApprovePath), request.RequestMessage!.AbsolutePath);
        AssertWorkspaceHeaders(request, OrgId);
        BillingAreaAssert.GeneratedIdempotencyKey(request);
        BillingAreaAssert.JsonBody(request, """{"amount":300,"note":"Part of it for now"}""");
    }

    [Fact]
    public async Task ApproveRequest_without_an_amount_approves_all_of_it_by_sending_no_amount()
    {
        GivenData("POST", ApprovePath, CreditRequestJson(RequestId, "approved", ""","approvedAmount":500"""));

        var approved = await Org.Credits.ApproveRequestAsync(RequestId, idempotencyKey: "approve-e0");

        Assert.Equal(500m, approved.ApprovedAmount);
        var request = SingleRequest();
        Assert.Equal("approve-e0", Header(request, "Idempotency-Key"));
        BillingAreaAssert.JsonBody(request, "{}");
    }

    [Fact]
    public async Task ApproveRequest_no_longer_pending_is_a_conflict()
    {
        Given("POST", ApprovePath, 409, """{"success":false,"message":["Request is no longer pending."]}""");

        var ex = await Assert.ThrowsAsync<QbraidConflictException>(() => Org.Credits.ApproveRequestAsync(RequestId));

        Assert.Contains("no longer pending", ex.Message);
        Assert.Single(Requests);
    }

    [Fact]
    public async Task DenyRequest_posts_the_note_without_an_idempotency_key()
    {
        GivenData("POST", DenyPath, CreditRequestJson(RequestId, "denied", ""","decisionNote":"Budget is closed" """));

        var denied = await Org.Credits.DenyRequestAsync(RequestId, "Budget is closed");

        Assert.Equal(CreditRequestStatus.Denied, denied.Status);
        var request = SingleRequest();
        Assert.Equal("POST", request.RequestMessage!.Method);
        Assert.Equal(P(DenyPath), request.RequestMessage!.AbsolutePath);
        AssertWorkspaceHeaders(request, OrgId);
        BillingAreaAssert.NoIdempotencyKey(request);
        BillingAreaAssert.JsonBody(request, """{"note":"Budget is closed"}""");
    }

    [Theory]
    [InlineData("short")]
    [InlineData("6561a0b1c2d3e4f5a6b7c8zz")]
    public async Task Approve_and_deny_reject_a_bad_request_id_before_sending(string requestId)
    {
        var approve = await Assert.ThrowsAsync<ArgumentException>(() => Org.Credits.ApproveRequestAsync(requestId));
        var deny = await Assert.ThrowsAsync<ArgumentException>(() => Org.Credits.DenyRequestAsync(requestId));

        Assert.Equal("requestId", approve.ParamName);
        Assert.Equal("requestId", deny.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task Approve_and_deny_reject_a_blank_note_before_sending()
    {
        var approve = await Assert.ThrowsAsync<ArgumentException>(() => Org.Credits.ApproveRequestAsync(RequestId, note: ""));
        var deny = await Assert.ThrowsAsync<ArgumentException>(() => Org.Credits.DenyRequestAsync(RequestId, note: "   "));

        Assert.Equal("note", approve.ParamName);
        Assert.Equal("note", deny.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task ApproveRequest_rejects_a_non_positive_amount_before_sending()
    {
        var ex = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Org.Credits.ApproveRequestAsync(RequestId, amount: 0m));

        Assert.Equal("amount", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }
}
