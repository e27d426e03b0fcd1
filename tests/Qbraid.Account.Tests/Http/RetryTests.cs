using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Qbraid.Account.Http;
using Qbraid.Account.Tests.Infrastructure;
using Qbraid.Account.Tests.Reliability;
using Qbraid.Account.Workspaces;
using WireMock.ResponseBuilders;

namespace Qbraid.Account.Tests.Http;

/// <summary>
/// The retry policy over real HTTP, counting what the server saw. Mutations are sent through the
/// internal pipeline here so the policy is tested independently of any one client.
/// </summary>
public sealed class RetryTests : WireMockTestBase
{
    private const string OrgPath = "/organizations/" + OrgId;

    private void GivenSequence(string method, string apiPath, params (int Status, string Body, string? RetryAfter)[] answers)
    {
        for (var i = 0; i < answers.Length; i++)
        {
            var (status, body, retryAfter) = answers[i];
            var response = Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);
            if (retryAfter is not null) response = response.WithHeader("Retry-After", retryAfter);
            var request = Server.Given(Request(method, apiPath)).InScenario(apiPath);
            var step = i == 0 ? request : request.WhenStateIs("step" + i);
            step.WillSetStateTo("step" + (i + 1)).RespondWith(response);
        }
    }

    private WorkspaceContext PersonalContext(QbraidAccountClient client) => ((PersonalWorkspace)client.Personal).Context;

    private const string OrgJson = """{"success":true,"data":{"id":"507f1f77bcf86cd799439011","name":"Lab"}}""";
    private const string Checkout = """{"success":true,"data":{"checkoutUrl":"https://checkout.stripe.com/c/pay/cs_1","sessionId":"cs_1","credits":2500}}""";

    [Fact]
    public async Task A_get_answered_503_then_200_succeeds_after_two_requests()
    {
        GivenSequence("GET", OrgPath, (503, "{}", null), (200, OrgJson, null));

        var organization = await Client.Organization(OrgId).GetAsync();

        Assert.Equal("Lab", organization.Name);
        Assert.Equal(2, RequestsTo(OrgPath).Count);
    }

    [Theory]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task Transient_statuses_are_retried_for_a_get(int status)
    {
        GivenSequence("GET", OrgPath, (status, "{}", null), (200, OrgJson, null));

        await Client.Organization(OrgId).GetAsync();

        Assert.Equal(2, RequestsTo(OrgPath).Count);
    }

    [Fact]
    public async Task A_get_gives_up_after_max_retries_with_the_server_exception()
    {
        Given("GET", OrgPath, 503, """{"success":false,"message":"maintenance"}""");

        var ex = await Assert.ThrowsAsync<QbraidServerException>(() => Client.Organization(OrgId).GetAsync());

        Assert.Equal(503, ex.StatusCode);
        Assert.Equal(4, RequestsTo(OrgPath).Count); // 1 + MaxRetries (3)
    }

    [Fact]
    public async Task A_post_with_an_idempotency_key_retried_after_503_sends_the_same_key_twice()
    {
        GivenSequence("POST", "/billing/credits/checkout", (503, "{}", null), (200, Checkout, null));
        var request = ApiRequest.Post(Routes.CreditsCheckout).WithJson(25m, QbraidJsonContext.Default.Decimal).WithIdempotencyKey(null);

        var session = await PersonalContext(Client).SendAsync(request, QbraidJsonContext.Default.CheckoutSession, default);

        Assert.Equal("cs_1", session.SessionId);
        var requests = RequestsTo("/billing/credits/checkout");
        Assert.Equal(2, requests.Count);
        var first = Header(requests[0], "Idempotency-Key");
        Assert.True(Guid.TryParse(first, out _));
        Assert.Equal(first, Header(requests[1], "Idempotency-Key"));
        Assert.Equal(requests[0].RequestMessage!.Body, requests[1].RequestMessage!.Body);
    }

    [Fact]
    public async Task Two_calls_get_two_different_idempotency_keys_and_a_callers_key_is_used_as_is()
    {
        Given("POST", "/billing/credits/checkout", 200, Checkout);
        var context = PersonalContext(Client);

        await context.SendAsync(ApiRequest.Post(Routes.CreditsCheckout).WithIdempotencyKey(null), QbraidJsonContext.Default.CheckoutSession, default);
        await context.SendAsync(ApiRequest.Post(Routes.CreditsCheckout).WithIdempotencyKey(null), QbraidJsonContext.Default.CheckoutSession, default);
        await context.SendAsync(ApiRequest.Post(Routes.CreditsCheckout).WithIdempotencyKey("order-42"), QbraidJsonContext.Default.CheckoutSession, default);

        var keys = RequestsTo("/billing/credits/checkout").Select(e => Header(e, "Idempotency-Key")).ToList();
        Assert.NotEqual(keys[0], keys[1]);
        Assert.Equal("order-42", keys[2]);
    }

    [Fact]
    public async Task A_post_without_an_idempotency_key_is_not_retried()
    {
        Given("POST", "/organizations/" + OrgId + "/subscription/cancel", 503, "{}");
        var context = ((OrganizationWorkspace)Client.Organization(OrgId)).Context;

        await Assert.ThrowsAsync<QbraidServerException>(() =>
            context.SendAsync(ApiRequest.Post(Routes.OrgSubscriptionCancel, OrgId), QbraidJsonContext.Default.OrganizationDetails, default));

        Assert.Single(Requests);
    }

    [Fact]
    public async Task A_patch_is_not_retried()
    {
        Given("PATCH", "/users/me", 503, "{}");

        await Assert.ThrowsAsync<QbraidServerException>(() =>
            PersonalContext(Client).SendAsync(ApiRequest.Patch(Routes.Me).WithJson("x", QbraidJsonContext.Default.String), default));

        Assert.Single(Requests);
        Assert.Null(Header(Requests.Single(), "Idempotency-Key"));
    }

    [Fact]
    public async Task Put_and_delete_are_retried()
    {
        GivenSequence("DELETE", "/api-keys/" + MemberId, (502, "{}", null), (204, "", null));

        await PersonalContext(Client).SendAsync(ApiRequest.Delete(Routes.ApiKey, MemberId), default);

        Assert.Equal(2, RequestsTo("/api-keys/" + MemberId).Count);
    }

    [Fact]
    public async Task Retry_after_beyond_the_cap_fails_fast_with_the_wait()
    {
        Given("GET", OrgPath, 429, """{"success":false,"message":"slow down"}""", r => r.WithHeader("Retry-After", "3600"));

        var ex = await Assert.ThrowsAsync<QbraidRateLimitException>(() => Client.Organization(OrgId).GetAsync());

        Assert.Equal(TimeSpan.FromSeconds(3600), ex.RetryAfter);
        Assert.Single(Requests);
    }

    [Fact]
    public async Task Retry_after_within_the_cap_is_waited_on_the_time_provider()
    {
        GivenSequence("GET", OrgPath, (429, "{}", "2"), (200, OrgJson, null));
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddQbraidAccount(o =>
        {
            o.ApiKey = ApiKey;
            o.BaseUrl = BaseUrl;
            o.UseEnvironment = false;
        });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IQbraidAccountClient>();

        var call = client.Organization(OrgId).GetAsync();
        await WaitUntil(() => Server.LogEntries.Count() == 1);

        // Step fake time until the retry goes out; real time barely moves.
        var advanced = await AdvanceUntilAsync(time, TimeSpan.FromMilliseconds(100), () => Server.LogEntries.Count() >= 2);
        var organization = await call.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("Lab", organization.Name);
        // Waited Retry-After: 2, not the 1 ms back-off; slack above 2 s is a loaded machine's late timer.
        Assert.InRange(advanced, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(10));
        Assert.Equal(2, Requests.Count);
    }

    [Fact]
    public async Task The_callers_cancellation_cancels_the_wait_between_attempts()
    {
        Given("GET", OrgPath, 503, "{}", r => r.WithHeader("Retry-After", "20"));
        using var cts = new CancellationTokenSource();

        var call = Client.Organization(OrgId).GetAsync(cts.Token);
        await WaitUntil(() => Server.LogEntries.Count() == 1);
        cts.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Single(Requests);
    }

    [Fact]
    public async Task A_connection_that_fails_every_time_ends_in_a_transport_exception()
    {
        using var once = new RawHttpServer(_ => new RawReply.Close());
        using var retried = new RawHttpServer(_ => new RawReply.Close());
        using var noRetryClient = CreateClient(o => { o.BaseUrl = once.BaseUrl; o.Retry.MaxRetries = 0; });
        using var client = CreateClient(o => o.BaseUrl = retried.BaseUrl);

        await Assert.ThrowsAsync<QbraidTransportException>(() => noRetryClient.Organization(OrgId).GetAsync());
        var ex = await Assert.ThrowsAsync<QbraidTransportException>(() => client.Organization(OrgId).GetAsync());

        Assert.False(ex.IsTimeout);
        Assert.IsAssignableFrom<HttpRequestException>(ex.InnerException);
        // The connection handler may reconnect on its own within one attempt; the SDK adds 3 retries on top.
        Assert.Equal(4 * once.Connections, retried.Connections);
    }

    [Fact]
    public async Task An_attempt_slower_than_the_attempt_timeout_is_retried_then_reported_as_a_timeout()
    {
        Server.Given(Request("GET", OrgPath)).RespondWith(Response.Create().WithStatusCode(200).WithBody(OrgJson).WithDelay(TimeSpan.FromSeconds(2)));
        using var client = CreateClient(o =>
        {
            o.Retry.AttemptTimeout = TimeSpan.FromMilliseconds(200);
            o.Retry.MaxRetries = 1;
        });

        var ex = await Assert.ThrowsAsync<QbraidTransportException>(() => client.Organization(OrgId).GetAsync());

        Assert.True(ex.IsTimeout);
        await WaitUntil(() => RequestsTo(OrgPath).Count >= 2); // WireMock logs a request once its delayed answer is done
        Assert.Equal(2, RequestsTo(OrgPath).Count);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
            await Task.Delay(10);
        Assert.True(condition(), "condition not reached");
    }
}
