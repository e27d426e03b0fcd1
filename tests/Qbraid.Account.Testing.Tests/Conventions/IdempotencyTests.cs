namespace Qbraid.Account.Testing.Tests.Conventions;

public class IdempotencyTests : SandboxTest
{
    private object Transfer => new { recipients = new[] { Lab.Member("katherine").MemberId }, amountPerMember = 100m, creditType = "org_allocated" };

    [Fact]
    public async Task A_transfer_posted_twice_with_the_same_key_moves_credits_once_and_replays_the_body()
    {
        var ada = InOrg("ada");
        var key = Guid.NewGuid().ToString();
        var pool = await PoolAsync();

        var first = await ada.Post(OrgPath("credits/transfers"), Transfer, key);
        var second = await ada.Post(OrgPath("credits/transfers"), Transfer, key);

        first.Expect(HttpStatusCode.Created);
        Assert.Equal(first.Status, second.Status);
        Assert.Equal(first.Text, second.Text);
        Assert.Equal("true", second.Header("Idempotent-Replayed"));
        Assert.Null(first.Header("Idempotent-Replayed"));
        Assert.Equal(pool - 100m, await PoolAsync());
        Assert.Equal(400m, (await MemberAsync(Lab.Member("katherine").MemberId)).Dec("credits"));
        Assert.Single(await TransactionsAsync($"?type=transfer&memberId={Lab.Member("katherine").MemberId}{SinceStart}"));
        Assert.Equal([false, true], Sandbox.Requests.Where(r => r.Method == "POST").Select(r => r.Replayed));
    }

    [Fact]
    public async Task Different_keys_move_credits_twice()
    {
        var ada = InOrg("ada");
        var pool = await PoolAsync();

        (await ada.Post(OrgPath("credits/transfers"), Transfer, Guid.NewGuid().ToString())).Expect(HttpStatusCode.Created);
        (await ada.Post(OrgPath("credits/transfers"), Transfer, Guid.NewGuid().ToString())).Expect(HttpStatusCode.Created);

        Assert.Equal(pool - 200m, await PoolAsync());
    }

    [Fact]
    public async Task Concurrent_requests_with_the_same_key_do_the_work_once()
    {
        var ada = InOrg("ada");
        var key = Guid.NewGuid().ToString();
        var pool = await PoolAsync();

        var replies = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => ada.Post(OrgPath("credits/transfers"), Transfer, key)));

        Assert.All(replies, r => Assert.Equal(replies[0].Text, r.Text));
        Assert.Equal(pool - 100m, await PoolAsync());
    }

    [Fact]
    public async Task The_same_key_on_another_path_is_a_different_request()
    {
        var ada = InOrg("ada");
        var key = Guid.NewGuid().ToString();

        var transfer = await ada.Post(OrgPath("credits/transfers"), Transfer, key);
        var request = await ada.Post("billing/credits/requests", new { amount = 10m }, key);

        transfer.Expect(HttpStatusCode.Created);
        request.Expect(HttpStatusCode.Created);
        Assert.Equal(10m, request.Data.Dec("amount"));
    }

    [Fact]
    public async Task Keys_are_per_user()
    {
        var key = Guid.NewGuid().ToString();

        var ada = await InOrg("ada").Post("billing/credits/requests", new { amount = 10m }, key);
        var alan = await InOrg("alan").Post("billing/credits/requests", new { amount = 20m }, key);

        Assert.NotEqual(ada.Data.Str("id"), alan.Data.Str("id"));
        Assert.Equal(20m, alan.Data.Dec("amount"));
    }

    [Fact]
    public async Task An_error_answer_is_replayed_too()
    {
        var ada = InOrg("ada");
        var key = Guid.NewGuid().ToString();
        var huge = new { recipients = new[] { Lab.Member("katherine").MemberId }, amountPerMember = 1_000_000m };

        var first = await ada.Post(OrgPath("credits/transfers"), huge, key);
        var second = await ada.Post(OrgPath("credits/transfers"), huge, key);

        first.Expect(HttpStatusCode.Conflict);
        Assert.Equal(first.Text, second.Text);
        Assert.Equal("true", second.Header("Idempotent-Replayed"));
    }

    [Fact]
    public async Task The_replay_window_is_24_hours()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var sandbox = await QbraidSandbox.StartAsync(new QbraidSandboxOptions { TimeProvider = clock });
        var lab = sandbox.Seed.Organization("lab");
        using var ada = new ApiClient(sandbox.BaseUrl, sandbox.Keys.Personal, lab.Id);
        var key = Guid.NewGuid().ToString();

        var first = await ada.Post("billing/credits/requests", new { amount = 10m }, key);
        clock.Advance(TimeSpan.FromHours(23));
        var replay = await ada.Post("billing/credits/requests", new { amount = 10m }, key);
        clock.Advance(TimeSpan.FromHours(2));
        var fresh = await ada.Post("billing/credits/requests", new { amount = 10m }, key);

        Assert.Equal(first.Data.Str("id"), replay.Data.Str("id"));
        Assert.NotEqual(first.Data.Str("id"), fresh.Data.Str("id"));
    }

    [Fact]
    public async Task Get_requests_ignore_the_header()
    {
        var ada = Personal("ada");
        var reply = await ada.Send(HttpMethod.Get, "users/me", idempotencyKey: "k");
        (await ada.Patch("users/me", new { firstName = "Augusta" })).Ok();
        var after = await ada.Send(HttpMethod.Get, "users/me", idempotencyKey: "k");

        Assert.Equal("Ada", reply.Data.Str("firstName"));
        Assert.Equal("Augusta", after.Data.Str("firstName"));
    }
}

/// <summary>A clock tests move by hand.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
