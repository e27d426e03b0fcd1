using Qbraid.Account.Organizations.Credits;
using Qbraid.Account.Organizations.Transactions;

namespace Qbraid.Account.ScenarioTests.Organizations.Credits;

/// <summary>Transfers move credits from the pool to members' wallets at once, never overdrawing the pool.</summary>
public class TransferTests : ScenarioTest
{
    private string AlanId => Lab.Member(Alan).MemberId;

    private string KatherineId => Lab.Member(Katherine).MemberId;

    [Fact]
    public async Task A_transfer_to_selected_members_moves_credits_into_their_wallets()
    {
        var transfer = await InOrg(Ada).Credits.TransferAsync(TransferCreditsRequest.ToMembers([AlanId, KatherineId], 125m, message: "Q3 allocation"));

        Assert.Equal(250m, transfer.Total);
        Assert.Equal([AlanId, KatherineId], transfer.Recipients.Select(r => r.MemberId));
        Assert.All(transfer.Recipients, r => Assert.Equal(125m, r.Amount));
        Assert.Equal(12_250m, await PoolAsync());
        Assert.Equal(925m, (await MemberAsync(AlanId)).Credits);
        Assert.Equal(425m, (await InOrg(Katherine).Wallet.GetBalanceAsync()).QbraidCredits);

        // One transaction per recipient, each found by the member filter.
        var written = await NewTransactionsAsync(TransactionType.Transfer);
        Assert.Equal(2, written.Count);
        Assert.All(written, t => Assert.Equal("Q3 allocation", t.Description));
        var toKatherine = Assert.Single(await NewTransactionsAsync(memberId: KatherineId));
        Assert.Equal(125m, toKatherine.Amount);
        Assert.Equal(TransactionPartyKind.Organization, toKatherine.From!.Kind);
        Assert.Equal(KatherineId, toKatherine.To!.Id);
        Assert.Equal("ada@example.com", toKatherine.Actor!.Email);
    }

    [Fact]
    public async Task A_transfer_to_all_reaches_every_active_member()
    {
        var transfer = await InOrg(Ada).Credits.TransferAsync(TransferCreditsRequest.ToAllMembers(10m));

        var active = Lab.Members.Where(m => m.Status == SandboxMemberStatus.Active).Select(m => m.MemberId).Order();
        Assert.Equal(active, transfer.Recipients.Select(r => r.MemberId).Order());
        Assert.Equal(10m * active.Count(), transfer.Total);
        Assert.Equal(12_500m - transfer.Total, await PoolAsync());
        Assert.Equal(150m, (await MemberAsync(Lab.Member(Edsger).MemberId)).Credits); // suspended: left out
        Assert.Equal(active.Count(), (await NewTransactionsAsync(TransactionType.Transfer)).Count);
    }

    [Fact]
    public async Task A_transfer_larger_than_the_pool_is_a_conflict_and_moves_nothing()
    {
        var ex = await Assert.ThrowsAsync<QbraidConflictException>(
            () => InOrg(Ada).Credits.TransferAsync(TransferCreditsRequest.ToMembers([AlanId, KatherineId], 6_250.0001m)));

        Assert.Equal(409, ex.StatusCode);
        Assert.Equal(12_500m, await PoolAsync());
        Assert.Equal(800m, (await MemberAsync(AlanId)).Credits);
        Assert.Equal(300m, (await MemberAsync(KatherineId)).Credits);
        Assert.Empty(await NewTransactionsAsync());
    }

    [Fact]
    public async Task The_whole_pool_can_be_transferred()
    {
        await InOrg(Ada).Credits.TransferAsync(TransferCreditsRequest.ToMembers([AlanId, KatherineId], 6_250m));

        Assert.Equal(0m, await PoolAsync());
        await Assert.ThrowsAsync<QbraidConflictException>(() => InOrg(Ada).Credits.TransferAsync(TransferCreditsRequest.ToMembers([AlanId], 0.01m)));
    }

    [Fact]
    public async Task Promotional_credits_are_written_as_promo()
    {
        await InOrg(Ada).Credits.TransferAsync(TransferCreditsRequest.ToMembers([KatherineId], 40m, CreditType.Promo));

        var promo = Assert.Single(await NewTransactionsAsync(TransactionType.Promo));
        Assert.Equal(40m, promo.Amount);
        Assert.Equal(340m, (await MemberAsync(KatherineId)).Credits);
    }

    [Fact]
    public async Task Credits_go_to_active_members_only()
    {
        await Assert.ThrowsAsync<QbraidConflictException>(
            () => InOrg(Ada).Credits.TransferAsync(TransferCreditsRequest.ToMembers([KatherineId, Lab.Member(Edsger).MemberId], 10m)));

        Assert.Equal(12_500m, await PoolAsync());
        Assert.Equal(300m, (await MemberAsync(KatherineId)).Credits);
    }

    [Fact]
    public async Task Bad_transfers_are_refused_before_any_request()
    {
        var zero = await Assert.ThrowsAnyAsync<ArgumentException>(() => InOrg(Ada).Credits.TransferAsync(TransferCreditsRequest.ToMembers([AlanId], 0m)));
        var twice = await Assert.ThrowsAsync<ArgumentException>(() => InOrg(Ada).Credits.TransferAsync(TransferCreditsRequest.ToMembers([AlanId, AlanId], 5m)));
        var none = await Assert.ThrowsAnyAsync<ArgumentException>(() => InOrg(Ada).Credits.TransferAsync(TransferCreditsRequest.ToMembers([], 5m)));

        Assert.Equal("request.AmountPerMember", zero.ParamName);
        Assert.Equal("request.Recipients", twice.ParamName);
        Assert.Equal("request.Recipients", none.ParamName);
        Assert.Equal(0, Requests("POST", "/organizations/{orgId}/credits/transfers"));
    }
}
