using Qbraid.Account.Organizations.Members;
using Qbraid.Account.Tests.Infrastructure;
using WireMock.ResponseBuilders;

namespace Qbraid.Account.Tests.Organizations.Members;

public sealed class ListTests : WireMockTestBase
{
    private static readonly string Path = $"/organizations/{OrgId}/members";

    private static string Id(int n) => n.ToString("x24");

    private void GivenPage(int page, string dataJson, string paginationJson)
        => Server.Given(Request("GET", Path).WithParam("page", page.ToString()))
                 .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                     .WithBody(Envelope(dataJson, paginationJson)));

    [Fact]
    public async Task List_walks_three_pages_and_stops_at_the_last()
    {
        GivenPage(1, $"[{MemberSamples.Member(Id(1))},{MemberSamples.Member(Id(2))}]", """{"page":1,"limit":2,"total":5,"totalPages":3}""");
        GivenPage(2, $"[{MemberSamples.Member(Id(3))},{MemberSamples.Member(Id(4))}]", """{"page":2,"limit":2,"total":5,"totalPages":3}""");
        GivenPage(3, $"[{MemberSamples.Member(Id(5))}]", """{"page":3,"limit":2,"total":5,"totalPages":3}""");
        // A fourth page would be a bug: answer it so an overshoot shows up as a 4th request, not an error.
        GivenPage(4, "[]", """{"page":4,"limit":2,"total":5,"totalPages":3}""");

        var members = await Org.Members.ListAsync(new MemberListOptions { PageSize = 2 }).ToListAsync();

        Assert.Equal([Id(1), Id(2), Id(3), Id(4), Id(5)], members.Select(m => m.Id));
        var requests = RequestsTo(Path);
        Assert.Equal(3, requests.Count);
        Assert.Equal(["1", "2", "3"], requests.Select(r => Query(r, "page")));
        Assert.All(requests, r => Assert.Equal("2", Query(r, "limit")));
        Assert.All(requests, r => AssertWorkspaceHeaders(r, OrgId));
        Assert.All(requests, r => Assert.Null(Header(r, "Idempotency-Key")));
    }

    [Fact]
    public async Task List_pages_expose_totals()
    {
        GivenPage(1, $"[{MemberSamples.Member(Id(1))}]", """{"page":1,"limit":50,"total":1,"totalPages":1}""");

        var pages = new List<Page<OrganizationMember>>();
        await foreach (var page in Org.Members.ListAsync().AsPagesAsync()) pages.Add(page);

        var only = Assert.Single(pages);
        Assert.Equal(1, only.TotalCount);
        Assert.Null(only.ContinuationToken);
        var request = SingleRequest();
        Assert.Equal("50", Query(request, "limit"));
        Assert.Null(Query(request, "role"));
        Assert.Null(Query(request, "status"));
        Assert.Null(Query(request, "search"));
    }

    [Fact]
    public async Task List_sends_role_status_and_search_filters()
    {
        GivenPage(1, $"[{MemberSamples.Member(role: "manager", status: "suspended")}]", """{"page":1,"limit":10,"total":1,"totalPages":1}""");

        var members = await Org.Members.ListAsync(new MemberListOptions
        {
            Role = MemberRole.Manager,
            Status = MemberStatus.Suspended,
            Search = "  Ada Lovelace ",
            PageSize = 10,
        }).ToListAsync();

        var member = Assert.Single(members);
        Assert.Equal(MemberRole.Manager, member.Role);
        Assert.Equal(MemberStatus.Suspended, member.Status);
        var request = SingleRequest();
        Assert.Equal(P(Path), request.RequestMessage!.AbsolutePath);
        Assert.Equal("manager", Query(request, "role"));
        Assert.Equal("suspended", Query(request, "status"));
        Assert.Equal("Ada Lovelace", Query(request, "search"));
        Assert.Equal("1", Query(request, "page"));
        Assert.Equal("10", Query(request, "limit"));
    }

    [Fact]
    public void List_with_an_unset_role_or_status_filter_fails_before_any_request()
    {
        var role = Assert.Throws<ArgumentException>(() => Org.Members.ListAsync(new MemberListOptions { Role = default(MemberRole) }));
        var status = Assert.Throws<ArgumentException>(() => Org.Members.ListAsync(new MemberListOptions { Status = default(MemberStatus) }));

        Assert.Equal("options.Role", role.ParamName);
        Assert.Equal("options.Status", status.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task List_leaves_a_blank_search_out()
    {
        GivenPage(1, "[]", """{"page":1,"limit":50,"total":0,"totalPages":0}""");

        var members = await Org.Members.ListAsync(new MemberListOptions { Search = "   ", Status = MemberStatus.Pending }).ToListAsync();

        Assert.Empty(members);
        var request = SingleRequest();
        Assert.Null(Query(request, "search"));
        Assert.Equal("pending", Query(request, "status"));
    }

    [Fact]
    public async Task List_reads_every_member_field()
    {
        GivenPage(1, $"[{MemberSamples.Member()},{MemberSamples.Member(Id(9), role: "member", status: "pending", seat: "null")}]", """{"page":1,"limit":50,"total":2,"totalPages":1}""");

        var members = await Org.Members.ListAsync().ToListAsync();

        var ada = members[0];
        Assert.Equal(MemberSamples.AdaId, ada.Id);
        Assert.Equal("65a1b2c3d4e5f60718293a4b", ada.UserId);
        Assert.Equal("ada@example.com", ada.Email);
        Assert.Equal("ada", ada.UserName);
        Assert.Equal("Ada Lovelace", ada.Name);
        Assert.Equal(MemberRole.Admin, ada.Role);
        Assert.Equal(MemberStatus.Active, ada.Status);
        Assert.Equal(global::Qbraid.Account.Billing.SubscriptionTier.Pro, ada.Seat!.Tier);
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), ada.Seat.AssignedAt);
        Assert.Equal(1250.5m, ada.Credits);
        Assert.Equal(new DateTimeOffset(2025, 12, 1, 0, 0, 0, TimeSpan.Zero), ada.InvitedAt);
        Assert.Equal(new DateTimeOffset(2025, 12, 2, 10, 0, 0, TimeSpan.Zero), ada.JoinedAt);
        Assert.Null(members[1].Seat);
        Assert.Equal(MemberStatus.Pending, members[1].Status);
    }

    [Fact]
    public void List_with_a_page_size_over_100_fails_before_any_request()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Org.Members.ListAsync(new MemberListOptions { PageSize = 101 }));

        Assert.Equal("options.PageSize", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task List_is_lazy_until_enumerated()
    {
        var pageable = Org.Members.ListAsync();

        Assert.NotNull(pageable);
        await Task.Yield();
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task List_as_a_manager_without_rights_is_a_permission_exception()
    {
        Given("GET", Path, 403, """{"success":false,"message":"Admin or manager role required."}""");

        var ex = await Assert.ThrowsAsync<QbraidPermissionException>(() => Org.Members.ListAsync().ToListAsync());

        Assert.Equal(403, ex.StatusCode);
        Assert.Single(Requests);
    }
}
