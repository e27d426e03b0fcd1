using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Reflection;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Qbraid.Account.ApiKeys;
using Qbraid.Account.Credentials;
using Qbraid.Account.Http;
using Qbraid.Account.Tests.Infrastructure;
using Qbraid.Account.Workspaces;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using Xunit.Abstractions;

namespace Qbraid.Account.Tests.Reliability;

/// <summary>
/// A canary API key (and a second one for an organization's own key) through every public
/// operation, under every kind of answer, with logging at Trace (the SDK's logger and
/// HttpClientFactory's own HTTP logging added back by the host), activities and metrics recorded:
/// the canaries must appear nowhere a caller or an operator can see.
/// </summary>
[Collection(TelemetrySensitive.Name)]
public sealed class SecretTests(ITestOutputHelper output)
{
    private const string Canary = "qbr_CANARY_5f3c9e1d7a2b4c6e8f0a1b2c3d4e5f60";
    private const string OrgCanary = "qbr_ORGCANARY_9e8d7c6b5a4f3e2d1c0b";
    private static readonly string[] Canaries = [Canary, OrgCanary];

    /// <summary>What the fake server answers; every failure echoes the key it received, as a careless server might.</summary>
    public enum Answer { Success, Unauthorized, OtherClientError, ServerErrorHtml, RateLimitedBeyondCap, SuccessFalse, Garbage, ValidationErrors, RedirectElsewhere }

    private sealed class Recorder : IDisposable
    {
        private readonly ActivityListener _activities;
        private readonly MeterListener _meters = new();

        public Recorder()
        {
            _activities = new ActivityListener
            {
                // The sources that could carry a key: the SDK's own and HttpClient's.
                ShouldListenTo = source => source.Name is "Qbraid.Account" || source.Name.StartsWith("System.Net.Http", StringComparison.Ordinal),
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = activity =>
                {
                    Texts.Add(activity.DisplayName + " " + activity.OperationName + " " + activity.StatusDescription);
                    foreach (var tag in activity.TagObjects) Texts.Add($"{tag.Key}={tag.Value}");
                    foreach (var e in activity.Events)
                    {
                        Texts.Add(e.Name);
                        foreach (var tag in e.Tags) Texts.Add($"{tag.Key}={tag.Value}");
                    }
                    foreach (var baggage in activity.Baggage) Texts.Add($"{baggage.Key}={baggage.Value}");
                },
            };
            ActivitySource.AddActivityListener(_activities);
            _meters.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name is "Qbraid.Account" || instrument.Meter.Name.StartsWith("System.Net", StringComparison.Ordinal))
                    listener.EnableMeasurementEvents(instrument);
            };
            _meters.SetMeasurementEventCallback<double>((_, _, tags, _) => Record(tags));
            _meters.SetMeasurementEventCallback<long>((_, _, tags, _) => Record(tags));
            _meters.SetMeasurementEventCallback<int>((_, _, tags, _) => Record(tags));
            _meters.Start();
        }

        public ConcurrentBag<string> Texts { get; } = [];

        private void Record(ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            foreach (var tag in tags) Texts.Add($"{tag.Key}={tag.Value}");
        }

        public void Dispose()
        {
            _activities.Dispose();
            _meters.Dispose();
        }
    }

    [Fact]
    public async Task The_canary_key_appears_in_no_log_exception_text_activity_metric_or_url_across_every_operation_and_answer()
    {
        using var recorder = new Recorder();
        var evilHits = 0;
        using var evil = new RawHttpServer(_ => { Interlocked.Increment(ref evilHits); return RawReply.Json(200, """{"success":true,"data":{}}"""); });
        var answer = Answer.Success;
        var clientError = 403; // rotates through 403, 404, 409 and 410 from one operation to the next
        string successBody = "{}";
        var seenKeys = new ConcurrentBag<string?>();
        var seenUrls = new ConcurrentBag<string>();
        using var server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"], StartAdminInterface = false });
        server.Given(WireMock.RequestBuilders.Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithCallback(request =>
        {
            var raw = FaultMatrixTests.FromWireMock(request);
            var key = raw.Header("X-API-KEY") ?? "";
            seenKeys.Add(key);
            seenUrls.Add(raw.Target);
            var rid = ("X-Request-Id", "req-secret-1");
            return FaultMatrixTests.ToWireMock(answer switch
            {
                Answer.Success => RawReply.Json(200, successBody, rid),
                Answer.Unauthorized => RawReply.Json(401, $$$"""{"success":false,"message":"API key {{{key}}} is not valid","error":{"code":"{{{key}}}","message":"bad key {{{key}}}"}}""", rid),
                Answer.OtherClientError => RawReply.Json(clientError, $$$"""{"success":false,"message":"not for key {{{key}}}","error":{"code":"E_{{{key}}}"}}""", rid),
                Answer.ServerErrorHtml => RawReply.Text(500, "text/html", $"<html><body>Internal error handling key {key}</body></html>", rid),
                Answer.RateLimitedBeyondCap => RawReply.Json(429, $$"""{"success":false,"message":"key {{key}} is over its budget"}""", rid, ("Retry-After", "3600"), ("X-RateLimit-Limit", "1000")),
                Answer.SuccessFalse => RawReply.Json(200, $$"""{"success":false,"message":"refused for {{key}}","error":"{{key}}"}""", rid),
                Answer.Garbage => RawReply.Text(200, "application/json", $"not json at all; your key is {key}", rid),
                Answer.ValidationErrors => RawReply.Json(422, $$$"""{"success":false,"errors":{"{{{key}}}":["{{{key}}} is wrong"],"apiKey":["value {{{key}}} rejected"]}}""", rid),
                _ => RawReply.Text(302, "text/plain", "moved", rid, ("Location", $"http://localhost:{evil.Port}/api/v1/stolen")),
            });
        }));

        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddFakeLogging());
        services.AddQbraidAccount(o =>
        {
            o.ApiKey = Canary;
            o.BaseUrl = new Uri(server.Url + "/api/v1/");
            o.UseEnvironment = false;
            o.Retry.MaxRetries = 1;
            o.Retry.BaseDelay = TimeSpan.FromMilliseconds(1);
        })
        // A host that wants HttpClientFactory's request logging back: its header redaction must hold.
        .AddDefaultLogger();
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IQbraidAccountClient>();

        var texts = new List<(string Where, string Text)>();
        var calls = 0;
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        var operations = PublicSurface.Operations(orgApiKey: OrgCanary).Where(o => !o.IsViewFactory).ToList();
        int[] clientErrors = [403, 404, 409, 410];
        foreach (var (operation, index) in operations.Select((o, i) => (o, i)))
        {
            clientError = clientErrors[index % clientErrors.Length];
            foreach (var kind in Enum.GetValues<Answer>())
            {
                answer = kind;
                successBody = SuccessBody(operation.Method.ReturnType);
                calls++;
                var target = operation.Target.Resolve(client);
                texts.Add(($"{operation.Name} target", Describe(target)));
                string outcome;
                try
                {
                    var value = await Arguments.Invoke(target, operation.Method, Arguments.ValidArguments(operation.Method), TimeSpan.FromSeconds(15));
                    outcome = "value";
                    texts.Add(($"{operation.Name} value", Describe(value)));
                }
                catch (Exception ex)
                {
                    outcome = ex.GetType().Name;
                    texts.Add(($"{operation.Name} under {kind}: exception", ExceptionText(ex)));
                    if (ex is not QbraidException) texts.Add(($"{operation.Name} under {kind}", $"a raw {ex.GetType().Name} escaped"));
                }
                outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
            }
        }

        Arguments.DeleteTempFiles();
        var logs = provider.GetRequiredService<FakeLogCollector>().GetSnapshot();
        foreach (var log in logs)
        {
            texts.Add(($"log {log.Category}", log.Message));
            texts.Add(($"log {log.Category} state", string.Join(";", log.StructuredState?.Select(s => $"{s.Key}={s.Value}") ?? [])));
            texts.Add(($"log {log.Category} scopes", string.Join(";", log.Scopes.Select(s => s?.ToString()))));
            if (log.Exception is not null) texts.Add(($"log {log.Category} exception", ExceptionText(log.Exception)));
        }
        texts.AddRange(recorder.Texts.Select(t => ("activity or metric", t)));
        texts.AddRange(seenUrls.Select(u => ("request URL", u)));

        var leaks = texts.Where(t => Canaries.Any(c => t.Text.Contains(c, StringComparison.Ordinal)) || t.Text.StartsWith("a raw ", StringComparison.Ordinal)).ToList();
        output.WriteLine($"{operations.Count} operations x {Enum.GetValues<Answer>().Length} answers = {calls} calls; {logs.Count} log records, {recorder.Texts.Count} activity/metric texts, {texts.Count} texts checked; outcomes: {string.Join(", ", outcomes.Select(o => $"{o.Key} {o.Value}"))}");
        foreach (var leak in leaks.Take(20)) output.WriteLine($"LEAK in {leak.Where}: {leak.Text[..Math.Min(400, leak.Text.Length)]}");

        // The checks could fail: the server really got both canaries, and logging really ran.
        Assert.Contains(Canary, seenKeys);
        Assert.Contains(OrgCanary, seenKeys);
        Assert.Contains(logs, l => l.Category == "Qbraid.Account");
        Assert.Contains(logs, l => l.Category?.StartsWith("System.Net.Http.HttpClient", StringComparison.Ordinal) == true && l.Level == LogLevel.Trace);
        Assert.Equal(0, Volatile.Read(ref evilHits));
        Assert.True(leaks.Count == 0, $"{leaks.Count} leaks, first: {leaks.FirstOrDefault().Where}: {leaks.FirstOrDefault().Text}");

        ReliabilityReport.Write("30", "secrets", ReportText(operations.Count, calls, logs.Count, recorder.Texts.Count, texts.Count, outcomes));
    }

    [Fact]
    public async Task A_redirect_to_another_host_is_not_followed_and_the_other_host_sees_nothing()
    {
        var evilHits = 0;
        using var evil = new RawHttpServer(_ => { Interlocked.Increment(ref evilHits); return RawReply.Json(200, """{"success":true,"data":{"id":"x","name":"stolen"}}"""); });
        foreach (var status in new[] { 301, 302, 303, 307, 308 })
        {
            using var origin = new RawHttpServer(_ => new RawReply.Respond(status, [], [new("Location", $"http://localhost:{evil.Port}/api/v1/organizations/{PublicSurface.OrgId}"), new("X-Request-Id", "req-redirect")]));
            // Both ways of building a client: the SDK's own handler and the DI one.
            using var direct = new QbraidAccountClient(new QbraidAccountOptions { ApiKey = Canary, BaseUrl = origin.BaseUrl, UseEnvironment = false });
            var services = new ServiceCollection();
            services.AddQbraidAccount(o => { o.ApiKey = Canary; o.BaseUrl = origin.BaseUrl; o.UseEnvironment = false; });
            await using var provider = services.BuildServiceProvider();
            foreach (var client in new IQbraidAccountClient[] { direct, provider.GetRequiredService<IQbraidAccountClient>() })
            {
                var ex = await Assert.ThrowsAsync<QbraidApiException>(() => client.Organization(PublicSurface.OrgId).GetAsync().WaitAsync(TimeSpan.FromSeconds(10)));
                Assert.Equal(status, ex.StatusCode);
                Assert.Equal("req-redirect", ex.RequestId);
                Assert.DoesNotContain(Canary, ExceptionText(ex), StringComparison.Ordinal);
                var post = await Assert.ThrowsAsync<QbraidApiException>(() => client.Organization(PublicSurface.OrgId).Credits.TransferAsync(
                    Qbraid.Account.Organizations.Credits.TransferCreditsRequest.ToAllMembers(5m)).WaitAsync(TimeSpan.FromSeconds(10)));
                Assert.Equal(status, post.StatusCode);
            }
            Assert.Equal(4, origin.Requests.Count);
        }
        Assert.Equal(0, Volatile.Read(ref evilHits));
        ReliabilityReport.Write("31", "redirects", "Redirects: 301, 302, 303, 307 and 308 to another host, for a GET and a keyed POST, through `new QbraidAccountClient(options)` and through `AddQbraidAccount`: never followed (the connection handler has `AllowAutoRedirect = false`); each call ends in `QbraidApiException` with the 3xx status and the request id; the other host saw **0** requests, so the key never left for it.\n");
    }

    [Fact]
    public void Options_credentials_workspaces_requests_and_exceptions_show_no_key_in_ToString_or_debugger_display()
    {
        using var client = new QbraidAccountClient(new QbraidAccountOptions { ApiKey = Canary, UseEnvironment = false, BaseUrl = new Uri("https://api.example.test/api/v1/") });
        var org = client.Organization(PublicSurface.OrgId, OrgCanary);
        var settings = CredentialResolver.Resolve(new QbraidAccountOptions { ApiKey = Canary, UseEnvironment = false });
        var context = ((OrganizationWorkspace)org).Context;
        var objects = new List<object>
        {
            new QbraidAccountOptions { ApiKey = Canary },
            settings,
            client,
            client.Personal,
            org,
            context,
            context.Scope,
            new WorkspaceScope(Workspace.Personal, Canary),
            ApiRequest.Post(Routes.OrgCreditTransfers, PublicSurface.OrgId).WithIdempotencyKey(null),
            new CreatedApiKey { Id = Arguments.MemberId, Key = Canary, Name = "ci" },
            new QbraidAuthenticationException("authentication failed"),
            new QbraidTransportException("failed", isTimeout: false, new HttpRequestException("connection refused")),
        };
        objects.AddRange(PublicSurface.Targets(OrgCanary).Select(t => t.Resolve(client)));
        foreach (var value in objects)
        {
            var text = Describe(value);
            Assert.False(string.IsNullOrEmpty(text));
            Assert.DoesNotContain(Canary, text, StringComparison.Ordinal);
            Assert.DoesNotContain(OrgCanary, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_plain_http_base_url_off_loopback_is_refused_with_a_clear_error_and_no_key()
    {
        foreach (var url in new[] { "http://api-v2.qbraid.com/api/v1", "http://10.0.0.5/api/v1", "ftp://api.example.com/" })
        {
            var ex = Assert.Throws<InvalidOperationException>(() => new QbraidAccountClient(new QbraidAccountOptions { ApiKey = Canary, BaseUrl = new Uri(url), UseEnvironment = false }));
            Assert.Contains("must use https", ex.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(Canary, ex.Message, StringComparison.Ordinal);
        }
        // A key with a line break would inject a header: refused without repeating it.
        var bad = Assert.Throws<InvalidOperationException>(() => new QbraidAccountClient(new QbraidAccountOptions { ApiKey = Canary + "\r\nX-Evil: 1", UseEnvironment = false }));
        Assert.DoesNotContain(Canary, bad.Message, StringComparison.Ordinal);
        using var loopback = new QbraidAccountClient(new QbraidAccountOptions { ApiKey = Canary, BaseUrl = new Uri("http://127.0.0.1:9/api/v1"), UseEnvironment = false });
        Assert.Equal("http", loopback.BaseUrl.Scheme);
    }

    [Fact]
    public async Task A_transport_failure_carries_no_key()
    {
        using var closing = new RawHttpServer(_ => new RawReply.Close());
        using var client = new QbraidAccountClient(new QbraidAccountOptions { ApiKey = Canary, BaseUrl = closing.BaseUrl, UseEnvironment = false, Retry = { MaxRetries = 1, BaseDelay = TimeSpan.FromMilliseconds(1) } });
        var ex = await Assert.ThrowsAsync<QbraidTransportException>(() => client.Organization(PublicSurface.OrgId, OrgCanary).GetAsync().WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.DoesNotContain(Canary, ExceptionText(ex), StringComparison.Ordinal);
        Assert.DoesNotContain(OrgCanary, ExceptionText(ex), StringComparison.Ordinal);
        Assert.True(closing.Connections >= 2);
    }

    /// <summary>A valid success body for what the method returns (generated from the model's metadata).</summary>
    private static string SuccessBody(Type returnType)
    {
        var type = returnType;
        var list = false;
        while (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            if (definition == typeof(Task<>) || definition == typeof(Nullable<>)) type = type.GetGenericArguments()[0];
            else if (definition == typeof(AsyncPageable<>) || definition == typeof(IReadOnlyList<>))
            {
                list = true;
                type = type.GetGenericArguments()[0];
            }
            else break;
        }
        if (type == typeof(Task) || type == typeof(long)) return """{"success":true,"data":[]}""";
        if (type == typeof(string)) return """{"success":true,"data":{"url":"https://cdn.example.com/logo.png"}}""";
        if (type.Namespace?.StartsWith("Qbraid.Account", StringComparison.Ordinal) != true || !ModelCatalog.RegisteredTypes.Contains(type))
            return """{"success":true,"data":{}}""";
        var sample = ModelCatalog.Sample(type)!.ToJsonString();
        return list
            ? "{\"success\":true,\"data\":[" + sample + "],\"pagination\":{\"page\":1,\"limit\":50,\"total\":1,\"totalPages\":1}}"
            : "{\"success\":true,\"data\":" + sample + "}";
    }

    /// <summary>What a debugger shows for a value: its [DebuggerDisplay] text if it has one, else ToString().</summary>
    internal static string Describe(object? value)
    {
        if (value is null) return "null";
        var text = new StringBuilder(value.ToString());
        for (var type = value.GetType(); type is not null; type = type.BaseType)
        {
            if (type.GetCustomAttribute<DebuggerDisplayAttribute>() is { } display)
            {
                text.Append(" | ").Append(System.Text.RegularExpressions.Regex.Replace(display.Value, @"\{([^}]+)\}", m =>
                {
                    var member = m.Groups[1].Value.Split(',')[0].Trim().TrimEnd(')').TrimEnd('(');
                    var flags = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
                    var resolved = value.GetType().GetProperty(member, flags)?.GetValue(value)
                        ?? value.GetType().GetField(member, flags)?.GetValue(value)
                        ?? value.GetType().GetMethod(member, flags, Type.EmptyTypes)?.Invoke(value, null);
                    return resolved?.ToString() ?? "";
                }));
                break;
            }
        }
        if (value is System.Collections.IEnumerable items and not string)
            foreach (var item in items) text.Append(" | ").Append(item);
        return text.ToString();
    }

    /// <summary>Everything an exception shows: ToString (inner exceptions and stack), data, and the SDK's detail properties.</summary>
    internal static string ExceptionText(Exception ex)
    {
        var text = new StringBuilder(ex.ToString());
        foreach (var current in Chain(ex))
        {
            foreach (System.Collections.DictionaryEntry entry in current.Data) text.Append(" | ").Append(entry.Key).Append('=').Append(entry.Value);
            if (current is QbraidApiException api)
            {
                text.Append(" | ").Append(api.ErrorCode).Append(" | ").Append(api.ResponseBodyExcerpt).Append(" | ").Append(api.RequestId);
                if (api is QbraidValidationException validation)
                    foreach (var (field, messages) in validation.FieldErrors) text.Append(" | ").Append(field).Append(": ").Append(string.Join(", ", messages));
            }
            if (current is QbraidResponseException response) text.Append(" | ").Append(response.ResponseBodyExcerpt);
        }
        return text.ToString();
    }

    private static IEnumerable<Exception> Chain(Exception ex)
    {
        for (var current = ex; current is not null; current = current.InnerException) yield return current;
        if (ex is AggregateException aggregate) foreach (var inner in aggregate.InnerExceptions) yield return inner;
    }

    private static string ReportText(int operations, int calls, int logs, int telemetry, int texts, Dictionary<string, int> outcomes)
    {
        var text = new StringBuilder();
        text.Append("## Secrets\n\n");
        text.Append(CultureInfo.InvariantCulture, $"A canary key (and a second canary as an organization's own key) through **every public operation** ({operations}, found by reflection, in both workspaces) ");
        text.Append(CultureInfo.InvariantCulture, $"under {Enum.GetValues<Answer>().Length} kinds of answer: success; 401, 403/404/409/410 (in turn), 5xx HTML, 429 beyond the cap, 200 `success: false`, a garbage 200 and a 422 with field errors, ");
        text.Append("each echoing the key it received in its message, error code and field names; and a 302 to another host. Logging at Trace through DI: the SDK's logger ");
        text.Append("and HttpClientFactory's default HTTP logging added back by the host (`.AddDefaultLogger()`); every `Activity` and metric measurement recorded. ");
        text.Append(CultureInfo.InvariantCulture, $"Checked for the canaries: every log message, structured state, scope and exception ({logs} records), every exception's `ToString()` (inner exceptions and stack), ");
        text.Append(CultureInfo.InvariantCulture, $"`Data`, `ErrorCode`, `ResponseBodyExcerpt` and `FieldErrors`, every returned model and sub-client's `ToString()`/debugger display, {telemetry} activity and metric texts, and every request URL: ");
        text.Append(CultureInfo.InvariantCulture, $"{texts:N0} texts from {calls} calls, **0 containing a canary**. Outcomes: {string.Join(", ", outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key} {o.Value}"))}.\n\n");
        text.Append("Also: `ToString()`/debugger display of options, resolved credentials, the client, both workspace views (one with its own key), every sub-client, the internal scope and request, ");
        text.Append("a `CreatedApiKey` holding the canary as its secret, and exceptions: no canary. A plain-`http` base URL off loopback (and `ftp`) is refused with ");
        text.Append("\"must use https ... so the API key is never sent in clear text\"; a key with a line break is refused without being repeated; a transport failure's text holds no key.\n");
        return text.ToString();
    }
}
