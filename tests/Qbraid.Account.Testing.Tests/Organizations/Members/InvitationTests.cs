using System.Text;

namespace Qbraid.Account.Testing.Tests.Organizations.Members;

public class InvitationTests : SandboxTest
{
    [Fact]
    public async Task An_invitation_is_pending_and_moves_no_credits()
    {
        var pool = await PoolAsync();

        var invitation = (await InOrg("ada").Post(OrgPath("invitations"), new { email = "lin@example.com", role = "manager", credits = 400m, message = "Hi" }))
            .Expect(HttpStatusCode.Created).Data;

        Assert.Equal("pending", invitation.Str("status"));
        Assert.Equal("manager", invitation.Str("role"));
        Assert.Equal(400m, invitation.Dec("credits"));
        Assert.Equal("Ada Lovelace", invitation.Str("invitedBy"));
        Assert.Equal(pool, await PoolAsync());
        var member = await MemberAsync(invitation.Str("memberId"));
        Assert.Equal("pending", member.Str("status"));
        Assert.Equal(0m, member.Dec("credits"));
    }

    [Fact]
    public async Task Credits_move_from_the_pool_when_the_invitee_accepts()
    {
        var invitation = (await InOrg("ada").Post(OrgPath("invitations"), new { email = "lin@example.com", role = "member", credits = 400m })).Data;
        var pool = await PoolAsync();

        var membership = await Sandbox.AcceptInvitationAsync(invitation.Str("id"));

        Assert.Equal(invitation.Str("memberId"), membership.MemberId);
        Assert.Equal("member", membership.Role);
        var member = await MemberAsync(membership.MemberId);
        Assert.Equal("active", member.Str("status"));
        Assert.Equal(membership.UserId, member.Str("userId"));
        // 400 invitation credits, and (auto-assign on, one seat free) 100 seat-assignment credits.
        Assert.Equal(500m, member.Dec("credits"));
        Assert.Equal("standard", member.GetProperty("seat").Str("tier"));
        Assert.Equal(pool - 500m, await PoolAsync());
        var allocation = Assert.Single(await TransactionsAsync($"?type=invite_allocation&memberId={membership.MemberId}"));
        Assert.Equal(400m, allocation.Dec("amount"));
        Assert.Single(await TransactionsAsync($"?type=seat_allocation&memberId={membership.MemberId}"));
        Assert.Equal(500m, (await Client(membership.ApiKey, Lab.Id).Get("billing/credits/balance")).Ok().Data.Dec("qbraidCredits"));
        Assert.Equal("accepted", (await InOrg("ada").Get(OrgPath("invitations?status=accepted"))).Ok().Data[0].Str("status"));
    }

    [Fact]
    public async Task The_seeded_invitation_is_accepted_by_a_new_account()
    {
        var membership = await Sandbox.AcceptInvitationAsync(Lab.Invitations[0].Id);

        Assert.Equal(SandboxSeed.InviteeEmail, membership.Email);
        var me = (await Client(membership.ApiKey).Get("users/me")).Ok().Data;
        Assert.Equal("barbara", me.Str("userName"));
        Assert.Equal(1, me.Int("organizationCount"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => Sandbox.AcceptInvitationAsync(Lab.Invitations[0].Id));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => Sandbox.AcceptInvitationAsync("0123456789abcdef01234567"));
    }

    [Fact]
    public async Task A_cancelled_invitation_leaves_the_credits_in_the_pool()
    {
        var invitation = (await InOrg("ada").Post(OrgPath("invitations"), new { email = "lin@example.com", role = "member", credits = 400m })).Data;
        var pool = await PoolAsync();

        Assert.Equal(HttpStatusCode.NoContent, (await InOrg("ada").Delete(OrgPath($"invitations/{invitation.Str("id")}"))).Status);

        Assert.Equal(pool, await PoolAsync());
        (await InOrg("ada").Get(OrgPath($"members/{invitation.Str("memberId")}"))).Expect(HttpStatusCode.NotFound);
        (await InOrg("ada").Delete(OrgPath($"invitations/{invitation.Str("id")}"))).Expect(HttpStatusCode.Conflict);
        await Assert.ThrowsAsync<InvalidOperationException>(() => Sandbox.AcceptInvitationAsync(invitation.Str("id")));
    }

    [Fact]
    public async Task A_declined_invitation_leaves_the_credits_in_the_pool()
    {
        var pool = await PoolAsync();

        await Sandbox.DeclineInvitationAsync(Lab.Invitations[0].Id);

        Assert.Equal(pool, await PoolAsync());
        Assert.Equal("declined", (await InOrg("ada").Get(OrgPath("invitations?status=declined"))).Ok().Data[0].Str("status"));
        Assert.Equal(0, (await InOrg("ada").Get(OrgPath("members?status=pending"))).Data.GetArrayLength());
    }

    [Fact]
    public async Task Accepting_when_the_pool_is_short_is_refused_and_changes_nothing()
    {
        var invitation = (await InOrg("ada").Post(OrgPath("invitations"), new { email = "lin@example.com", role = "member", credits = 12_000m })).Data;
        await InOrg("ada").Post(OrgPath("credits/transfers"), new { recipients = new[] { Lab.Member("alan").MemberId }, amountPerMember = 1_000m });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Sandbox.AcceptInvitationAsync(invitation.Str("id")));

        Assert.Contains("pool", error.Message);
        Assert.Equal("pending", (await MemberAsync(invitation.Str("memberId"))).Str("status"));
    }

    [Theory]
    [InlineData("not-an-email", "member")]
    [InlineData("lin@example.com", "owner")]
    [InlineData("lin@example.com", "boss")]
    public async Task Invalid_invitations_are_400(string email, string role)
        => (await InOrg("ada").Post(OrgPath("invitations"), new { email, role })).Expect(HttpStatusCode.BadRequest);

    [Fact]
    public async Task Inviting_a_member_or_a_pending_invitee_again_is_409()
    {
        (await InOrg("ada").Post(OrgPath("invitations"), new { email = "alan@example.com", role = "member" })).Expect(HttpStatusCode.Conflict);
        (await InOrg("ada").Post(OrgPath("invitations"), new { email = SandboxSeed.InviteeEmail, role = "member" })).Expect(HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("alan")]
    [InlineData("katherine")]
    public async Task Only_admins_invite(string handle)
        => (await InOrg(handle).Post(OrgPath("invitations"), new { email = "lin@example.com", role = "member" })).Expect(HttpStatusCode.Forbidden);

    [Fact]
    public async Task A_manager_may_list_invitations_a_member_may_not()
    {
        Assert.Single((await InOrg("alan").Get(OrgPath("invitations?status=pending"))).Ok().Data.Items());
        (await InOrg("katherine").Get(OrgPath("invitations"))).Expect(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Bulk_invites_valid_rows_and_rejects_the_rest_row_by_row()
    {
        var csv = "email,role\r\n"
                  + "one@example.com,member\r\n"
                  + "not-an-email,member\r\n"
                  + "two@example.com,boss\r\n"
                  + "\"three@example.com\",MANAGER\r\n"
                  + "one@example.com,admin\r\n"
                  + "alan@example.com,member\r\n"
                  + "four@example.com,\r\n";

        var data = (await InOrg("ada").Send(HttpMethod.Post, OrgPath("invitations/bulk"), ApiClient.Csv(csv))).Ok().Data;

        var invited = data.GetProperty("invited").Items();
        Assert.Equal(["one@example.com", "three@example.com", "four@example.com"], invited.Select(i => i.Str("email")));
        Assert.Equal(["member", "manager", "member"], invited.Select(i => i.Str("role")));
        var rejected = data.GetProperty("rejected").Items();
        Assert.Equal([2, 3, 5, 6], rejected.Select(r => r.Int("row")));
        Assert.All(rejected, r => Assert.False(string.IsNullOrEmpty(r.Str("reason"))));
        Assert.Equal(4, (await InOrg("ada").Get(OrgPath("members?status=pending"))).Data.GetArrayLength());
    }

    [Fact]
    public async Task Bulk_takes_1_to_100_rows()
    {
        var ada = InOrg("ada");
        string Rows(int n) => "email,role\n" + string.Concat(Enumerable.Range(1, n).Select(i => $"user{i}@example.com,member\n"));

        (await ada.Send(HttpMethod.Post, OrgPath("invitations/bulk"), ApiClient.Csv("email,role\n"))).Expect(HttpStatusCode.BadRequest);
        (await ada.Send(HttpMethod.Post, OrgPath("invitations/bulk"), ApiClient.Csv(Rows(101)))).Expect(HttpStatusCode.BadRequest);
        Assert.Equal(1, (await ada.Get(OrgPath("members?status=pending"))).Data.GetArrayLength());

        var hundred = (await ada.Send(HttpMethod.Post, OrgPath("invitations/bulk"), ApiClient.Csv(Rows(100)))).Ok().Data;
        Assert.Equal(100, hundred.GetProperty("invited").GetArrayLength());
    }

    [Fact]
    public async Task Bulk_needs_a_csv_body_with_the_header()
    {
        (await InOrg("ada").Send(HttpMethod.Post, OrgPath("invitations/bulk"), ApiClient.Csv("mail,role\nx@example.com,member\n"))).Expect(HttpStatusCode.BadRequest);
        (await InOrg("ada").Send(HttpMethod.Post, OrgPath("invitations/bulk"), new StringContent("email,role\nx@example.com,member", Encoding.UTF8, "text/plain")))
            .Expect(HttpStatusCode.UnsupportedMediaType);
    }
}
