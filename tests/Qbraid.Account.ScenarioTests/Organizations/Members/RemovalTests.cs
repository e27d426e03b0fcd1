using Qbraid.Account.Organizations.Members;
using Qbraid.Account.Organizations.Transactions;

namespace Qbraid.Account.ScenarioTests.Organizations.Members;

/// <summary>Removing a member revokes access and seat at once and returns their organization credits to the pool.</summary>
public class RemovalTests : ScenarioTest
{
    [Fact]
    public async Task Removal_revokes_the_seat_and_returns_the_credits_to_the_pool()
    {
        var katherine = Lab.Member(Katherine).MemberId;
        var seatsBefore = await Owner().Seats.GetAsync();

        await InOrg(Ada).Members.RemoveAsync(katherine);

        Assert.Equal(12_500m + 300m, await PoolAsync());
        var seats = await Owner().Seats.GetAsync();
        Assert.Equal(seatsBefore.Assigned - 1, seats.Assigned);
        Assert.Equal(seatsBefore.Available + 1, seats.Available);
        Assert.DoesNotContain(seats.Assignments, a => a.MemberId == katherine);
        await Assert.ThrowsAsync<QbraidNotFoundException>(() => MemberAsync(katherine));
        var refund = Assert.Single(await NewTransactionsAsync(TransactionType.RefundToPool, katherine));
        Assert.Equal(300m, refund.Amount);
        Assert.Equal(TransactionPartyKind.Member, refund.From!.Kind);
        Assert.Equal(Lab.Id, refund.To!.Id);
        Assert.Equal("ada@example.com", refund.Actor!.Email);
    }

    [Fact]
    public async Task A_removed_member_loses_access_at_once()
    {
        await InOrg(Ada).Members.RemoveAsync(Lab.Member(Katherine).MemberId);

        await Assert.ThrowsAsync<QbraidNotFoundException>(() => InOrg(Katherine).Wallet.GetBalanceAsync());
        await Assert.ThrowsAnyAsync<QbraidApiException>(() => Client(Lab.Member(Katherine).ApiKey).Organization(Lab.Id).GetAsync());
        Assert.DoesNotContain(await As(Katherine).ListWorkspacesAsync(), w => w.Workspace.OrganizationId == Lab.Id);
        // Their personal wallet is theirs: untouched.
        Assert.Equal(20m, (await Personal(Katherine).Wallet.GetBalanceAsync()).QbraidCredits);
    }

    [Fact]
    public async Task Removing_an_unknown_member_is_not_found_and_changes_nothing()
    {
        await Assert.ThrowsAsync<QbraidNotFoundException>(() => InOrg(Ada).Members.RemoveAsync("0123456789abcdef01234567"));

        Assert.Equal(12_500m, await PoolAsync());
        Assert.Equal(6, (await InOrg(Ada).Members.ListAsync().ToListAsync()).Count);
    }

    [Fact]
    public async Task A_malformed_member_id_is_refused_before_any_request()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => InOrg(Ada).Members.RemoveAsync("katherine"));

        Assert.Equal("memberId", ex.ParamName);
        Assert.Equal(0, Requests("DELETE", "/organizations/{orgId}/members/{memberId}"));
    }
}

/// <summary>A suspended member keeps their membership but loses access until reactivated.</summary>
public class SuspensionTests : ScenarioTest
{
    [Fact]
    public async Task A_suspended_member_is_refused_in_the_workspace_until_reactivated()
    {
        var katherine = Lab.Member(Katherine).MemberId;

        var suspended = await InOrg(Ada).Members.SuspendAsync(katherine);

        Assert.Equal(MemberStatus.Suspended, suspended.Status);
        await Assert.ThrowsAsync<QbraidPermissionException>(() => InOrg(Katherine).Wallet.GetBalanceAsync());
        Assert.Equal(300m, (await MemberAsync(katherine)).Credits);

        var reactivated = await InOrg(Ada).Members.ReactivateAsync(katherine);

        Assert.Equal(MemberStatus.Active, reactivated.Status);
        Assert.Equal(300m, (await InOrg(Katherine).Wallet.GetBalanceAsync()).QbraidCredits);
    }

    [Fact]
    public async Task Only_an_active_member_is_suspended_and_only_a_suspended_one_reactivated()
    {
        await Assert.ThrowsAsync<QbraidConflictException>(() => InOrg(Ada).Members.SuspendAsync(Lab.Member(Edsger).MemberId));
        await Assert.ThrowsAsync<QbraidConflictException>(() => InOrg(Ada).Members.ReactivateAsync(Lab.Member(Katherine).MemberId));

        Assert.Equal(MemberStatus.Suspended, (await MemberAsync(Lab.Member(Edsger).MemberId)).Status);
        Assert.Equal(MemberStatus.Active, (await MemberAsync(Lab.Member(Katherine).MemberId)).Status);
    }
}
