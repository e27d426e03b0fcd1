namespace Qbraid.Account.Testing.Tests.Organizations.Seats;

public class SeatTests : SandboxTest
{
    [Fact]
    public async Task Seats_show_total_assigned_available_and_holders()
    {
        var data = (await InOrg("katherine").Get(OrgPath("seats"))).Ok().Data;

        Assert.Equal("standard", data.Str("tier"));
        Assert.Equal(5, data.Int("total"));
        Assert.Equal(4, data.Int("assigned"));
        Assert.Equal(1, data.Int("available"));
        Assert.Contains(Lab.Member("ada").MemberId, data.GetProperty("assignments").Items().Select(a => a.Str("memberId")));
    }

    [Fact]
    public async Task Assigning_moves_the_seat_assignment_credits_from_the_pool()
    {
        var edsger = Lab.Member("edsger").MemberId;
        await InOrg("ada").Post(OrgPath($"members/{edsger}/reactivate"));
        var pool = await PoolAsync();

        var assignment = (await InOrg("ada").Post(OrgPath("seats/assignments"), new { memberId = edsger })).Expect(HttpStatusCode.Created).Data;

        Assert.Equal(edsger, assignment.Str("memberId"));
        Assert.Equal(pool - 100m, await PoolAsync());
        Assert.Equal(250m, (await MemberAsync(edsger)).Dec("credits"));
        var transaction = Assert.Single(await TransactionsAsync($"?type=seat_allocation&memberId={edsger}{SinceStart}"));
        Assert.Equal(100m, transaction.Dec("amount"));
        Assert.Equal(0, (await InOrg("ada").Get(OrgPath("seats"))).Data.Int("available"));
    }

    [Fact]
    public async Task No_free_seat_is_409()
    {
        var edsger = Lab.Member("edsger").MemberId;
        await Sandbox.AcceptInvitationAsync(Lab.Invitations[0].Id);
        var pool = await PoolAsync();

        var reply = await InOrg("ada").Post(OrgPath("seats/assignments"), new { memberId = edsger });

        reply.Expect(HttpStatusCode.Conflict);
        Assert.Equal(pool, await PoolAsync());
    }

    [Fact]
    public async Task Assigning_twice_or_to_a_pending_member_is_409_and_an_unknown_member_404()
    {
        var ada = InOrg("ada");
        (await ada.Post(OrgPath("seats/assignments"), new { memberId = Lab.Member("alan").MemberId })).Expect(HttpStatusCode.Conflict);
        (await ada.Post(OrgPath("seats/assignments"), new { memberId = Lab.Invitations[0].MemberId })).Expect(HttpStatusCode.Conflict);
        (await ada.Post(OrgPath("seats/assignments"), new { memberId = "0123456789abcdef01234567" })).Expect(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_manager_can_view_seats_but_not_assign_or_revoke()
    {
        var alan = InOrg("alan");
        (await alan.Get(OrgPath("seats"))).Ok();
        (await alan.Post(OrgPath("seats/assignments"), new { memberId = Lab.Member("edsger").MemberId })).Expect(HttpStatusCode.Forbidden);
        (await alan.Delete(OrgPath($"seats/assignments/{Lab.Member("katherine").MemberId}"))).Expect(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Revoking_frees_the_seat_and_the_member_keeps_their_credits()
    {
        var katherine = Lab.Member("katherine").MemberId;
        var pool = await PoolAsync();

        Assert.Equal(HttpStatusCode.NoContent, (await InOrg("ada").Delete(OrgPath($"seats/assignments/{katherine}"))).Status);

        var member = await MemberAsync(katherine);
        Assert.Equal(JsonValueKind.Null, member.GetProperty("seat").ValueKind);
        Assert.Equal(300m, member.Dec("credits"));
        Assert.Equal(pool, await PoolAsync());
        Assert.Equal(2, (await InOrg("ada").Get(OrgPath("seats"))).Data.Int("available"));
        (await InOrg("ada").Delete(OrgPath($"seats/assignments/{katherine}"))).Expect(HttpStatusCode.NotFound);
    }
}

public class SeatPoolTests : SandboxTest
{
    protected override Action<SandboxSeedBuilder> Seed => seed => seed
        .Organization("lab", o => o
            .Owner("grace", seat: true)
            .Member("ada", SandboxRole.Admin)
            .Member("bob", SandboxRole.Member)
            .Subscription(SandboxTier.Pro, seats: 2)
            .Pool(50)
            .MemberDefaults(seatAssignmentCredits: 80));

    [Fact]
    public async Task A_seat_whose_credits_the_pool_cannot_cover_is_refused()
    {
        var reply = await InOrg("ada").Post(OrgPath("seats/assignments"), new { memberId = Lab.Member("bob").MemberId });

        reply.Expect(HttpStatusCode.Conflict);
        Assert.Equal(JsonValueKind.Null, (await MemberAsync(Lab.Member("bob").MemberId)).GetProperty("seat").ValueKind);
        Assert.Equal(50m, await PoolAsync());
    }
}
