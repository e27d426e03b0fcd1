using System.Net;
using System.Reflection;
using Qbraid.Account.Wallet;

namespace Qbraid.Account.ScenarioTests.Wallet;

/// <summary>
/// Buying credits, personal plans and the portal exist only in the personal workspace; requesting
/// credits only in an organization. The SDK's types make the wrong call impossible, so that is
/// checked by reflection; the server's own 403 is shown with a raw HttpClient.
/// </summary>
public class WorkspaceSplitTests(SharedWorld shared) : ReadOnlyScenarioTest(shared)
{
    private static readonly string[] PersonalOnly = ["CreateCreditCheckoutAsync", "CreateSubscriptionCheckoutAsync", "GetSubscriptionAsync", "CreatePortalSessionAsync"];
    private static readonly string[] OrganizationOnly = ["RequestCreditsAsync", "ListCreditRequestsAsync"];

    [Fact]
    public void The_types_offer_personal_wallet_actions_only_in_the_personal_workspace()
    {
        var personal = Methods(typeof(IPersonalWalletClient));
        var member = Methods(typeof(IMemberWalletClient));

        Assert.All(PersonalOnly, name => Assert.Contains(name, personal));
        Assert.All(PersonalOnly, name => Assert.DoesNotContain(name, member));
        Assert.All(OrganizationOnly, name => Assert.Contains(name, member));
        Assert.All(OrganizationOnly, name => Assert.DoesNotContain(name, personal));
        Assert.Equal(typeof(IPersonalWalletClient), typeof(IPersonalWorkspace).GetProperty(nameof(IPersonalWorkspace.Wallet))!.PropertyType);
        Assert.Equal(typeof(IMemberWalletClient), typeof(IOrganizationWorkspace).GetProperty(nameof(IOrganizationWorkspace.Wallet))!.PropertyType);
        // The common view (what Workspace(...) returns) has no wallet at all.
        Assert.Null(typeof(IWorkspace).GetProperty("Wallet"));
    }

    [Theory]
    [InlineData("billing/credits/checkout", """{"amountUsd":10}""")]
    [InlineData("billing/subscription/checkout", """{"tier":"pro","interval":"monthly"}""")]
    [InlineData("billing/portal", "{}")]
    public async Task The_server_refuses_personal_only_actions_in_an_organization_with_403(string path, string body)
    {
        var status = await RawPostAsync(path, body, Lab.Id);

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task The_server_refuses_a_credit_request_in_the_personal_workspace_with_403()
    {
        var status = await RawPostAsync("billing/credits/requests", """{"amount":10}""", organizationId: null);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Empty(await InOrg(Ada).Wallet.ListCreditRequestsAsync().ToListAsync());
    }

    private async Task<HttpStatusCode> RawPostAsync(string path, string json, string? organizationId)
    {
        using var http = new HttpClient { BaseAddress = Sandbox.BaseUrl };
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("X-API-KEY", Sandbox.Keys.Personal);
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        if (organizationId is not null) request.Headers.Add("X-Organization-Id", organizationId);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    private static HashSet<string> Methods(Type type) => type.GetMethods(BindingFlags.Public | BindingFlags.Instance).Select(m => m.Name).ToHashSet();
}
