namespace Qbraid.Account.Testing.Tests.Conventions;

/// <summary>Every path of the contract is served (a wrong body may be refused, but the route exists).</summary>
public class RouteCoverageTests : SandboxTest
{
    public static TheoryData<string, string> ContractRoutes => new()
    {
        { "GET", "/users/verify" }, { "GET", "/users/context" },
        { "GET", "/users/me" }, { "PATCH", "/users/me" }, { "PUT", "/users/me/avatar" },
        { "GET", "/users/me/notifications" }, { "PATCH", "/users/me/notifications" },
        { "POST", "/users/me/deletion-request" }, { "DELETE", "/users/me/deletion-request" },
        { "POST", "/organizations/{org}/leave" },
        { "GET", "/api-keys" }, { "POST", "/api-keys" }, { "POST", "/api-keys/{key}/rotate" }, { "DELETE", "/api-keys/{key}" },
        { "GET", "/billing/credits/balance" }, { "GET", "/billing/credits/pricing" }, { "GET", "/billing/wallet" }, { "GET", "/billing/payments" },
        { "POST", "/billing/credits/checkout" }, { "GET", "/billing/subscription" }, { "POST", "/billing/subscription/checkout" },
        { "POST", "/billing/portal" }, { "POST", "/billing/credits/requests" }, { "GET", "/billing/credits/requests" },
        { "GET", "/usage/summary" }, { "GET", "/usage/credits" }, { "GET", "/usage/compute-hours" }, { "GET", "/usage/sessions" },
        { "PATCH", "/usage/settings" }, { "GET", "/ai/quota" },
        { "GET", "/organizations/{org}" }, { "GET", "/organizations/{org}/members" }, { "GET", "/organizations/{org}/members/{member}" },
        { "PATCH", "/organizations/{org}/members/{member}" }, { "POST", "/organizations/{org}/members/{member}/suspend" },
        { "POST", "/organizations/{org}/members/{member}/reactivate" }, { "DELETE", "/organizations/{org}/members/{member}" },
        { "POST", "/organizations/{org}/invitations" }, { "POST", "/organizations/{org}/invitations/bulk" },
        { "GET", "/organizations/{org}/invitations" }, { "DELETE", "/organizations/{org}/invitations/{invitation}" },
        { "GET", "/organizations/{org}/seats" }, { "POST", "/organizations/{org}/seats/assignments" },
        { "DELETE", "/organizations/{org}/seats/assignments/{member}" },
        { "GET", "/organizations/{org}/credits" }, { "POST", "/organizations/{org}/credits/checkout" },
        { "POST", "/organizations/{org}/credits/transfers" }, { "GET", "/organizations/{org}/credit-requests" },
        { "POST", "/organizations/{org}/credit-requests/{request}/approve" }, { "POST", "/organizations/{org}/credit-requests/{request}/deny" },
        { "GET", "/organizations/{org}/subscription" }, { "POST", "/organizations/{org}/subscription/checkout" },
        { "PATCH", "/organizations/{org}/subscription" }, { "POST", "/organizations/{org}/subscription/cancel" },
        { "GET", "/organizations/{org}/transactions" }, { "GET", "/organizations/{org}/settings" }, { "PATCH", "/organizations/{org}/settings" },
        { "PUT", "/organizations/{org}/settings/logo" },
        { "GET", "/users/me/invitations" }, { "POST", "/invitations/{invitation}/accept" }, { "POST", "/invitations/{invitation}/decline" },
        { "GET", "/organizations/{org}/invite-codes" }, { "POST", "/organizations/{org}/invite-codes" },
        { "DELETE", "/organizations/{org}/invite-codes/{code}" }, { "POST", "/organizations/join" },
    };

    [Theory]
    [MemberData(nameof(ContractRoutes))]
    public async Task The_route_is_served(string method, string template)
    {
        var path = template
            .Replace("{org}", Lab.Id)
            .Replace("{member}", Lab.Member("katherine").MemberId)
            .Replace("{invitation}", Lab.Invitations[0].Id)
            .Replace("{key}", Sandbox.Seed.User("ada").ApiKeyId)
            .Replace("{request}", "0123456789abcdef01234567")
            .Replace("{code}", "0123456789abcdef01234567");
        var client = template.StartsWith("/organizations/{org}", StringComparison.Ordinal) ? InOrg("ada") : Personal("ada");

        var reply = await client.Send(new HttpMethod(method), path, method is "GET" or "DELETE" ? null : ApiClient.Json(new { }));

        Assert.NotEqual(HttpStatusCode.MethodNotAllowed, reply.Status);
        Assert.DoesNotContain("No such endpoint", reply.Text);
        Assert.NotNull(reply.Header("X-Request-Id"));
        if (reply.Status != HttpStatusCode.NoContent) Assert.Equal((int)reply.Status < 400, reply.Body.GetProperty("success").GetBoolean());
    }
}
