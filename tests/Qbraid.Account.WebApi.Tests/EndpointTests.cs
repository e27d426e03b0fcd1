using System.Net.Http.Json;

namespace Qbraid.Account.WebApi.Tests;

public sealed class EndpointTests(WebApiHost host) : IClassFixture<WebApiHost>
{
    [Fact]
    public async Task Me_shows_who_the_configured_key_belongs_to()
    {
        var me = await GetJson(host.Client(), "/me");

        Assert.Equal(host.Sandbox.Seed.User(SandboxSeed.Ada).Id, me.GetProperty("userId").GetString());
        Assert.Equal("ada", me.GetProperty("userName").GetString());
        Assert.Equal("ada@example.com", me.GetProperty("email").GetString());
    }

    [Fact]
    public async Task Workspaces_list_the_personal_workspace_then_the_organizations()
    {
        var workspaces = (await GetJson(host.Client(), "/workspaces")).EnumerateArray().ToList();

        Assert.Equal(2, workspaces.Count);
        Assert.Equal("personal", workspaces[0].GetProperty("kind").GetString());
        Assert.Equal("qBraid Default", workspaces[0].GetProperty("name").GetString());
        Assert.Equal("organization", workspaces[1].GetProperty("kind").GetString());
        Assert.Equal("Lovelace Quantum Lab", workspaces[1].GetProperty("name").GetString());
        Assert.Equal($"organization:{host.Lab.Id}", workspaces[1].GetProperty("id").GetString());
        Assert.Equal(["admin"], workspaces[1].GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Wallet_shows_the_personal_balance()
    {
        var wallet = await GetJson(host.Client(), "/wallet");

        Assert.Equal(2_350.50m, wallet.GetProperty("qbraidCredits").GetDecimal());
    }

    [Fact]
    public async Task Usage_asks_qBraid_for_the_requested_range()
    {
        var usage = await GetJson(host.Client(), "/usage?days=7");

        Assert.Equal(7, usage.GetProperty("days").GetInt32());
        Assert.True(usage.GetProperty("computeHoursQuota").GetDecimal() > 0);
        var request = host.Sandbox.Requests.Last(r => r.Path.EndsWith("/usage/summary", StringComparison.Ordinal));
        Assert.Equal("?days=7", request.Query);
    }

    [Fact]
    public async Task Usage_with_an_unsupported_range_is_a_400_problem_before_any_call()
    {
        var client = host.Client();
        var before = host.Sandbox.RequestCount("GET", "/usage/summary");

        using var response = await client.GetAsync("/usage?days=5");

        var problem = await Problem(response, HttpStatusCode.BadRequest);
        Assert.Equal("days", problem.GetProperty("parameter").GetString());
        Assert.Equal(before, host.Sandbox.RequestCount("GET", "/usage/summary"));
    }

    [Fact]
    public async Task Members_list_the_organization_s_members_across_pages()
    {
        var members = (await GetJson(host.Client(), $"/organizations/{host.Lab.Id}/members")).EnumerateArray().ToList();

        var emails = members.Select(m => m.GetProperty("email").GetString()).ToList();
        Assert.Contains("grace@example.com", emails);
        Assert.Contains("ada@example.com", emails);
        Assert.Equal("owner", members.Single(m => m.GetProperty("email").GetString() == "grace@example.com").GetProperty("role").GetString());
        Assert.True(members.Count >= 5);
    }

    [Fact]
    public async Task Members_filter_by_status_and_stop_at_the_limit()
    {
        var suspended = (await GetJson(host.Client(), $"/organizations/{host.Lab.Id}/members?status=suspended")).EnumerateArray().ToList();
        var two = (await GetJson(host.Client(), $"/organizations/{host.Lab.Id}/members?limit=2")).EnumerateArray().ToList();

        Assert.Equal(["edsger@example.com"], suspended.Select(m => m.GetProperty("email").GetString()));
        Assert.Equal(2, two.Count);
    }

    [Fact]
    public async Task A_member_is_read_by_id()
    {
        var alan = host.Lab.Member(SandboxSeed.Alan);

        var member = await GetJson(host.Client(), $"/organizations/{host.Lab.Id}/members/{alan.MemberId}");

        Assert.Equal(alan.MemberId, member.GetProperty("id").GetString());
        Assert.Equal("manager", member.GetProperty("role").GetString());
        Assert.True(member.GetProperty("hasSeat").GetBoolean());
    }

    [Fact]
    public async Task Inviting_creates_an_invitation_and_passes_the_callers_idempotency_key()
    {
        var client = host.Client();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/organizations/{host.Lab.Id}/invitations")
        {
            Content = JsonContent.Create(new { email = "marie@example.com", role = "manager", credits = 50 }),
        };
        request.Headers.Add("Idempotency-Key", "invite-marie-1");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var invitation = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("marie@example.com", invitation.GetProperty("email").GetString());
        Assert.Equal("manager", invitation.GetProperty("role").GetString());
        Assert.Equal($"/organizations/{host.Lab.Id}/invitations/{invitation.GetProperty("id").GetString()}", response.Headers.Location?.ToString());
        var sent = host.Sandbox.Requests.Single(r => r.Method == "POST" && r.Path.EndsWith("/invitations", StringComparison.Ordinal) && r.IdempotencyKey == "invite-marie-1");
        Assert.Equal(201, sent.StatusCode);
    }

    private static async Task<JsonElement> GetJson(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    internal static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }
}
