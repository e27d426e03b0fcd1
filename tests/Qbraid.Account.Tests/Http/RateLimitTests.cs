using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Qbraid.Account.Tests.Infrastructure;

namespace Qbraid.Account.Tests.Http;

/// <summary>The opt-in client-side budget, driven by a fake clock.</summary>
public sealed class RateLimitTests : WireMockTestBase
{
    private async Task<(ServiceProvider Provider, FakeTimeProvider Time)> BuildAsync(int permits)
    {
        await Task.CompletedTask;
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddQbraidAccount(o =>
        {
            o.ApiKey = ApiKey;
            o.BaseUrl = BaseUrl;
            o.UseEnvironment = false;
            o.RateLimit.Enabled = true;
            o.RateLimit.PermitLimit = permits;
            o.RateLimit.Window = TimeSpan.FromMinutes(15);
            // The fake clock also drives the call's own timeouts: set them beyond anything a test
            // steps through, so moving the window along never times out a call already let through.
            o.Retry.AttemptTimeout = TimeSpan.FromDays(1);
            o.Retry.TotalTimeout = TimeSpan.FromDays(1);
        });
        return (services.BuildServiceProvider(), time);
    }

    [Fact]
    public async Task Calls_over_budget_wait_for_the_window_instead_of_reaching_the_server()
    {
        GivenData("GET", "/users/verify", """{"valid":true,"userId":"64b7f0c2a1d3e4f5a6b7c8d9"}""");
        var (provider, time) = await BuildAsync(permits: 3);
        await using var _ = provider;
        var client = provider.GetRequiredService<IQbraidAccountClient>();

        for (var i = 0; i < 3; i++) await client.VerifyAsync();
        var fourth = client.VerifyAsync();
        await Task.Delay(100);

        Assert.False(fourth.IsCompleted);
        Assert.Equal(3, Requests.Count);

        // The three permits were all taken at the start, so the fourth can only go once the whole
        // window has slid past them.
        var waited = await AdvanceUntilAsync(time, TimeSpan.FromMinutes(1), () => fourth.IsCompleted);
        await fourth;
        Assert.True(waited >= TimeSpan.FromMinutes(15), $"the fourth call went after {waited}");
        Assert.Equal(4, Requests.Count);
    }

    [Fact]
    public async Task A_queued_call_honours_cancellation_and_never_reaches_the_server()
    {
        GivenData("GET", "/users/verify", """{"valid":true,"userId":"64b7f0c2a1d3e4f5a6b7c8d9"}""");
        var (provider, _) = await BuildAsync(permits: 1);
        await using var __ = provider;
        var client = provider.GetRequiredService<IQbraidAccountClient>();
        await client.VerifyAsync();
        using var cts = new CancellationTokenSource();

        var queued = client.VerifyAsync(cts.Token);
        cts.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => queued.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Single(Requests);
    }

    [Fact]
    public async Task Each_api_key_has_its_own_budget()
    {
        GivenData("GET", "/organizations/" + OrgId, $$"""{"id":"{{OrgId}}","name":"Lab"}""");
        var (provider, _) = await BuildAsync(permits: 1);
        await using var __ = provider;
        var client = provider.GetRequiredService<IQbraidAccountClient>();

        await client.Organization(OrgId).GetAsync();
        await client.Organization(OrgId, "another-key").GetAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, Requests.Count);
    }
}
