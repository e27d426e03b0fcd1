using System.Globalization;
using System.Text;
using Qbraid.Account.Organizations.Credits;
using Qbraid.Account.Organizations.Settings;
using Qbraid.Account.Organizations.Transactions;
using WireMock;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using WireMock.Types;
using WireMock.Util;
using Xunit.Abstractions;

namespace Qbraid.Account.Tests.Reliability;

/// <summary>
/// The fault matrix: four kinds of call (a read, a mutation with an Idempotency-Key, a mutation
/// without one, a paged list whose middle page is hit) under every fault of issue 5, over real
/// HTTP. A fake qBraid behind the server applies each mutation's side effect (a credit transfer
/// once per distinct Idempotency-Key, replaying its first answer; a settings PATCH every time it
/// is processed), so each cell can say how often the effect happened. One table drives the test
/// and is written to docs/reliability.md.
/// </summary>
public sealed class FaultMatrixTests(ITestOutputHelper output)
{
    private const string OrgId = "507f1f77bcf86cd799439011";
    private const string MemberA = "64b7f0c2a1d3e4f5a6b7c8d9";
    private const string MemberB = "65a1b2c3d4e5f60718293a4b";
    private const string ApiKey = "qbr_matrix_key_0123456789abcdef";
    private const int MaxRetries = 2;
    private static readonly TimeSpan SlowAttemptTimeout = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(30);

    public enum Operation { Read, KeyedMutation, UnkeyedMutation, PagedList }

    public enum Host { WireMock, RawTcp }

    /// <summary>Whether the server fails before applying the mutation (it refused) or after (the answer is lost).</summary>
    public enum Timing { BeforeEffect, AfterEffect }

    public sealed record Fault(
        string Name,
        string ServerDoes,
        Host Host,
        Timing Timing,
        Func<string, byte[], RawReply> Reply,
        bool EveryAttempt = false,
        bool SlowAttempts = false,
        bool Resume = false,
        Func<TimeSpan, string>? RetryAfterText = null);

    /// <summary>What a cell must show: requests the server saw, the outcome, how often the side effect happened (null: no side effect to count).</summary>
    public sealed record Expect(int Requests, string Outcome, int? Effects = null);

    public sealed record Row(Fault Fault, Expect? Read, Expect? Keyed, Expect? Unkeyed, Expect? List);

    private static (string, string)[] Rid(string rid) => [("X-Request-Id", rid)];

    private static RawReply Status(int status, string rid, string body, params (string, string)[] extra)
        => RawReply.Json(status, body, [.. Rid(rid), .. extra]);

    private static string InSeconds(TimeSpan wait) => ((int)Math.Round(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture) + "s";

    /// <summary>The one table: every fault of issue 5, and what each kind of call must end in.</summary>
    public static readonly Row[] Matrix =
    [
        Transient(500, "answers 500 once, then normally", (rid, _) => Status(500, rid, """{"success":false,"message":"internal error"}"""), "QbraidServerException 500"),
        Transient(502, "answers 502 with an HTML proxy page once", (rid, _) => RawReply.Text(502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>", Rid(rid)), "QbraidServerException 502"),
        Transient(503, "answers 503 once", (rid, _) => Status(503, rid, """{"success":false,"message":"maintenance"}"""), "QbraidServerException 503"),
        Transient(504, "answers 504 once", (rid, _) => Status(504, rid, """{"success":false,"message":"upstream timed out"}"""), "QbraidServerException 504"),
        Transient(408, "answers 408 once", (rid, _) => Status(408, rid, """{"success":false,"message":"request timeout"}"""), "QbraidApiException 408"),
        Transient(429, "answers 429 with Retry-After: 1 (seconds) once",
            (rid, _) => Status(429, rid, """{"success":false,"message":"slow down"}""", ("Retry-After", "1"), ("X-RateLimit-Limit", "1000"), ("X-RateLimit-Remaining", "0")),
            "QbraidRateLimitException 429 retry-after 1s", name: "429, Retry-After in seconds"),
        Transient(429, "answers 429 with Retry-After as an HTTP date 2 s ahead once",
            (rid, _) => Status(429, rid, """{"success":false,"message":"slow down"}""", ("Retry-After", DateTimeOffset.UtcNow.AddSeconds(2).ToString("R", CultureInfo.InvariantCulture))),
            "QbraidRateLimitException 429 retry-after ≤2s", name: "429, Retry-After as an HTTP date",
            retryAfterText: wait => wait >= TimeSpan.Zero && wait <= TimeSpan.FromSeconds(2.5) ? "≤2s" : InSeconds(wait)),
        new(new Fault("429, Retry-After beyond the 30 s cap", "answers 429 with Retry-After: 3600", Host.WireMock, Timing.BeforeEffect,
                (rid, _) => Status(429, rid, """{"success":false,"message":"hourly budget spent"}""", ("Retry-After", "3600"))),
            Read: new(1, "QbraidRateLimitException 429 retry-after 3600s"),
            Keyed: new(1, "QbraidRateLimitException 429 retry-after 3600s", 0),
            Unkeyed: new(1, "QbraidRateLimitException 429 retry-after 3600s", 0),
            List: new(2, "2 items, then QbraidRateLimitException 429 retry-after 3600s")),
        new(new Fault("503 on every attempt", "answers 503 to every attempt", Host.WireMock, Timing.BeforeEffect,
                (rid, _) => Status(503, rid, """{"success":false,"message":"down"}"""), EveryAttempt: true),
            Read: new(1 + MaxRetries, "QbraidServerException 503"),
            Keyed: new(1 + MaxRetries, "QbraidServerException 503", 0),
            Unkeyed: new(1, "QbraidServerException 503", 0),
            List: new(2 + MaxRetries, "2 items, then QbraidServerException 503")),
        Lost("connection closed with no response", "applies the call, then closes the connection without answering",
            (_, _) => new RawReply.Close(), "QbraidTransportException network"),
        Lost("response cut mid-body", "applies the call, sends the headers and half the body, then closes",
            (rid, body) => new RawReply.Cut(200, body, body.Length / 2, [new("Content-Type", "application/json"), new("X-Request-Id", rid)]),
            "QbraidTransportException network"),
        Lost("body slower than the attempt timeout", "applies the call, sends the headers, then the body 4 bytes per 150 ms (attempt timeout 1 s)",
            (rid, body) => new RawReply.Slow(200, body, 4, TimeSpan.FromMilliseconds(150), [new("Content-Type", "application/json"), new("X-Request-Id", rid)]),
            "QbraidTransportException timeout", slow: true),
        new(new Fault("HTML instead of JSON", "a proxy answers 200 with an HTML page; the API never sees the call", Host.WireMock, Timing.BeforeEffect,
                (rid, _) => RawReply.Text(200, "text/html", "<!DOCTYPE html><html><body>Please sign in to the network</body></html>", Rid(rid))),
            Read: new(1, "QbraidResponseException 200"),
            Keyed: new(1, "QbraidResponseException 200", 0),
            Unkeyed: new(1, "QbraidResponseException 200", 0),
            List: new(2, "2 items, then QbraidResponseException 200")),
        new(new Fault("200 with an empty body", "applies the call, then answers 200 with no body", Host.WireMock, Timing.AfterEffect,
                (rid, _) => new RawReply.Respond(200, [], [new("Content-Type", "application/json"), new("X-Request-Id", rid)])),
            Read: new(1, "QbraidResponseException 200"),
            Keyed: new(1, "QbraidResponseException 200", 1),
            Unkeyed: new(1, "QbraidResponseException 200", 1),
            List: new(2, "2 items, then QbraidResponseException 200")),
        new(new Fault("200 with {\"success\": false}", "refuses the call with 200 and {\"success\": false, \"message\": ...}", Host.WireMock, Timing.BeforeEffect,
                (rid, _) => Status(200, rid, """{"success":false,"message":"organization is locked"}""")),
            Read: new(1, "QbraidApiException 200"),
            Keyed: new(1, "QbraidApiException 200", 0),
            Unkeyed: new(1, "QbraidApiException 200", 0),
            List: new(2, "2 items, then QbraidApiException 200")),
        new(new Fault("a middle page failing once, retries off", "page 2 answers 503 once; the caller resumes from the page's continuation token", Host.WireMock, Timing.BeforeEffect,
                (rid, _) => Status(503, rid, """{"success":false,"message":"maintenance"}"""), Resume: true),
            Read: null, Keyed: null, Unkeyed: null,
            List: new(4, "5 items, resumed at page 2")),
    ];

    /// <summary>A status the SDK retries: reads and keyed mutations recover, the PATCH is not retried and reports it.</summary>
    private static Row Transient(int status, string serverDoes, Func<string, byte[], RawReply> reply, string exception, string? name = null, Func<TimeSpan, string>? retryAfterText = null)
        => new(new Fault(name ?? status.ToString(CultureInfo.InvariantCulture), serverDoes, Host.WireMock, Timing.BeforeEffect, reply, RetryAfterText: retryAfterText),
            Read: new(2, "value"),
            Keyed: new(2, "value", 1),
            Unkeyed: new(1, exception, 0),
            List: new(4, "5 items"));

    /// <summary>A transport fault after the server applied the call: the answer is lost.</summary>
    private static Row Lost(string name, string serverDoes, Func<string, byte[], RawReply> reply, string exception, bool slow = false)
        => new(new Fault(name, serverDoes, Host.RawTcp, Timing.AfterEffect, reply, SlowAttempts: slow),
            Read: new(2, "value"),
            Keyed: new(2, "value", 1),
            Unkeyed: new(1, exception, 1),
            List: new(4, "5 items"));

    public sealed record CellResult(Row Row, Operation Operation, Expect Expect, string Outcome, int Requests, int? Effects, string Keys, List<string> Failures, TimeSpan Elapsed);

    [Fact]
    public async Task Every_fault_ends_in_the_expected_outcome_with_nothing_lost_and_nothing_done_twice()
    {
        var cells = Matrix.SelectMany(row => new[]
        {
            (row, Operation.Read, row.Read),
            (row, Operation.KeyedMutation, row.Keyed),
            (row, Operation.UnkeyedMutation, row.Unkeyed),
            (row, Operation.PagedList, row.List),
        }).Where(c => c.Item3 is not null).ToList();

        // One WireMock server and one raw server for the whole table; each cell has its own fake
        // organization under its own path prefix, so cells run side by side without sharing state.
        var labs = new System.Collections.Concurrent.ConcurrentDictionary<string, FakeLab>();
        RawReply Route(RawRequest request)
        {
            var prefix = request.Path.Split('/', 3)[1];
            return labs.TryGetValue(prefix, out var lab) ? lab.Handle(request) : RawReply.Json(404, """{"success":false,"message":"no such cell"}""");
        }
        using var wireMock = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"], StartAdminInterface = false });
        wireMock.Given(WireMock.RequestBuilders.Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithCallback(request => ToWireMock(Route(FromWireMock(request)))));
        // A fresh connection per request on the raw server: no connection-level retry by the handler blurs the counts.
        using var raw = new RawHttpServer(Route, keepAlive: false);

        using var gate = new SemaphoreSlim(8);
        var results = await Task.WhenAll(cells.Select(async (c, index) =>
        {
            await gate.WaitAsync();
            try
            {
                var prefix = "cell" + index.ToString(CultureInfo.InvariantCulture);
                var lab = labs[prefix] = new FakeLab(c.row.Fault, c.Item2, "/" + prefix);
                var root = c.row.Fault.Host == Host.RawTcp ? $"http://127.0.0.1:{raw.Port}" : wireMock.Url!;
                return await RunCell(c.row, c.Item2, c.Item3!, lab, new Uri($"{root}/{prefix}/api/v1/"));
            }
            finally
            {
                gate.Release();
            }
        }));
        wireMock.Stop();

        foreach (var result in results)
            output.WriteLine($"{result.Row.Fault.Name} / {result.Operation}: {result.Requests} requests, {result.Outcome}, effects {result.Effects?.ToString(CultureInfo.InvariantCulture) ?? "-"}, keys {result.Keys} ({result.Elapsed.TotalMilliseconds:0} ms)");
        WriteReport(results);

        var failures = results.SelectMany(r => r.Failures.Select(f => $"[{r.Row.Fault.Name} / {r.Operation}] {f}")).ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Equal(Matrix.Length * 4 - 3, results.Length); // every row, every kind of call (the resume row is list-only)
    }

    private static async Task<CellResult> RunCell(Row row, Operation operation, Expect expect, FakeLab lab, Uri baseUrl)
    {
        var fault = row.Fault;
        using var client = new QbraidAccountClient(new QbraidAccountOptions
        {
            ApiKey = ApiKey,
            BaseUrl = baseUrl,
            UseEnvironment = false,
            Retry = new QbraidRetryOptions
            {
                MaxRetries = fault.Resume ? 0 : MaxRetries,
                BaseDelay = TimeSpan.FromMilliseconds(1),
                AttemptTimeout = fault.SlowAttempts ? SlowAttemptTimeout : TimeSpan.FromSeconds(10),
                TotalTimeout = TimeSpan.FromSeconds(60),
            },
        });
        var org = client.Organization(OrgId);
        var watch = System.Diagnostics.Stopwatch.StartNew();

        string outcome;
        Exception? error = null;
        try
        {
            (outcome, error) = await Call(org, operation, fault).WaitAsync(Hang);
        }
        catch (TimeoutException)
        {
            outcome = "hang";
        }
        catch (Exception ex)
        {
            error = ex;
            outcome = Describe(ex, fault);
        }

        var failures = new List<string>();
        var seen = lab.Seen;
        if (outcome != expect.Outcome) failures.Add($"outcome: expected '{expect.Outcome}', got '{outcome}'" + (error is null ? "" : $" ({error.GetType().Name}: {error.Message})"));
        if (seen.Count != expect.Requests) failures.Add($"requests: expected {expect.Requests}, the server saw {seen.Count}");
        if (error is not null && error is not QbraidException)
            failures.Add($"a raw {error.GetType().FullName} escaped: {error.Message}");
        foreach (var request in seen)
        {
            if (request.Header("X-API-KEY") != ApiKey) failures.Add("a request without the workspace's key");
            if (request.Header("X-Organization-Id") != OrgId) failures.Add("a request without the organization header");
        }

        // Idempotency: the keyed mutation carries one UUID on every attempt; nothing else carries one.
        string keys;
        if (operation == Operation.KeyedMutation)
        {
            var sent = lab.TransferKeys;
            var distinct = sent.Distinct().ToList();
            keys = sent.Count == 1 ? $"{distinct.Count} key" : distinct.Count == 1 ? $"same key on all {sent.Count}" : $"{distinct.Count} keys on {sent.Count}";
            if (sent.Any(k => k is null || !Guid.TryParse(k, out _))) failures.Add("a transfer attempt without a UUID Idempotency-Key");
            if (distinct.Count != 1) failures.Add($"the transfer's attempts carried {distinct.Count} different Idempotency-Keys");
        }
        else
        {
            keys = "none";
            if (seen.Any(r => r.Header("Idempotency-Key") is not null)) failures.Add("an Idempotency-Key on a call that must not carry one");
        }

        int? effects = operation switch
        {
            Operation.KeyedMutation => lab.TransfersApplied,
            Operation.UnkeyedMutation => lab.SettingsApplied,
            _ => null,
        };
        if (effects != expect.Effects) failures.Add($"side effect: expected {expect.Effects}, happened {effects}");
        if (effects > 1) failures.Add("a mutation took effect twice");
        // Nothing lost: when the SDK reports "the API refused" (an API exception), nothing happened;
        // when something happened, the caller got the value or an exception saying the outcome is unknown.
        if (effects == 1 && error is not null && error is not (QbraidTransportException or QbraidResponseException))
            failures.Add($"the effect happened but the caller was told {error.GetType().Name}");
        if (error is QbraidApiException && effects is > 0) failures.Add("an API exception for a call that took effect");

        // Diagnostics: an answered failure carries the last answer's request id; a lost one none.
        if (error is QbraidApiException or QbraidResponseException && !fault.Resume && ((QbraidException)error).RequestId != lab.LastRequestId)
            failures.Add($"request id: expected {lab.LastRequestId}, got {((QbraidException)error).RequestId}");
        if (error is QbraidTransportException { RequestId: not null }) failures.Add("a transport exception with a request id");

        return new CellResult(row, operation, expect, outcome, seen.Count, effects, keys, failures, watch.Elapsed);
    }

    private static async Task<(string Outcome, Exception? Error)> Call(IOrganizationWorkspace org, Operation operation, Fault fault)
    {
        switch (operation)
        {
            case Operation.Read:
            {
                var details = await org.GetAsync();
                return (details.Name == "Lab" && details.Id == OrgId ? "value" : "wrong value " + details, null);
            }
            case Operation.KeyedMutation:
            {
                var transfer = await org.Credits.TransferAsync(TransferCreditsRequest.ToMembers([MemberA, MemberB], 25m));
                return (transfer.Total == 50m && transfer.Recipients.Count == 2 ? "value" : "wrong value " + transfer, null);
            }
            case Operation.UnkeyedMutation:
            {
                var settings = await org.Settings.UpdateAsync(new UpdateOrganizationSettingsRequest { Name = "Renamed Lab" });
                return (settings.Name == "Renamed Lab" ? "value" : "wrong value " + settings, null);
            }
            default:
            {
                var ids = new List<string>();
                string? resumeAt = null;
                try
                {
                    await foreach (var page in org.Transactions.ListAsync(new TransactionListOptions { PageSize = 2 }).AsPagesAsync())
                    {
                        ids.AddRange(page.Values.Select(t => t.Id));
                        resumeAt = page.ContinuationToken;
                    }
                }
                catch (Exception ex) when (fault.Resume && ex is QbraidException && resumeAt is not null)
                {
                    // What a caller does when retries are off: pick up at the page that failed.
                    await foreach (var page in org.Transactions.ListAsync(new TransactionListOptions { PageSize = 2 }).AsPagesAsync(resumeAt))
                        ids.AddRange(page.Values.Select(t => t.Id));
                    return (ids.SequenceEqual(FakeLab.TransactionIds) ? $"5 items, resumed at page {resumeAt}" : "items " + string.Join(",", ids), null);
                }
                catch (Exception ex)
                {
                    return ($"{ids.Count} items, then {Describe(ex, fault)}", ex);
                }
                return (ids.SequenceEqual(FakeLab.TransactionIds) ? "5 items" : "items " + string.Join(",", ids), null);
            }
        }
    }

    private static string Describe(Exception ex, Fault fault) => ex switch
    {
        QbraidRateLimitException rate => $"{nameof(QbraidRateLimitException)} {rate.StatusCode} retry-after {(rate.RetryAfter is { } wait ? (fault.RetryAfterText ?? InSeconds)(wait) : "none")}",
        QbraidApiException api => $"{api.GetType().Name} {api.StatusCode}",
        QbraidResponseException response => $"{nameof(QbraidResponseException)} {response.StatusCode}",
        QbraidTransportException transport => $"{nameof(QbraidTransportException)} {(transport.IsTimeout ? "timeout" : "network")}",
        _ => ex.GetType().FullName!,
    };

    internal static RawRequest FromWireMock(IRequestMessage request)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in request.Headers ?? new Dictionary<string, WireMock.Types.WireMockList<string>>())
            headers[name] = string.Join(",", values);
        var target = request.Path + (string.IsNullOrEmpty(request.RawQuery) ? string.Empty : (request.RawQuery!.StartsWith('?') ? request.RawQuery : "?" + request.RawQuery));
        return new RawRequest(0, 0, request.Method, target, headers, request.BodyAsBytes ?? Encoding.UTF8.GetBytes(request.Body ?? string.Empty));
    }

    internal static IResponseMessage ToWireMock(RawReply reply)
    {
        if (reply is not RawReply.Respond respond) throw new InvalidOperationException("WireMock can only send complete answers: " + reply);
        var message = new ResponseMessage { StatusCode = respond.Status };
        foreach (var (name, value) in respond.Headers) message.AddHeader(name, value);
        if (respond.Body.Length > 0) message.BodyData = new BodyData { BodyAsBytes = respond.Body, DetectedBodyType = BodyType.Bytes };
        return message;
    }

    /// <summary>
    /// The fake organization: answers the four calls, applies their side effects, and injects the
    /// cell's fault into the first attempt of the call under test (page 2 for the list).
    /// </summary>
    private sealed class FakeLab(Fault fault, Operation operation, string prefix)
    {
        public static readonly string[] TransactionIds = ["tx-1", "tx-2", "tx-3", "tx-4", "tx-5"];

        private readonly object _gate = new();
        private readonly List<RawRequest> _seen = [];
        private readonly Dictionary<string, byte[]> _transfers = new(StringComparer.Ordinal);
        private int _requests;
        private int _injected;
        private int _settingsApplied;
        private string? _lastRequestId;

        public IReadOnlyList<RawRequest> Seen { get { lock (_gate) return _seen.ToList(); } }

        /// <summary>The Idempotency-Key of every transfer attempt, including the ones the fault answered.</summary>
        public IReadOnlyList<string?> TransferKeys
        {
            get
            {
                lock (_gate)
                    return _seen.Where(r => r.Method == "POST" && r.Path.EndsWith("/credits/transfers", StringComparison.Ordinal)).Select(r => r.Header("Idempotency-Key")).ToList();
            }
        }

        public int TransfersApplied { get { lock (_gate) return _transfers.Count; } }

        public int SettingsApplied { get { lock (_gate) return _settingsApplied; } }

        public string? LastRequestId { get { lock (_gate) return _lastRequestId; } }

        public RawReply Handle(RawRequest request)
        {
            lock (_gate)
            {
                var rid = "req-" + (++_requests).ToString(CultureInfo.InvariantCulture);
                _seen.Add(request);
                _lastRequestId = rid;
                var inject = IsTarget(request) && (fault.EveryAttempt || _injected == 0);
                if (inject) _injected++;
                if (inject && fault.Timing == Timing.BeforeEffect) return fault.Reply(rid, []);
                var (status, body) = Serve(request);
                return inject ? fault.Reply(rid, body) : new RawReply.Respond(status, body, [new("Content-Type", "application/json"), new("X-Request-Id", rid)]);
            }
        }

        private string PathOf(RawRequest request) => request.Path.StartsWith(prefix, StringComparison.Ordinal) ? request.Path[prefix.Length..] : request.Path;

        private bool IsTarget(RawRequest request) => operation switch
        {
            Operation.Read => request.Method == "GET" && PathOf(request) == $"/api/v1/organizations/{OrgId}",
            Operation.KeyedMutation => request.Method == "POST" && PathOf(request).EndsWith("/credits/transfers", StringComparison.Ordinal),
            Operation.UnkeyedMutation => request.Method == "PATCH" && PathOf(request).EndsWith("/settings", StringComparison.Ordinal),
            _ => request.Method == "GET" && PathOf(request).EndsWith("/transactions", StringComparison.Ordinal) && request.QueryValue("page") == "2",
        };

        private (int Status, byte[] Body) Serve(RawRequest request)
        {
            var path = PathOf(request);
            if (request.Method == "GET" && path == $"/api/v1/organizations/{OrgId}")
                return Ok($$"""{"id":"{{OrgId}}","name":"Lab","memberCount":2}""");
            if (request.Method == "POST" && path == $"/api/v1/organizations/{OrgId}/credits/transfers")
            {
                var key = request.Header("Idempotency-Key");
                if (key is null) return (400, Encoding.UTF8.GetBytes("""{"success":false,"message":"Idempotency-Key required"}"""));
                if (_transfers.TryGetValue(key, out var replay)) return (200, replay); // a repeated key: the first answer, nothing done again
                var body = Encoding.UTF8.GetBytes("{\"success\":true,\"data\":" + $$"""{"id":"tr-{{_transfers.Count + 1}}","recipients":[{"memberId":"{{MemberA}}","amount":25},{"memberId":"{{MemberB}}","amount":25}],"total":50,"createdAt":"2026-11-25T13:49:52Z"}""" + "}");
                _transfers[key] = body;
                return (200, body);
            }
            if (request.Method == "PATCH" && path == $"/api/v1/organizations/{OrgId}/settings")
            {
                _settingsApplied++;
                return Ok("""{"name":"Renamed Lab","website":"https://lab.example.com","memberDefaults":{"defaultRole":"member"}}""");
            }
            if (request.Method == "GET" && path == $"/api/v1/organizations/{OrgId}/transactions")
            {
                var page = int.Parse(request.QueryValue("page") ?? "1", CultureInfo.InvariantCulture);
                var limit = int.Parse(request.QueryValue("limit") ?? "50", CultureInfo.InvariantCulture);
                var items = TransactionIds.Skip((page - 1) * limit).Take(limit)
                    .Select(id => $$$"""{"id":"{{{id}}}","createdAt":"2026-11-25T13:49:52Z","type":"transfer","amount":25,"from":{"kind":"organization","id":"{{{OrgId}}}"},"to":{"kind":"member","id":"{{{MemberA}}}"}}""");
                var totalPages = (TransactionIds.Length + limit - 1) / limit;
                return (200, Encoding.UTF8.GetBytes($$$"""{"success":true,"data":[{{{string.Join(",", items)}}}],"pagination":{"page":{{{page}}},"limit":{{{limit}}},"total":{{{TransactionIds.Length}}},"totalPages":{{{totalPages}}}}}"""));
            }
            return (404, Encoding.UTF8.GetBytes("""{"success":false,"message":"no such route in the fake"}"""));
        }

        private static (int, byte[]) Ok(string data) => (200, Encoding.UTF8.GetBytes("{\"success\":true,\"data\":" + data + "}"));
    }

    private static void WriteReport(IReadOnlyList<CellResult> results)
    {
        string Cell(Operation operation, Row row)
        {
            var result = results.FirstOrDefault(r => r.Row == row && r.Operation == operation);
            if (result is null) return "n/a";
            var parts = new List<string> { $"{result.Requests} req" };
            if (operation == Operation.KeyedMutation) parts.Add(result.Keys);
            parts.Add(result.Outcome);
            if (result.Effects is { } effects) parts.Add($"applied {effects}×");
            if (result.Failures.Count > 0) parts.Add("**FAILED**");
            return string.Join(" · ", parts);
        }

        var text = new StringBuilder();
        text.Append("## Fault matrix\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Over real HTTP on 127.0.0.1 (WireMock.Net for answered faults, a raw TCP server for lost answers), `Retry.MaxRetries = {MaxRetries}`, back-off 1 ms, ");
        text.Append(CultureInfo.InvariantCulture, $"attempt timeout {SlowAttemptTimeout.TotalSeconds:0} s in the slow-body row. Calls: **read** `org.GetAsync()`; **keyed mutation** ");
        text.Append("`org.Credits.TransferAsync(...)` (POST with an SDK-generated `Idempotency-Key`; the fake server applies a transfer once per distinct key and replays ");
        text.Append("its first answer); **unkeyed mutation** `org.Settings.UpdateAsync(...)` (PATCH, never retried by the SDK; the fake applies every PATCH it processes); ");
        text.Append("**paged list** `org.Transactions.ListAsync(PageSize = 2)` over 5 transactions (3 pages), the fault hitting page 2. ");
        text.Append("Each cell: requests the server saw · Idempotency-Keys · outcome (value, or the exception type, status and `RetryAfter`) · how often the side effect happened. ");
        text.Append("Every cell also asserts: no raw `HttpRequestException`/`JsonException`/`TaskCanceledException`, no hang (30 s cap), the request id of the last answer on ");
        text.Append("answered failures, and that an API exception (the server refused) never hides an applied effect.\n\n");
        text.Append(ReliabilityReport.Table(
            ["Fault", "Server", "Read (GET)", "Keyed mutation (POST transfer)", "Unkeyed mutation (PATCH settings)", "Paged list (middle page)"],
            Matrix.Select(row => (IReadOnlyList<string>)[row.Fault.Name, row.Fault.ServerDoes, Cell(Operation.Read, row), Cell(Operation.KeyedMutation, row), Cell(Operation.UnkeyedMutation, row), Cell(Operation.PagedList, row)])));
        var failed = results.Count(r => r.Failures.Count > 0);
        text.Append(CultureInfo.InvariantCulture, $"\n{results.Count} cells, {results.Count - failed} as expected, {failed} failed.\n");
        ReliabilityReport.Write("10", "fault-matrix", text.ToString());
    }
}
