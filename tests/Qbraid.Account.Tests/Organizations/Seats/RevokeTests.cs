using Qbraid.Account.Tests.Infrastructure;

namespace Qbraid.Account.Tests.Organizations.Seats;

public sealed class RevokeTests : WireMockTestBase
{
    private static readonly string Path = $"/organizations/{OrgId}/seats/assignments/{MemberId}";

    [Fact]
    public async Task Revoke_deletes_the_assignment()
    {
        Given("DELETE", Path, 204, null);

        await Org.Seats.RevokeAsync(MemberId);

        var request = SingleRequest();
        Assert.Equal("DELETE", request.RequestMessage!.Method);
        Assert.Equal(P(Path), request.RequestMessage!.AbsolutePath);
        AssertWorkspaceHeaders(request, OrgId);
        Assert.Null(Header(request, "Idempotency-Key"));
    }

    [Fact]
    public async Task Revoke_a_member_without_a_seat_is_not_found()
    {
        Given("DELETE", Path, 404, """{"success":false,"message":"The member holds no seat."}""");

        var ex = await Assert.ThrowsAsync<QbraidNotFoundException>(() => Org.Seats.RevokeAsync(MemberId));

        Assert.Contains("The member holds no seat.", ex.Message);
    }

    [Fact]
    public async Task Revoke_with_a_bad_member_id_fails_before_any_request()
    {
        var ex = await Assert.ThrowsAsync<ArgumentNullException>(() => Org.Seats.RevokeAsync(null!));

        Assert.Equal("memberId", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }
}
