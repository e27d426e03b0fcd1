using Qbraid.Account.Organizations.Credits;
using Qbraid.Account.Organizations.Settings;
using Qbraid.Account.Organizations.Transactions;

namespace Qbraid.Account.ScenarioTests.Flows;

/// <summary>Retries end to end: faults injected by the sandbox, the SDK's one resilience layer, and no credit moved twice.</summary>
public class RetryTests : ScenarioTest
{
    private const string TransfersPath = "/organizations/{orgId}/credits/transfers";

    private string KatherineId => Lab.Member(Katherine).MemberId;

    [Fact]
    public async Task A_503_on_a_transfer_is_retried_with_the_same_idempotency_key_and_moves_the_credits_once()
    {
        Sandbox.Faults.Next("POST", TransfersPath, count: 1, statusCode: 503);

        var transfer = await InOrg(Ada).Credits.TransferAsync(TransferCreditsRequest.ToMembers([KatherineId], 100m));

        Assert.Equal(100m, transfer.Total);
        var attempts = Sandbox.Requests.Where(r => r.Method == "POST" && r.Path.EndsWith("/credits/transfers", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, attempts.Count);
        Assert.True(attempts[0].Faulted);
        Assert.Equal(503, attempts[0].StatusCode);
        Assert.False(attempts[1].Faulted);
        Assert.Equal(201, attempts[1].StatusCode);
        Assert.True(Guid.TryParse(attempts[0].IdempotencyKey, out _));
        Assert.Equal(attempts[0].IdempotencyKey, attempts[1].IdempotencyKey);

        Assert.Equal(12_400m, await PoolAsync());
        Assert.Equal(400m, (await MemberAsync(KatherineId)).Credits);
        Assert.Single(await NewTransactionsAsync(TransactionType.Transfer));
    }

    [Fact]
    public async Task Repeating_a_call_with_the_callers_idempotency_key_replays_it_without_moving_credits_again()
    {
        var key = Guid.NewGuid().ToString();

        var first = await InOrg(Ada).Credits.TransferAsync(TransferCreditsRequest.ToMembers([KatherineId], 100m), idempotencyKey: key);
        var second = await InOrg(Ada).Credits.TransferAsync(TransferCreditsRequest.ToMembers([KatherineId], 100m), idempotencyKey: key);

        Assert.Equal(first.Id, second.Id); // the first response, replayed
        Assert.Equal(first.CreatedAt, second.CreatedAt);
        var attempts = Sandbox.Requests.Where(r => r.Path.EndsWith("/credits/transfers", StringComparison.Ordinal)).ToList();
        Assert.All(attempts, a => Assert.Equal(key, a.IdempotencyKey));
        Assert.Equal([false, true], attempts.Select(a => a.Replayed));
        Assert.Equal(12_400m, await PoolAsync());
        Assert.Equal(400m, (await MemberAsync(KatherineId)).Credits);
    }

    [Fact]
    public async Task Two_calls_without_a_key_get_two_keys_and_both_move_credits()
    {
        await InOrg(Ada).Credits.TransferAsync(TransferCreditsRequest.ToMembers([KatherineId], 10m));
        await InOrg(Ada).Credits.TransferAsync(TransferCreditsRequest.ToMembers([KatherineId], 10m));

        var keys = Sandbox.Requests.Where(r => r.Path.EndsWith("/credits/transfers", StringComparison.Ordinal)).Select(r => r.IdempotencyKey).ToList();
        Assert.Equal(2, keys.Distinct().Count());
        Assert.Equal(320m, (await MemberAsync(KatherineId)).Credits);
    }

    [Fact]
    public async Task A_429_with_retry_after_on_a_get_is_waited_out_and_succeeds()
    {
        // The one real wait in this project: Retry-After: 1 second, under the default 30-second cap.
        var client = World.NewClient(Sandbox.Seed.User(Ada).ApiKey, _ => { });
        Assert.Equal(TimeSpan.FromSeconds(30), new QbraidAccountOptions().Retry.MaxRetryAfter);
        Sandbox.Faults.Next("GET", "/organizations/{orgId}/credits", count: 1, statusCode: 429, retryAfter: TimeSpan.FromSeconds(1));

        var balance = await client.Organization(Lab.Id).Credits.GetBalanceAsync();

        Assert.Equal(12_500m, balance.Balance);
        var attempts = Sandbox.Requests.Where(r => r.Method == "GET" && r.Path.EndsWith("/credits", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, attempts.Count);
        Assert.Equal([429, 200], attempts.Select(a => a.StatusCode));
        // A lower bound only (slowness can't break it): the client waited as told before trying again.
        Assert.True(attempts[1].Time - attempts[0].Time >= TimeSpan.FromMilliseconds(900), $"retried after {(attempts[1].Time - attempts[0].Time).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task A_retry_after_beyond_the_cap_fails_fast_with_the_wait_to_honour()
    {
        Sandbox.Faults.Next("GET", "/organizations/{orgId}/credits", count: 1, statusCode: 429, retryAfter: TimeSpan.FromMinutes(2));

        var ex = await Assert.ThrowsAsync<QbraidRateLimitException>(() => InOrg(Ada).Credits.GetBalanceAsync());

        Assert.Equal(TimeSpan.FromMinutes(2), ex.RetryAfter);
        Assert.Equal(1000, ex.Limit);
        Assert.Equal(0, ex.Remaining);
        Assert.Equal(1, Requests("GET", "/organizations/{orgId}/credits"));
    }

    [Fact]
    public async Task A_patch_without_an_idempotency_key_is_not_retried()
    {
        Sandbox.Faults.Next("PATCH", "/organizations/{orgId}/settings", count: 1, statusCode: 503);

        var ex = await Assert.ThrowsAsync<QbraidServerException>(
            () => InOrg(Ada).Settings.UpdateAsync(new UpdateOrganizationSettingsRequest { Description = "Changed" }));

        Assert.Equal(503, ex.StatusCode);
        Assert.Equal(1, Requests("PATCH", "/organizations/{orgId}/settings"));
        Assert.Equal("Quantum algorithms research group.", (await InOrg(Ada).Settings.GetAsync()).Description);
    }

    [Fact]
    public async Task Persistent_503s_give_up_after_the_configured_retries()
    {
        Sandbox.Faults.Next("POST", TransfersPath, count: 10, statusCode: 503);

        await Assert.ThrowsAsync<QbraidServerException>(() => InOrg(Ada).Credits.TransferAsync(TransferCreditsRequest.ToMembers([KatherineId], 5m)));

        Assert.Equal(1 + new QbraidRetryOptions().MaxRetries, Requests("POST", TransfersPath));
        Assert.Single(Sandbox.Requests.Where(r => r.Path.EndsWith("/credits/transfers", StringComparison.Ordinal)).Select(r => r.IdempotencyKey).Distinct());
        Assert.Equal(12_500m, await PoolAsync());
    }
}
