using Qbraid.Account.Organizations.Credits;
using Qbraid.Account.Organizations.Members;
using Qbraid.Account.Organizations.Settings;

namespace Qbraid.Account.ScenarioTests.Organizations.Members;

/// <summary>Owner and admin manage everything; a manager views billing but changes nothing; a member only uses resources.</summary>
public class RoleTests : ScenarioTest
{
    [Fact]
    public async Task A_manager_can_view_billing()
    {
        var lab = InOrg(Alan);

        Assert.Equal(12_500m, (await lab.Credits.GetBalanceAsync()).Balance);
        Assert.Equal(5, (await lab.Subscription.GetAsync())!.Seats);
        Assert.NotEmpty(await lab.Transactions.ListAsync(new() { PageSize = 5 }).AsPagesAsync().Select(p => p.Values).FirstAsync());
        Assert.NotEmpty(await lab.Members.ListInvitationsAsync().ToListAsync());
    }

    [Fact]
    public async Task A_manager_cannot_change_settings()
    {
        var ex = await Assert.ThrowsAsync<QbraidPermissionException>(
            () => InOrg(Alan).Settings.UpdateAsync(new UpdateOrganizationSettingsRequest { Name = "Turing's Lab" }));

        Assert.Equal(403, ex.StatusCode);
        Assert.Equal("Lovelace Quantum Lab", (await Owner().Settings.GetAsync()).Name);
    }

    [Fact]
    public async Task A_manager_cannot_assign_or_revoke_seats()
    {
        var before = await Owner().Seats.GetAsync();

        await Assert.ThrowsAsync<QbraidPermissionException>(() => InOrg(Alan).Seats.AssignAsync(Lab.Member(Edsger).MemberId));
        await Assert.ThrowsAsync<QbraidPermissionException>(() => InOrg(Alan).Seats.RevokeAsync(Lab.Member(Katherine).MemberId));

        var after = await Owner().Seats.GetAsync();
        Assert.Equal(before.Assigned, after.Assigned);
        Assert.Equal(before.Assignments.Select(a => a.MemberId), after.Assignments.Select(a => a.MemberId));
    }

    [Fact]
    public async Task A_manager_cannot_move_credits_or_manage_members()
    {
        var lab = InOrg(Alan);
        var katherine = Lab.Member(Katherine).MemberId;

        await Assert.ThrowsAsync<QbraidPermissionException>(() => lab.Credits.TransferAsync(TransferCreditsRequest.ToMembers([katherine], 10m)));
        await Assert.ThrowsAsync<QbraidPermissionException>(() => lab.Members.InviteAsync(new InviteMemberRequest { Email = "x@example.com" }));
        await Assert.ThrowsAsync<QbraidPermissionException>(() => lab.Members.SuspendAsync(katherine));
        await Assert.ThrowsAsync<QbraidPermissionException>(() => lab.Credits.ListRequestsAsync().ToListAsync());

        Assert.Equal(12_500m, await PoolAsync());
        Assert.Equal(MemberStatus.Active, (await MemberAsync(katherine)).Status);
        Assert.DoesNotContain(await Owner().Members.ListInvitationsAsync().ToListAsync(), i => i.Email == "x@example.com");
    }

    [Fact]
    public async Task A_member_cannot_view_billing_or_manage()
    {
        var lab = InOrg(Katherine);

        await Assert.ThrowsAsync<QbraidPermissionException>(() => lab.Credits.GetBalanceAsync());
        await Assert.ThrowsAsync<QbraidPermissionException>(() => lab.Transactions.ListAsync().ToListAsync());
        await Assert.ThrowsAsync<QbraidPermissionException>(() => lab.Members.InviteAsync(new InviteMemberRequest { Email = "y@example.com" }));
        await Assert.ThrowsAsync<QbraidPermissionException>(() => lab.Members.ChangeRoleAsync(Lab.Member(Katherine).MemberId, MemberRole.Admin));

        Assert.Equal(MemberRole.Member, (await MemberAsync(Lab.Member(Katherine).MemberId)).Role);
    }

    [Fact]
    public async Task A_member_uses_the_organization_reads_members_and_settings()
    {
        var lab = InOrg(Katherine);

        Assert.Equal(6, (await lab.Members.ListAsync().ToListAsync()).Count);
        Assert.Equal("Lovelace Quantum Lab", (await lab.Settings.GetAsync()).Name);
        Assert.Equal(300m, (await lab.Wallet.GetBalanceAsync()).QbraidCredits);
    }

    [Fact]
    public async Task Promoting_a_member_to_manager_opens_billing_to_them()
    {
        var katherine = Lab.Member(Katherine).MemberId;

        var promoted = await InOrg(Ada).Members.ChangeRoleAsync(katherine, MemberRole.Manager);

        Assert.Equal(MemberRole.Manager, promoted.Role);
        Assert.Equal(12_500m, (await InOrg(Katherine).Credits.GetBalanceAsync()).Balance);
    }
}
