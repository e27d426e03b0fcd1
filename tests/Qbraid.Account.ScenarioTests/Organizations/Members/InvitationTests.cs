using Qbraid.Account.Organizations.Members;
using Qbraid.Account.Organizations.Transactions;

namespace Qbraid.Account.ScenarioTests.Organizations.Members;

/// <summary>An invitation is pending until the invitee accepts; its credits leave the pool only then.</summary>
public class InvitationTests : ScenarioTest
{
    // No auto-assigned seats here, so acceptance moves exactly the invitation's credits.
    protected override Action<SandboxSeedBuilder> Seed => seed => seed
        .User("ada", u => u.Email("ada@example.com"))
        .User("lin")
        .Organization("lab", o => o.Owner("grace").Member("ada", SandboxRole.Admin).Pool(1_000m));

    private IOrganizationWorkspace AdaInLab => InOrg("ada");

    [Fact]
    public async Task An_invitation_is_pending_and_its_credits_stay_in_the_pool()
    {
        var invitation = await AdaInLab.Members.InviteAsync(new InviteMemberRequest { Email = "newcomer@example.com", Role = MemberRole.Manager, Credits = 150m, Message = "Welcome" });

        Assert.Equal(InvitationStatus.Pending, invitation.Status);
        Assert.Equal(MemberRole.Manager, invitation.Role);
        Assert.Equal(150m, invitation.Credits);
        Assert.Equal(1_000m, await PoolAsync());
        var pendingMember = Assert.Single(await AdaInLab.Members.ListAsync(new MemberListOptions { Status = MemberStatus.Pending }).ToListAsync());
        Assert.Equal("newcomer@example.com", pendingMember.Email);
        Assert.Equal(0m, pendingMember.Credits);
        var listed = Assert.Single(await AdaInLab.Members.ListInvitationsAsync(new InvitationListOptions { Status = InvitationStatus.Pending }).ToListAsync());
        Assert.Equal(invitation.Id, listed.Id);
        Assert.Empty(await NewTransactionsAsync());
    }

    [Fact]
    public async Task Acceptance_moves_the_credits_from_the_pool_to_the_new_member()
    {
        var lin = Sandbox.Seed.User("lin");
        var invitation = await AdaInLab.Members.InviteAsync(new InviteMemberRequest { Email = lin.Email, Credits = 150m });

        var membership = await Personal("lin").Invitations.AcceptAsync(invitation.Id);

        Assert.Equal(850m, await PoolAsync());
        var member = await MemberAsync(membership.MemberId!);
        Assert.Equal(MemberStatus.Active, member.Status);
        Assert.Equal(150m, member.Credits);
        Assert.Equal(150m, (await InOrg("lin").Wallet.GetBalanceAsync()).QbraidCredits);
        var accepted = Assert.Single(await AdaInLab.Members.ListInvitationsAsync(new InvitationListOptions { Status = InvitationStatus.Accepted }).ToListAsync());
        Assert.Equal(invitation.Id, accepted.Id);
        var allocation = Assert.Single(await NewTransactionsAsync());
        Assert.Equal(TransactionType.InviteAllocation, allocation.Type);
        Assert.Equal(150m, allocation.Amount);
        Assert.Equal(membership.MemberId, allocation.To!.Id);
    }

    [Fact]
    public async Task A_cancelled_invitation_leaves_the_pool_and_can_no_longer_be_accepted()
    {
        var lin = Sandbox.Seed.User("lin");
        var invitation = await AdaInLab.Members.InviteAsync(new InviteMemberRequest { Email = lin.Email, Credits = 400m });

        await AdaInLab.Members.CancelInvitationAsync(invitation.Id);

        Assert.Equal(1_000m, await PoolAsync());
        Assert.Empty(await AdaInLab.Members.ListAsync(new MemberListOptions { Status = MemberStatus.Pending }).ToListAsync());
        var cancelled = Assert.Single(await AdaInLab.Members.ListInvitationsAsync(new InvitationListOptions { Status = InvitationStatus.Canceled }).ToListAsync());
        Assert.Equal(invitation.Id, cancelled.Id);
        Assert.Empty(await Personal("lin").Invitations.ListAsync());
        await Assert.ThrowsAnyAsync<QbraidApiException>(() => Personal("lin").Invitations.AcceptAsync(invitation.Id));
        Assert.Equal(1_000m, await PoolAsync());
        Assert.Empty(await NewTransactionsAsync());
    }

    [Fact]
    public async Task Cancelling_twice_is_a_conflict()
    {
        var invitation = await AdaInLab.Members.InviteAsync(new InviteMemberRequest { Email = "twice@example.com" });
        await AdaInLab.Members.CancelInvitationAsync(invitation.Id);

        await Assert.ThrowsAsync<QbraidConflictException>(() => AdaInLab.Members.CancelInvitationAsync(invitation.Id));
    }

    [Fact]
    public async Task Inviting_a_member_or_a_pending_invitee_again_is_a_conflict()
    {
        await AdaInLab.Members.InviteAsync(new InviteMemberRequest { Email = "once@example.com" });

        await Assert.ThrowsAsync<QbraidConflictException>(() => AdaInLab.Members.InviteAsync(new InviteMemberRequest { Email = "once@example.com" }));
        await Assert.ThrowsAsync<QbraidConflictException>(() => AdaInLab.Members.InviteAsync(new InviteMemberRequest { Email = "grace@example.com" }));

        Assert.Single(await AdaInLab.Members.ListInvitationsAsync().ToListAsync());
    }

    [Fact]
    public async Task Bad_invitations_are_refused_before_any_request()
    {
        var email = await Assert.ThrowsAsync<ArgumentException>(() => AdaInLab.Members.InviteAsync(new InviteMemberRequest { Email = "not-an-email" }));
        var owner = await Assert.ThrowsAsync<ArgumentException>(() => AdaInLab.Members.InviteAsync(new InviteMemberRequest { Email = "o@example.com", Role = MemberRole.Owner }));
        var credits = await Assert.ThrowsAnyAsync<ArgumentException>(() => AdaInLab.Members.InviteAsync(new InviteMemberRequest { Email = "c@example.com", Credits = -1m }));

        Assert.Equal("request.Email", email.ParamName);
        Assert.Equal("request.Role", owner.ParamName);
        Assert.Equal("request.Credits", credits.ParamName);
        Assert.Equal(0, Requests("POST", "/organizations/{orgId}/invitations"));
    }

    [Fact]
    public async Task The_sandbox_helper_accepts_for_an_invitee_without_an_account()
    {
        var invitation = await AdaInLab.Members.InviteAsync(new InviteMemberRequest { Email = "noaccount@example.com", Credits = 25m });

        var membership = await Sandbox.AcceptInvitationAsync(invitation.Id);

        Assert.Equal(975m, await PoolAsync());
        var workspaces = await Client(membership.ApiKey).ListWorkspacesAsync();
        Assert.Contains(workspaces, w => w.Workspace == Workspace.Organization(Lab.Id));
        Assert.Equal(25m, (await Client(membership.ApiKey).Organization(Lab.Id).Wallet.GetBalanceAsync()).QbraidCredits);
    }
}
