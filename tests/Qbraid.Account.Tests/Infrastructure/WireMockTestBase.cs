using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Qbraid.Account.Tests.Infrastructure;

/// <summary>
/// A WireMock server on 127.0.0.1 (free port) per test class instance, and a client pointed at it
/// with millisecond back-off so retry tests stay fast. xunit creates one instance per test.
/// </summary>
public abstract class WireMockTestBase : IDisposable
{
    public const string ApiKey = "qbr_test_key_0123456789abcdef";
    public const string OrgId = "507f1f77bcf86cd799439011";
    public const string OtherOrgId = "65a1b2c3d4e5f60718293a4b";
    public const string MemberId = "64b7f0c2a1d3e4f5a6b7c8d9";

    protected WireMockTestBase()
    {
        Server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"], StartAdminInterface = false });
        Client = CreateClient();
    }

    protected WireMockServer Server { get; }

    protected QbraidAccountClient Client { get; }

    protected IPersonalWorkspace Personal => Client.Personal;

    protected IOrganizationWorkspace Org => Client.Organization(OrgId);

    protected Uri BaseUrl => new(Server.Url! + "/api/v1/");

    protected QbraidAccountClient CreateClient(Action<QbraidAccountOptions>? configure = null, ILoggerFactory? loggerFactory = null)
    {
        var options = NewOptions();
        configure?.Invoke(options);
        return new QbraidAccountClient(options, loggerFactory);
    }

    protected QbraidAccountOptions NewOptions() => new()
    {
        ApiKey = ApiKey,
        BaseUrl = BaseUrl,
        UseEnvironment = false,
        Retry = new QbraidRetryOptions { MaxRetries = 3, BaseDelay = TimeSpan.FromMilliseconds(1), AttemptTimeout = TimeSpan.FromSeconds(10) },
    };

    /// <summary>The server path for an API path, e.g. <c>/users/me</c> → <c>/api/v1/users/me</c>.</summary>
    protected static string P(string apiPath) => "/api/v1" + apiPath;

    /// <summary>Wraps a payload in the documented success envelope.</summary>
    protected static string Envelope(string dataJson, string? paginationJson = null)
        => paginationJson is null
            ? $$"""{"success":true,"data":{{dataJson}}}"""
            : $$"""{"success":true,"data":{{dataJson}},"pagination":{{paginationJson}}}""";

    protected IRequestBuilder Request(string method, string apiPath)
        => WireMock.RequestBuilders.Request.Create().WithPath(P(apiPath)).UsingMethod(method);

    /// <summary>Answers <paramref name="method"/> <paramref name="apiPath"/> with a JSON body.</summary>
    protected void Given(string method, string apiPath, int status, string? body, Action<IResponseBuilder>? customize = null)
    {
        var response = Response.Create().WithStatusCode(status);
        if (body is not null) response = response.WithHeader("Content-Type", "application/json").WithBody(body);
        customize?.Invoke(response);
        Server.Given(Request(method, apiPath)).RespondWith(response);
    }

    protected void GivenData(string method, string apiPath, string dataJson, int status = 200)
        => Given(method, apiPath, status, Envelope(dataJson));

    /// <summary>
    /// Steps <paramref name="time"/> by <paramref name="step"/> until <paramref name="done"/> holds
    /// (or 30 s of real time pass) and returns how far the fake clock moved. Stepping until done,
    /// rather than a fixed number of steps, keeps a loaded machine from racing the code under
    /// test: a timer registered late is still reached.
    /// </summary>
    protected static async Task<TimeSpan> AdvanceUntilAsync(FakeTimeProvider time, TimeSpan step, Func<bool> done)
    {
        var start = time.GetUtcNow();
        var wall = System.Diagnostics.Stopwatch.StartNew();
        while (!done() && wall.Elapsed < TimeSpan.FromSeconds(30))
        {
            time.Advance(step);
            await Task.Delay(20);
        }
        Assert.True(done(), $"not done after moving the fake clock {time.GetUtcNow() - start}");
        return time.GetUtcNow() - start;
    }

    /// <summary>
    /// What the server logged, once the log has stopped growing: WireMock records a request only
    /// after its response is sent, so the client can see the answer a moment before the log does.
    /// </summary>
    protected IReadOnlyList<ILogEntry> Requests
    {
        get
        {
            var entries = Server.LogEntries.ToList();
            for (var i = 0; i < 100; i++)
            {
                Thread.Sleep(15);
                var again = Server.LogEntries.ToList();
                if (again.Count == entries.Count) return again;
                entries = again;
            }
            return entries;
        }
    }

    /// <summary>Every request the server saw for one API path (any method), in order.</summary>
    protected IReadOnlyList<ILogEntry> RequestsTo(string apiPath)
        => Requests.Where(e => e.RequestMessage!.AbsolutePath == P(apiPath)).ToList();

    protected ILogEntry SingleRequest()
    {
        var entries = Requests;
        Assert.Single(entries);
        return entries[0];
    }

    protected static string? Header(ILogEntry entry, string name)
        => entry.RequestMessage!.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    protected static JsonElement Body(ILogEntry entry)
    {
        Assert.False(string.IsNullOrEmpty(entry.RequestMessage!.Body), "the request had no body");
        return JsonDocument.Parse(entry.RequestMessage!.Body!).RootElement.Clone();
    }

    /// <summary>The standard assertions for any request: the key, and the workspace header exactly when in an organization.</summary>
    protected static void AssertWorkspaceHeaders(ILogEntry entry, string? organizationId)
    {
        Assert.Equal(ApiKey, Header(entry, "X-API-KEY"));
        Assert.Equal(organizationId, Header(entry, "X-Organization-Id"));
        Assert.StartsWith("Qbraid.Account/", Header(entry, "User-Agent"));
    }

    protected static string? Query(ILogEntry entry, string name)
        => entry.RequestMessage!.Query is { } q && q.TryGetValue(name, out var values) ? values.FirstOrDefault() : null;

    public virtual void Dispose()
    {
        Client.Dispose();
        Server.Stop();
        Server.Dispose();
        GC.SuppressFinalize(this);
    }
}
