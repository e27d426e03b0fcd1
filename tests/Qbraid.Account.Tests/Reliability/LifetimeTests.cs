using System.Net.Http;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Qbraid.Account.Tests.Reliability;

/// <summary>
/// Disposal: a disposed client fails fast with ObjectDisposedException on every operation (and a
/// call in flight when it is disposed ends the same way); a client never disposes an HttpClient or
/// handler it didn't create.
/// </summary>
public sealed class LifetimeTests(ITestOutputHelper output)
{
    private const string Key = "qbr_lifetime_key_0001";

    private sealed class TrackingHandler : DelegatingHandler
    {
        public TrackingHandler()
            : base(new SocketsHttpHandler())
        {
        }

        public bool Disposed { get; private set; }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }

    private static RawHttpServer Server(TimeSpan? delay = null) => new(request =>
    {
        var ok = RawReply.Json(200, """{"success":true,"data":{"valid":true,"userId":"64b7f0c2a1d3e4f5a6b7c8d9","id":"x","name":"Lab"}}""");
        return delay is { } wait ? new RawReply.Delayed(wait, ok) : ok;
    });

    [Fact]
    public async Task A_disposed_client_fails_fast_on_every_operation_and_sends_nothing()
    {
        using var server = Server();
        var client = new QbraidAccountClient(new QbraidAccountOptions { ApiKey = Key, BaseUrl = server.BaseUrl, UseEnvironment = false });
        await client.VerifyAsync().WaitAsync(TimeSpan.FromSeconds(10)); // it worked before
        var before = server.Requests.Count;
        client.Dispose();
        client.Dispose(); // twice is harmless

        var operations = PublicSurface.Operations().Where(o => !o.IsViewFactory).ToList();
        var failures = new List<string>();
        foreach (var operation in operations)
        {
            try
            {
                await Arguments.Invoke(operation.Target.Resolve(client), operation.Method, Arguments.ValidArguments(operation.Method), TimeSpan.FromSeconds(5));
                failures.Add($"{operation.Name}: no exception");
            }
            catch (ObjectDisposedException)
            {
            }
            catch (Exception ex)
            {
                failures.Add($"{operation.Name}: {ex.GetType().Name}: {ex.Message}");
            }
        }
        Arguments.DeleteTempFiles();
        output.WriteLine($"{operations.Count} operations after Dispose: {operations.Count - failures.Count} threw ObjectDisposedException");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(before, server.Requests.Count);
        ReliabilityReport.Write("60", "lifetime",
            $"## Lifetime\n\nAfter `Dispose()` (twice: harmless), all {operations.Count} operations (both workspaces, found by reflection) throw `ObjectDisposedException` at once and the server sees nothing; "
            + "a call in flight when the client is disposed ends in `ObjectDisposedException` too (not a timeout). An injected `HttpClient` (behind a tracking handler) is never disposed "
            + "by the SDK and keeps working after the SDK client is disposed; under `AddQbraidAccount`, disposing the SDK client leaves HttpClientFactory's handlers usable.\n");
    }

    [Fact]
    public async Task A_call_in_flight_when_the_client_is_disposed_ends_in_ObjectDisposedException()
    {
        using var server = Server(TimeSpan.FromSeconds(3));
        var client = new QbraidAccountClient(new QbraidAccountOptions { ApiKey = Key, BaseUrl = server.BaseUrl, UseEnvironment = false });
        var call = client.VerifyAsync();
        for (var i = 0; i < 200 && server.Requests.Count == 0; i++) await Task.Delay(10);
        Assert.Single(server.Requests);

        client.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => call.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task An_injected_HttpClient_is_never_disposed_and_keeps_working()
    {
        using var server = Server();
        var tracking = new TrackingHandler();
        using var http = new HttpClient(tracking);
        var client = new QbraidAccountClient(http, new QbraidAccountOptions { ApiKey = Key, BaseUrl = server.BaseUrl, UseEnvironment = false });
        var user = await client.VerifyAsync().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("64b7f0c2a1d3e4f5a6b7c8d9", user.UserId);

        client.Dispose();

        Assert.False(tracking.Disposed);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => client.VerifyAsync());
        using var response = await http.GetAsync(new Uri(server.BaseUrl, "users/verify"));
        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal(2, server.Requests.Count);
        // The caller's own client got the key as a header (no SDK handler below it to add it).
        Assert.Equal(Key, server.Requests[0].Header("X-API-KEY"));
        Assert.Null(server.Requests[1].Header("X-API-KEY"));
    }

    [Fact]
    public async Task Disposing_the_DI_client_leaves_the_factorys_handlers_usable()
    {
        using var server = Server();
        var services = new ServiceCollection();
        services.AddQbraidAccount(o => { o.ApiKey = Key; o.BaseUrl = server.BaseUrl; o.UseEnvironment = false; });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<QbraidAccountClient>();
        await client.VerifyAsync().WaitAsync(TimeSpan.FromSeconds(10));

        client.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => client.VerifyAsync());
        using var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(QbraidAccountServiceCollectionExtensions.HttpClientName);
        using var response = await http.GetAsync(new Uri(server.BaseUrl, "users/verify"));
        Assert.True(response.IsSuccessStatusCode);
    }
}
