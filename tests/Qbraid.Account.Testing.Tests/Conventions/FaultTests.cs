using System.Diagnostics;

namespace Qbraid.Account.Testing.Tests.Conventions;

public class FaultTests : SandboxTest
{
    [Fact]
    public async Task The_next_N_matching_requests_get_the_status_then_service_resumes()
    {
        Sandbox.Faults.Next("GET", "/users/me", count: 2, statusCode: 503);
        var ada = Personal("ada");

        var first = await ada.Get("users/me");
        var second = await ada.Get("users/me");
        var third = await ada.Get("users/me");

        first.Expect(HttpStatusCode.ServiceUnavailable);
        second.Expect(HttpStatusCode.ServiceUnavailable);
        third.Ok();
        Assert.Equal(3, Sandbox.RequestCount("GET", "/users/me"));
        Assert.Equal(2, Sandbox.Requests.Count(r => r.Faulted));
        Assert.Equal(0, Sandbox.Faults.Remaining);
    }

    [Fact]
    public async Task A_429_carries_Retry_After_and_the_rate_limit_headers()
    {
        Sandbox.Faults.Next("GET", "/billing/wallet", count: 1, statusCode: 429, retryAfter: TimeSpan.FromSeconds(2.5));

        var reply = await Personal("ada").Get("billing/wallet");

        reply.Expect(HttpStatusCode.TooManyRequests);
        Assert.Equal("3", reply.Header("Retry-After"));
        Assert.Equal("1000", reply.Header("X-RateLimit-Limit"));
        Assert.Equal("0", reply.Header("X-RateLimit-Remaining"));
        Assert.NotNull(reply.Header("X-RateLimit-Reset"));
        Assert.NotNull(reply.Header("X-Request-Id"));
    }

    [Fact]
    public async Task A_template_matches_any_id_and_the_method_must_match()
    {
        Sandbox.Faults.Next("POST", "/organizations/{orgId}/credits/transfers", count: 1, statusCode: 500);
        var ada = InOrg("ada");

        (await ada.Get(OrgPath("credits"))).Ok();
        (await ada.Post(OrgPath("credits/transfers"), new { all = true, amountPerMember = 1m })).Expect(HttpStatusCode.InternalServerError);
        (await ada.Post(OrgPath("credits/transfers"), new { all = true, amountPerMember = 1m })).Expect(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_faulted_transfer_moves_nothing_and_its_retry_with_the_same_key_moves_once()
    {
        Sandbox.Faults.Next("POST", "/api/v1/organizations/*/credits/transfers", count: 1, statusCode: 503);
        var ada = InOrg("ada");
        var key = Guid.NewGuid().ToString();
        var body = new { recipients = new[] { Lab.Member("alan").MemberId }, amountPerMember = 50m };
        var pool = await PoolAsync();

        (await ada.Post(OrgPath("credits/transfers"), body, key)).Expect(HttpStatusCode.ServiceUnavailable);
        Assert.Equal(pool, await PoolAsync());
        (await ada.Post(OrgPath("credits/transfers"), body, key)).Expect(HttpStatusCode.Created);
        (await ada.Post(OrgPath("credits/transfers"), body, key)).Expect(HttpStatusCode.Created);

        Assert.Equal(pool - 50m, await PoolAsync());
        Assert.Equal(3, Sandbox.RequestCount("POST", "/organizations/{orgId}/credits/transfers"));
    }

    [Fact]
    public async Task A_delay_only_fault_answers_normally_after_waiting()
    {
        Sandbox.Faults.Delay("*", "/users/me", count: 1, delay: TimeSpan.FromMilliseconds(300));
        var watch = Stopwatch.StartNew();

        (await Personal("ada").Get("users/me")).Ok();

        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(250), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task Faults_come_before_authentication()
    {
        Sandbox.Faults.Next("*", "/users/me", count: 1, statusCode: 502);

        (await Client(null).Get("users/me")).Expect(HttpStatusCode.BadGateway);
    }

    [Fact]
    public async Task Clear_drops_pending_faults()
    {
        Sandbox.Faults.Next("*", "/users/me", count: 5, statusCode: 503);
        Assert.Equal(5, Sandbox.Faults.Remaining);

        Sandbox.Faults.Clear();

        (await Personal("ada").Get("users/me")).Ok();
    }

    [Fact]
    public void Bad_fault_arguments_throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Sandbox.Faults.Next("GET", "/users/me", count: 0, statusCode: 503));
        Assert.Throws<ArgumentOutOfRangeException>(() => Sandbox.Faults.Next("GET", "/users/me", count: 1, statusCode: 200));
        Assert.Throws<ArgumentException>(() => Sandbox.Faults.Next("GET", " ", count: 1, statusCode: 503));
    }

    [Fact]
    public async Task Request_counts_and_the_log_record_method_path_and_headers()
    {
        var ada = InOrg("ada");
        await ada.Get(OrgPath("members?limit=2"));
        await ada.Post("billing/credits/requests", new { amount = 5m }, "key-1");

        Assert.Equal(1, Sandbox.RequestCount("GET", $"/organizations/{Lab.Id}/members"));
        Assert.Equal(1, Sandbox.RequestCount("get", "organizations/{id}/members"));
        Assert.Equal(0, Sandbox.RequestCount("POST", "organizations/{id}/members"));
        Assert.Equal(2, Sandbox.RequestCount("*", "*/*/*"));
        var post = Sandbox.Requests[^1];
        Assert.Equal("POST", post.Method);
        Assert.Equal("/billing/credits/requests", post.Path);
        Assert.Equal("key-1", post.IdempotencyKey);
        Assert.Equal(Lab.Id, post.OrganizationId);
        Assert.Equal(201, post.StatusCode);
        Assert.Equal("?limit=2", Sandbox.Requests[0].Query);

        Sandbox.ClearRequests();
        Assert.Empty(Sandbox.Requests);
    }
}
