using Qbraid.Account.Organizations.Members;
using Qbraid.Account.Organizations.Transactions;

namespace Qbraid.Account.ScenarioTests.Joining;

/// <summary>The invitee's side: their pending invitations, accepting (the organization appears at once) and declining.</summary>
public class InvitationInboxTests : ScenarioTest
{
    private SeededInvitation Seeded => Lab.Invitations[0];

    /// <summary>The seeded invitee (barbara@example.com) signs up; the sandbox gives them a personal key.</summary>
    private async Task<QbraidAccountClient> InviteeAsync()
    {
        var barbara = await Sandbox.CreateUserAsync("barbara", SandboxSeed.InviteeEmail);
        return Client(barbara.ApiKey);
    }

    [Fact]
    public async Task The_invitee_lists_their_pending_invitations()
    {
        var invitee = await InviteeAsync();

        var invitations = await invitee.Personal.Invitations.ListAsync();

        var invitation = Assert.Single(invitations);
        Assert.Equal(Seeded.Id, invitation.Id);
        Assert.Equal(Lab.Id, invitation.OrganizationId);
        Assert.Equal("Lovelace Quantum Lab", invitation.OrganizationName);
        Assert.Equal(MemberRole.Member, invitation.Role);
        Assert.Equal(250m, invitation.Credits);
        Assert.Equal("Welcome to the lab!", invitation.Message);
        Assert.Equal("Grace Hopper", invitation.InvitedBy);
    }

    [Fact]
    public async Task Accepting_makes_the_organization_a_workspace_right_away_and_moves_the_credits()
    {
        var invitee = await InviteeAsync();
        Assert.DoesNotContain(await invitee.ListWorkspacesAsync(), w => w.Workspace.OrganizationId == Lab.Id);

        var membership = await invitee.Personal.Invitations.AcceptAsync(Seeded.Id);

        Assert.Equal(Lab.Id, membership.OrganizationId);
        Assert.Equal(Seeded.MemberId, membership.MemberId);
        Assert.Equal(MemberRole.Member, membership.Role);
        Assert.Equal(MemberStatus.Active, membership.Status);
        var workspaces = await invitee.ListWorkspacesAsync();
        Assert.Contains(workspaces, w => w.Workspace == membership.Workspace && w.Name == "Lovelace Quantum Lab");
        Assert.Empty(await invitee.Personal.Invitations.ListAsync());

        // 250 invitation credits plus, with auto-assign on and a seat free, 100 seat credits.
        Assert.Equal(12_500m - 250m - 100m, await PoolAsync());
        Assert.Equal(350m, (await invitee.Organization(Lab.Id).Wallet.GetBalanceAsync()).QbraidCredits);
        var invitationCredits = Assert.Single(await NewTransactionsAsync(TransactionType.InviteAllocation));
        Assert.Equal(250m, invitationCredits.Amount);
        Assert.Equal(Seeded.MemberId, invitationCredits.To!.Id);
    }

    [Fact]
    public async Task Acceptance_auto_assigns_a_free_seat_when_configured()
    {
        var invitee = await InviteeAsync();

        var membership = await invitee.Personal.Invitations.AcceptAsync(Seeded.Id);

        var member = await MemberAsync(membership.MemberId!);
        Assert.NotNull(member.Seat);
        var seats = await Owner().Seats.GetAsync();
        Assert.Equal(5, seats.Assigned);
        Assert.Contains(seats.Assignments, a => a.MemberId == membership.MemberId);
        Assert.Single(await NewTransactionsAsync(TransactionType.SeatAllocation));
    }

    [Fact]
    public async Task Declining_leaves_the_pool_and_the_workspaces_unchanged()
    {
        var invitee = await InviteeAsync();

        await invitee.Personal.Invitations.DeclineAsync(Seeded.Id);

        Assert.Equal(12_500m, await PoolAsync());
        Assert.Empty(await invitee.Personal.Invitations.ListAsync());
        Assert.DoesNotContain(await invitee.ListWorkspacesAsync(), w => w.Workspace.OrganizationId == Lab.Id);
        var declined = await Owner().Members.ListInvitationsAsync(new InvitationListOptions { Status = InvitationStatus.Declined }).ToListAsync();
        Assert.Equal(Seeded.Id, Assert.Single(declined).Id);
        Assert.Empty(await Owner().Members.ListAsync(new MemberListOptions { Status = MemberStatus.Pending }).ToListAsync());
        Assert.Empty(await NewTransactionsAsync());
    }

    [Fact]
    public async Task Accepting_twice_is_a_conflict_and_moves_credits_once()
    {
        var invitee = await InviteeAsync();
        await invitee.Personal.Invitations.AcceptAsync(Seeded.Id);

        await Assert.ThrowsAsync<QbraidConflictException>(() => invitee.Personal.Invitations.AcceptAsync(Seeded.Id));

        Assert.Equal(12_500m - 350m, await PoolAsync());
    }

    [Fact]
    public async Task Someone_elses_invitation_is_not_found()
    {
        await Assert.ThrowsAsync<QbraidNotFoundException>(() => Personal(Katherine).Invitations.AcceptAsync(Seeded.Id));
        await Assert.ThrowsAsync<QbraidNotFoundException>(() => Personal(Katherine).Invitations.DeclineAsync(Seeded.Id));

        Assert.Equal(12_500m, await PoolAsync());
        Assert.Single(await Owner().Members.ListInvitationsAsync(new InvitationListOptions { Status = InvitationStatus.Pending }).ToListAsync());
    }

    [Fact]
    public async Task A_malformed_invitation_id_is_refused_before_any_request()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Personal(Ada).Invitations.AcceptAsync("not-an-id"));

        Assert.Equal("invitationId", ex.ParamName);
        Assert.Equal(0, Requests("POST", "/invitations/{id}/accept"));
    }
}
