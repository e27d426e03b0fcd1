using Qbraid.Account.Organizations.Transactions;
using Qbraid.Account.Wallet;

namespace Qbraid.Account.ScenarioTests.Organizations.Credits;

public class PurchaseTests : ScenarioTest
{
    [Fact]
    public async Task Bought_credits_land_in_the_pool_once_paid_not_in_a_members_wallet()
    {
        var checkout = await InOrg(Ada).Credits.CreateCheckoutAsync(new CreditCheckoutRequest(50m));

        Assert.Equal(5_000m, checkout.Credits);
        Assert.Equal(12_500m, await PoolAsync());

        await Sandbox.CompleteCheckoutAsync(checkout.SessionId);

        Assert.Equal(17_500m, await PoolAsync());
        Assert.Equal(1_200m, (await InOrg(Ada).Wallet.GetBalanceAsync()).QbraidCredits);
        Assert.Equal(2_350.50m, (await Personal(Ada).Wallet.GetBalanceAsync()).QbraidCredits);
        var purchase = Assert.Single(await NewTransactionsAsync(TransactionType.Purchase));
        Assert.Equal(5_000m, purchase.Amount);
        Assert.Equal(TransactionPartyKind.External, purchase.From!.Kind);
        Assert.Equal(Lab.Id, purchase.To!.Id);
    }

    [Fact]
    public async Task A_manager_cannot_buy_credits()
    {
        await Assert.ThrowsAsync<QbraidPermissionException>(() => InOrg(Alan).Credits.CreateCheckoutAsync(new CreditCheckoutRequest(50m)));

        Assert.Equal(1, Requests("POST", "/organizations/{orgId}/credits/checkout"));
    }
}
