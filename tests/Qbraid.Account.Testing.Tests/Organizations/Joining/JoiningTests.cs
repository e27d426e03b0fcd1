namespace Qbraid.Account.Testing.Tests.Organizations.Joining;

public class JoiningTests : SandboxTest
{
    [Fact]
    public async Task The_invitee_sees_and_accepts_an_invitation_over_http()
    {
        var lin = await Sandbox.CreateUserAsync("lin");
        var invitation = (await InOrg("ada").Post(OrgPath("invitations"), new { email = lin.Email, role = "manager", credits = 50m, message = "Join us" })).Data;
        var client = Client(lin.ApiKey);

        var mine = Assert.Single((await client.Get("users/me/invitations")).Ok().Data.Items());
        Assert.Equal(Lab.Id, mine.Str("organizationId"));
        Assert.Equal("Lovelace Quantum Lab", mine.Str("organizationName"));
        Assert.Equal("Join us", mine.Str("message"));

        var membership = (await client.Post($"invitations/{invitation.Str("id")}/accept")).Ok().Data;

        Assert.Equal(Lab.Id, membership.Str("organizationId"));
        Assert.Equal(invitation.Str("memberId"), membership.Str("memberId"));
        Assert.Equal("manager", membership.Str("role"));
        Assert.Equal("active", membership.Str("status"));
        Assert.Equal(150m, (await Client(lin.ApiKey, Lab.Id).Get("billing/credits/balance")).Ok().Data.Dec("qbraidCredits"));
        Assert.Empty((await client.Get("users/me/invitations")).Data.Items());
        (await client.Post($"invitations/{invitation.Str("id")}/accept")).Expect(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Someone_elses_invitation_is_not_found()
        => (await Personal("katherine").Post($"invitations/{Lab.Invitations[0].Id}/accept")).Expect(HttpStatusCode.NotFound);

    [Fact]
    public async Task Declining_over_http_leaves_the_pool()
    {
        var lin = await Sandbox.CreateUserAsync("lin");
        var invitation = (await InOrg("ada").Post(OrgPath("invitations"), new { email = lin.Email, role = "member", credits = 50m })).Data;
        var pool = await PoolAsync();

        Assert.Equal(HttpStatusCode.NoContent, (await Client(lin.ApiKey).Post($"invitations/{invitation.Str("id")}/decline")).Status);

        Assert.Equal(pool, await PoolAsync());
        (await Client(lin.ApiKey, Lab.Id).Get(OrgPath())).Expect(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Admins_create_list_and_revoke_invite_codes()
    {
        var ada = InOrg("ada");
        var created = (await ada.Post(OrgPath("invite-codes"), new { role = "manager", maxUses = 2, expiresAt = DateTime.UtcNow.AddDays(7).ToString("O") }))
            .Expect(HttpStatusCode.Created).Data;

        Assert.Matches("^[A-Za-z0-9-]{8,32}$", created.Str("code"));
        Assert.Equal(0, created.Int("uses"));
        Assert.False(created.Bool("revoked"));
        Assert.Equal(3, (await ada.Get(OrgPath("invite-codes"))).Ok().Data.GetArrayLength());

        Assert.Equal(HttpStatusCode.NoContent, (await ada.Delete(OrgPath($"invite-codes/{created.Str("id")}"))).Status);
        var revoked = (await ada.Get(OrgPath("invite-codes"))).Data.Items().Single(c => c.Str("id") == created.Str("id"));
        Assert.True(revoked.Bool("revoked"));
        var lin = await Sandbox.CreateUserAsync("lin");
        (await Client(lin.ApiKey).Post("organizations/join", new { code = created.Str("code") })).Expect(HttpStatusCode.Gone);
    }

    [Theory]
    [InlineData("{\"role\":\"admin\"}")]
    [InlineData("{\"role\":\"member\",\"maxUses\":0}")]
    [InlineData("{\"role\":\"member\",\"maxUses\":1001}")]
    [InlineData("{\"role\":\"member\",\"expiresAt\":\"2000-01-01T00:00:00Z\"}")]
    public async Task Invalid_invite_codes_are_400(string body)
        => (await InOrg("ada").Send(HttpMethod.Post, OrgPath("invite-codes"), new StringContent(body, System.Text.Encoding.UTF8, "application/json")))
            .Expect(HttpStatusCode.BadRequest);

    [Fact]
    public async Task Managers_cannot_manage_invite_codes()
        => (await InOrg("alan").Get(OrgPath("invite-codes"))).Expect(HttpStatusCode.Forbidden);

    [Fact]
    public async Task Joining_with_a_code_makes_an_active_member_with_the_codes_role()
    {
        var lin = await Sandbox.CreateUserAsync("lin");

        var membership = (await Client(lin.ApiKey).Post("organizations/join", new { code = SandboxSeed.InviteCode.ToLowerInvariant() })).Ok().Data;

        Assert.Equal("member", membership.Str("role"));
        Assert.Equal("active", membership.Str("status"));
        var member = await MemberAsync(membership.Str("memberId"));
        Assert.Equal(lin.Id, member.Str("userId"));
        Assert.Equal("standard", member.GetProperty("seat").Str("tier"));
        Assert.Equal(4, (await InOrg("ada").Get(OrgPath("invite-codes"))).Data.Items().Single(c => c.Str("code") == SandboxSeed.InviteCode).Int("uses"));
        (await Client(lin.ApiKey).Post("organizations/join", new { code = SandboxSeed.InviteCode })).Expect(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Unknown_codes_are_404_and_expired_ones_410()
    {
        var lin = Client((await Sandbox.CreateUserAsync("lin")).ApiKey);

        (await lin.Post("organizations/join", new { code = "NO-SUCH-CODE" })).Expect(HttpStatusCode.NotFound);
        var expired = (await lin.Post("organizations/join", new { code = SandboxSeed.ExpiredInviteCode })).Expect(HttpStatusCode.Gone);
        Assert.Equal("expired", expired.Body.Str("error"));
        (await lin.Post("organizations/join", new { })).Expect(HttpStatusCode.BadRequest);
    }
}

public class UsedUpCodeTests : SandboxTest
{
    protected override Action<SandboxSeedBuilder> Seed => seed => seed
        .User("lin")
        .Organization("lab", o => o.Owner("grace").InviteCode("ONE-USE-ONLY", maxUses: 1, uses: 1).InviteCode("REVOKED-CODE", revoked: true));

    [Fact]
    public async Task Used_up_and_revoked_codes_are_410_with_the_reason()
    {
        var usedUp = (await Personal("lin").Post("organizations/join", new { code = "ONE-USE-ONLY" })).Expect(HttpStatusCode.Gone);
        var revoked = (await Personal("lin").Post("organizations/join", new { code = "REVOKED-CODE" })).Expect(HttpStatusCode.Gone);

        // The reason is the error code, so a client can tell them apart without parsing the message.
        Assert.Equal("used_up", usedUp.Body.Str("error"));
        Assert.Equal("revoked", revoked.Body.Str("error"));
    }
}
