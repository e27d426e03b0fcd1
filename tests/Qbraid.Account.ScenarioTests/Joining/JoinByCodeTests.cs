using Qbraid.Account.Organizations.InviteCodes;
using Qbraid.Account.Organizations.Members;

namespace Qbraid.Account.ScenarioTests.Joining;

public class JoinByCodeTests : ScenarioTest
{
    protected override Action<SandboxSeedBuilder> Seed => seed => seed
        .User("ada")
        .User("lin")
        .Organization("lab", o => o
            .Owner("ada", seat: true)
            .Subscription(SandboxTier.Standard, seats: 3)
            .Pool(1_000m)
            .MemberDefaults(autoAssignSeats: true, seatAssignmentCredits: 40m)
            .InviteCode("LAB-JOIN-2026", SandboxRole.Member, maxUses: 5, expiresIn: TimeSpan.FromDays(30))
            .InviteCode("LAB-OLD-2025", expiresIn: TimeSpan.FromDays(-1))
            .InviteCode("ONE-USE-ONLY", maxUses: 1, uses: 1)
            .InviteCode("REVOKED-CODE", revoked: true));

    [Fact]
    public async Task A_valid_code_makes_an_active_member_with_a_seat()
    {
        var membership = await Personal("lin").Invitations.JoinByCodeAsync("lab-join-2026");

        Assert.Equal(Lab.Id, membership.OrganizationId);
        Assert.Equal(MemberRole.Member, membership.Role);
        Assert.Equal(MemberStatus.Active, membership.Status);
        Assert.Contains(await As("lin").ListWorkspacesAsync(), w => w.Workspace == Workspace.Organization(Lab.Id));
        var member = await MemberAsync(membership.MemberId!);
        Assert.Equal(Sandbox.Seed.User("lin").Id, member.UserId);
        Assert.NotNull(member.Seat);
        Assert.Equal(40m, member.Credits);
        Assert.Equal(960m, await PoolAsync());
        var code = Assert.Single(await InOrg("ada").InviteCodes.ListAsync(), c => c.Code == "LAB-JOIN-2026");
        Assert.Equal(1, code.Uses);
    }

    [Fact]
    public async Task Joining_again_is_a_conflict_and_uses_the_code_once()
    {
        await Personal("lin").Invitations.JoinByCodeAsync("LAB-JOIN-2026");

        await Assert.ThrowsAsync<QbraidConflictException>(() => Personal("lin").Invitations.JoinByCodeAsync("LAB-JOIN-2026"));

        Assert.Equal(1, Assert.Single(await InOrg("ada").InviteCodes.ListAsync(), c => c.Code == "LAB-JOIN-2026").Uses);
    }

    [Fact]
    public async Task An_unknown_code_is_not_found()
    {
        var ex = await Assert.ThrowsAsync<QbraidNotFoundException>(() => Personal("lin").Invitations.JoinByCodeAsync("NO-SUCH-CODE"));

        Assert.Equal(404, ex.StatusCode);
        Assert.Single(await As("lin").ListWorkspacesAsync());
    }

    [Theory]
    [InlineData("LAB-OLD-2025", "expired")]
    [InlineData("ONE-USE-ONLY", "used_up")]
    [InlineData("REVOKED-CODE", "revoked")]
    public async Task An_expired_used_up_or_revoked_code_is_gone_with_the_reason(string code, string reason)
    {
        var ex = await Assert.ThrowsAsync<QbraidGoneException>(() => Personal("lin").Invitations.JoinByCodeAsync(code));

        Assert.Equal(410, ex.StatusCode);
        Assert.Equal(new GoneReason(reason), ex.Reason);
        Assert.Single(await As("lin").ListWorkspacesAsync());
        Assert.Equal(1_000m, await PoolAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("has spaces in it")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456")] // 33 characters
    public async Task A_malformed_code_is_refused_before_any_request(string code)
    {
        var ex = await Assert.ThrowsAnyAsync<ArgumentException>(() => Personal("lin").Invitations.JoinByCodeAsync(code));

        Assert.Equal("code", ex.ParamName);
        Assert.Equal(0, Requests("POST", "/organizations/join"));
    }
}

public class InviteCodeTests : ScenarioTest
{
    [Fact]
    public async Task Admins_create_list_and_revoke_codes_and_a_revoked_code_is_gone()
    {
        var codes = InOrg(Ada).InviteCodes;
        var expires = DateTimeOffset.UtcNow.AddDays(7);

        var created = await codes.CreateAsync(new CreateInviteCodeRequest { Role = MemberRole.Manager, MaxUses = 2, ExpiresAt = expires });

        Assert.Matches("^[A-Za-z0-9-]{8,32}$", created.Code);
        Assert.Equal(MemberRole.Manager, created.Role);
        Assert.Equal(2, created.MaxUses);
        Assert.Equal(0, created.Uses);
        Assert.False(created.Revoked);
        Assert.Equal(expires.ToUnixTimeSeconds(), created.ExpiresAt!.Value.ToUnixTimeSeconds());
        Assert.Contains(await codes.ListAsync(), c => c.Id == created.Id);

        var lin = await Sandbox.CreateUserAsync("lin");
        var membership = await Client(lin.ApiKey).Personal.Invitations.JoinByCodeAsync(created.Code);
        Assert.Equal(MemberRole.Manager, membership.Role);
        Assert.Equal(MemberRole.Manager, (await MemberAsync(membership.MemberId!)).Role);

        await codes.RevokeAsync(created.Id);

        var revoked = Assert.Single(await codes.ListAsync(), c => c.Id == created.Id);
        Assert.True(revoked.Revoked);
        Assert.Equal(1, revoked.Uses);
        var mo = await Sandbox.CreateUserAsync("mo");
        var ex = await Assert.ThrowsAsync<QbraidGoneException>(() => Client(mo.ApiKey).Personal.Invitations.JoinByCodeAsync(created.Code));
        Assert.Equal(GoneReason.Revoked, ex.Reason);
    }

    [Fact]
    public async Task A_member_code_without_limits_never_expires()
    {
        var created = await InOrg(Ada).InviteCodes.CreateAsync(new CreateInviteCodeRequest());

        Assert.Equal(MemberRole.Member, created.Role);
        Assert.Null(created.MaxUses);
        Assert.Null(created.ExpiresAt);
    }

    [Fact]
    public async Task Codes_give_manager_or_member_only_and_bad_limits_are_refused_before_any_request()
    {
        var codes = InOrg(Ada).InviteCodes;

        var admin = await Assert.ThrowsAnyAsync<ArgumentException>(() => codes.CreateAsync(new CreateInviteCodeRequest { Role = MemberRole.Admin }));
        var owner = await Assert.ThrowsAnyAsync<ArgumentException>(() => codes.CreateAsync(new CreateInviteCodeRequest { Role = MemberRole.Owner }));
        var zero = await Assert.ThrowsAnyAsync<ArgumentException>(() => codes.CreateAsync(new CreateInviteCodeRequest { MaxUses = 0 }));
        var tooMany = await Assert.ThrowsAnyAsync<ArgumentException>(() => codes.CreateAsync(new CreateInviteCodeRequest { MaxUses = 1_001 }));
        var past = await Assert.ThrowsAnyAsync<ArgumentException>(() => codes.CreateAsync(new CreateInviteCodeRequest { ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1) }));

        Assert.Equal("request.Role", admin.ParamName);
        Assert.Equal("request.Role", owner.ParamName);
        Assert.Equal("request.MaxUses", zero.ParamName);
        Assert.Equal("request.MaxUses", tooMany.ParamName);
        Assert.Equal("request.ExpiresAt", past.ParamName);
        Assert.Equal(0, Requests("POST", "/organizations/{orgId}/invite-codes"));
    }

    [Fact]
    public async Task Managers_cannot_manage_codes()
    {
        await Assert.ThrowsAsync<QbraidPermissionException>(() => InOrg(Alan).InviteCodes.ListAsync());
        await Assert.ThrowsAsync<QbraidPermissionException>(() => InOrg(Alan).InviteCodes.CreateAsync(new CreateInviteCodeRequest()));

        Assert.Equal(2, (await InOrg(Ada).InviteCodes.ListAsync()).Count);
    }

    [Fact]
    public async Task The_seeded_codes_show_their_state()
    {
        var codes = await InOrg(Ada).InviteCodes.ListAsync();

        var valid = Assert.Single(codes, c => c.Code == SandboxSeed.InviteCode);
        Assert.Equal(3, valid.Uses);
        Assert.Equal(25, valid.MaxUses);
        var expired = Assert.Single(codes, c => c.Code == SandboxSeed.ExpiredInviteCode);
        Assert.True(expired.ExpiresAt < DateTimeOffset.UtcNow);
    }
}
