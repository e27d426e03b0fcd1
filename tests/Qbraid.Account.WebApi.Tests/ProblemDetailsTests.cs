using System.Net.Http.Json;

namespace Qbraid.Account.WebApi.Tests;

/// <summary>qBraid's refusals, as the sandbox gives them, become problem details with the same status.</summary>
public sealed class ProblemDetailsTests(WebApiHost host) : IClassFixture<WebApiHost>
{
    [Fact]
    public async Task A_rejected_key_is_a_401_problem()
    {
        using var response = await host.Client(apiKey: "qbr_not_a_real_key").GetAsync("/me");

        var problem = await EndpointTests.Problem(response, HttpStatusCode.Unauthorized);
        Assert.Equal("qBraid rejected the API key.", problem.GetProperty("title").GetString());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("qbraidRequestId").GetString()));
    }

    [Fact]
    public async Task A_suspended_member_is_a_403_problem()
    {
        var edsger = host.Sandbox.Seed.User(SandboxSeed.Edsger).ApiKey;

        using var response = await host.Client(edsger).GetAsync($"/organizations/{host.Lab.Id}/members");

        var problem = await EndpointTests.Problem(response, HttpStatusCode.Forbidden);
        Assert.Contains("suspended", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_key_bound_to_an_organization_is_a_403_problem_in_the_personal_wallet()
    {
        using var response = await host.Client(host.Sandbox.Keys.Organization).GetAsync("/wallet");

        await EndpointTests.Problem(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_unknown_organization_is_a_404_problem()
    {
        using var response = await host.Client().GetAsync("/organizations/0123456789abcdef01234567/members");

        await EndpointTests.Problem(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_unknown_member_is_a_404_problem()
    {
        using var response = await host.Client().GetAsync($"/organizations/{host.Lab.Id}/members/0123456789abcdef01234567");

        await EndpointTests.Problem(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Inviting_an_existing_member_is_a_409_problem()
    {
        using var response = await host.Client().PostAsJsonAsync($"/organizations/{host.Lab.Id}/invitations", new { email = "grace@example.com" });

        await EndpointTests.Problem(response, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_429_from_qBraid_is_a_429_problem_with_its_Retry_After()
    {
        var client = host.Client();
        // Longer than the SDK waits out on its own (30 s), so it fails at once with the server's value.
        host.Sandbox.Faults.Next("GET", "/billing/credits/balance", count: 1, statusCode: 429, retryAfter: TimeSpan.FromSeconds(120));

        using var response = await client.GetAsync("/wallet");

        await EndpointTests.Problem(response, HttpStatusCode.TooManyRequests);
        Assert.Equal("120", Assert.Single(response.Headers.GetValues("Retry-After")));
    }

    [Fact]
    public async Task A_qBraid_outage_is_a_502_problem()
    {
        var client = host.Client();
        host.Sandbox.Faults.Next("GET", "/users/verify", count: 1, statusCode: 503);

        using var response = await client.GetAsync("/me");

        await EndpointTests.Problem(response, HttpStatusCode.BadGateway);
    }

    [Fact]
    public async Task A_malformed_organization_id_is_a_400_problem_without_calling_qBraid()
    {
        var client = host.Client();
        var before = host.Sandbox.Requests.Count;

        using var response = await client.GetAsync("/organizations/not-an-id/members");

        var problem = await EndpointTests.Problem(response, HttpStatusCode.BadRequest);
        Assert.Equal("organizationId", problem.GetProperty("parameter").GetString());
        Assert.Equal(before, host.Sandbox.Requests.Count);
    }
}
