using Qbraid.Account.Organizations.Members;
using Qbraid.Account.Tests.Infrastructure;
using WireMock.ResponseBuilders;

namespace Qbraid.Account.Tests.Organizations.Members;

public sealed class InvitationsTests : WireMockTestBase
{
    private static readonly string Path = $"/organizations/{OrgId}/invitations";
    private static readonly string OnePath = $"{Path}/{MemberSamples.InvitationId}";

    private void GivenPage(int page, string dataJson, string paginationJson)
        => Server.Given(Request("GET", Path).WithParam("page", page.ToString()))
                 .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                     .WithBody(Envelope(dataJson, paginationJson)));

    [Fact]
    public async Task List_invitations_filters_by_status_and_walks_pages()
    {
        GivenPage(1, $"[{MemberSamples.Invitation("6601a2b3c4d5e6f708192a01")},{MemberSamples.Invitation("6601a2b3c4d5e6f708192a02")}]", """{"page":1,"limit":2,"total":3,"totalPages":2}""");
        GivenPage(2, $"[{MemberSamples.Invitation("6601a2b3c4d5e6f708192a03", status: "expired")}]", """{"page":2,"limit":2,"total":3,"totalPages":2}""");
        GivenPage(3, "[]", """{"page":3,"limit":2,"total":3,"totalPages":2}""");

        var invitations = await Org.Members.ListInvitationsAsync(new InvitationListOptions { Status = InvitationStatus.Pending, PageSize = 2 }).ToListAsync();

        Assert.Equal(["6601a2b3c4d5e6f708192a01", "6601a2b3c4d5e6f708192a02", "6601a2b3c4d5e6f708192a03"], invitations.Select(i => i.Id));
        Assert.Equal(InvitationStatus.Expired, invitations[2].Status);
        Assert.Equal(500m, invitations[0].Credits);
        var requests = RequestsTo(Path);
        Assert.Equal(2, requests.Count);
        Assert.Equal(["1", "2"], requests.Select(r => Query(r, "page")));
        Assert.All(requests, r =>
        {
            Assert.Equal("GET", r.RequestMessage!.Method);
            Assert.Equal("pending", Query(r, "status"));
            Assert.Equal("2", Query(r, "limit"));
            AssertWorkspaceHeaders(r, OrgId);
        });
    }

    [Fact]
    public async Task List_invitations_without_options_sends_no_status()
    {
        GivenPage(1, $"[{MemberSamples.Invitation(status: "revoked_by_policy")}]", """{"page":1,"limit":50,"total":1,"totalPages":1}""");

        var invitation = Assert.Single(await Org.Members.ListInvitationsAsync().ToListAsync());

        Assert.Equal("revoked_by_policy", invitation.Status.Value);
        var request = SingleRequest();
        Assert.Null(Query(request, "status"));
        Assert.Equal("50", Query(request, "limit"));
    }

    [Fact]
    public void List_invitations_with_an_unset_status_filter_fails_before_any_request()
    {
        var ex = Assert.Throws<ArgumentException>(() => Org.Members.ListInvitationsAsync(new InvitationListOptions { Status = default(InvitationStatus) }));

        Assert.Equal("options.Status", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public void List_invitations_with_a_page_size_of_zero_fails_before_any_request()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Org.Members.ListInvitationsAsync(new InvitationListOptions { PageSize = 0 }));

        Assert.Equal("options.PageSize", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task Cancel_invitation_deletes_it()
    {
        Given("DELETE", OnePath, 204, null);

        await Org.Members.CancelInvitationAsync(MemberSamples.InvitationId);

        var request = SingleRequest();
        Assert.Equal("DELETE", request.RequestMessage!.Method);
        Assert.Equal(P(OnePath), request.RequestMessage!.AbsolutePath);
        AssertWorkspaceHeaders(request, OrgId);
        Assert.Null(Header(request, "Idempotency-Key"));
        Assert.True(string.IsNullOrEmpty(request.RequestMessage!.Body));
    }

    [Fact]
    public async Task Cancel_an_invitation_that_is_no_longer_pending_is_a_conflict()
    {
        Given("DELETE", OnePath, 409, """{"success":false,"error":{"code":"invitation_not_pending","message":"The invitation was already accepted."}}""");

        var ex = await Assert.ThrowsAsync<QbraidConflictException>(() => Org.Members.CancelInvitationAsync(MemberSamples.InvitationId));

        Assert.Equal("invitation_not_pending", ex.ErrorCode);
        Assert.Single(Requests);
    }

    [Fact]
    public async Task Cancel_invitation_with_a_bad_id_fails_before_any_request()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Org.Members.CancelInvitationAsync("inv_123"));

        Assert.Equal("invitationId", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }
}
