namespace Qbraid.Account.ScenarioTests.Flows;

/// <summary>One client, many threads, two workspaces: each call carries its own workspace, nothing shared switches.</summary>
public class ConcurrencyTests : ScenarioTest
{
    [Fact]
    public async Task Two_hundred_parallel_calls_across_the_personal_workspace_and_the_organization_each_carry_their_own()
    {
        var client = As(Ada);
        var personal = client.Personal;
        var lab = client.Organization(Lab.Id);

        var calls = Enumerable.Range(0, 200).Select(i => Task.Run(async () =>
        {
            var inOrganization = i % 2 == 1;
            var balance = inOrganization ? await lab.Wallet.GetBalanceAsync() : await personal.Wallet.GetBalanceAsync();
            return (inOrganization, balance);
        }));
        var results = await Task.WhenAll(calls);

        Assert.All(results.Where(r => !r.inOrganization), r =>
        {
            Assert.Null(r.balance.OrganizationId);
            Assert.Equal(2_350.50m, r.balance.QbraidCredits);
        });
        Assert.All(results.Where(r => r.inOrganization), r =>
        {
            Assert.Equal(Lab.Id, r.balance.OrganizationId);
            Assert.Equal(1_200m, r.balance.QbraidCredits);
        });
        var log = Sandbox.Requests.Where(r => r.Path == "/billing/credits/balance").ToList();
        Assert.Equal(200, log.Count);
        Assert.Equal(100, log.Count(r => r.OrganizationId is null));
        Assert.Equal(100, log.Count(r => r.OrganizationId == Lab.Id));
        Assert.All(log, r => Assert.Equal(200, r.StatusCode));
    }
}
