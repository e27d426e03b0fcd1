using Qbraid.Account.Billing;
using Qbraid.Account.Organizations.Credits;
using Qbraid.Account.Wallet;

namespace Qbraid.Account.ScenarioTests.Wallet;

public class MemberWalletTests : ScenarioTest
{
    [Fact]
    public async Task In_the_organization_the_balance_is_the_members_own_credits_not_the_pool()
    {
        var balance = await InOrg(Ada).Wallet.GetBalanceAsync();

        Assert.Equal(1_200m, balance.QbraidCredits);
        Assert.Equal(Lab.Id, balance.OrganizationId);
        Assert.Equal(2_350.50m, (await Personal(Ada).Wallet.GetBalanceAsync()).QbraidCredits);
        Assert.NotEqual(await PoolAsync(), balance.QbraidCredits);
    }

    [Fact]
    public async Task A_credit_request_is_pending_for_the_member_and_the_admins()
    {
        var request = await InOrg(Alan).Wallet.RequestCreditsAsync(new RequestCreditsRequest(150m, "Qiskit workshop"));

        Assert.Equal(CreditRequestStatus.Pending, request.Status);
        Assert.Equal(Lab.Member(Alan).MemberId, request.RequestedBy!.MemberId);
        var mine = await InOrg(Alan).Wallet.ListCreditRequestsAsync(new MemberCreditRequestListOptions { Status = CreditRequestStatus.Pending }).ToListAsync();
        Assert.Equal(request.Id, Assert.Single(mine).Id);
        var forAdmins = await InOrg(Ada).Credits.ListRequestsAsync(new CreditRequestListOptions { Status = CreditRequestStatus.Pending }).ToListAsync();
        Assert.Contains(forAdmins, r => r.Id == request.Id && r.Amount == 150m && r.Reason == "Qiskit workshop");
    }

    [Fact]
    public async Task A_member_sees_only_their_own_requests()
    {
        var mine = await InOrg(Katherine).Wallet.ListCreditRequestsAsync().ToListAsync();

        var only = Assert.Single(mine);
        Assert.Equal(Lab.Member(Katherine).MemberId, only.RequestedBy!.MemberId);
        Assert.Equal(500m, only.Amount);
    }
}
