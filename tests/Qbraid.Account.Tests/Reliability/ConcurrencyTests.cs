using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Qbraid.Account.Organizations.Credits;
using Qbraid.Account.Organizations.Members;
using Qbraid.Account.Organizations.Settings;
using Xunit.Abstractions;

namespace Qbraid.Account.Tests.Reliability;

/// <summary>
/// One client shared by 64 tasks making 5,000 mixed calls across the personal workspace and five
/// organizations (two with their own keys), some cancelled midway. The server checks every
/// request's key and workspace headers and echoes who it thinks is calling, so a crossed header,
/// key or response shows up on either side; a raw TCP server counts the connections.
/// </summary>
public sealed class ConcurrencyTests(ITestOutputHelper output)
{
    private const int Workers = 64;
    private const int Calls = 5_000;
    private const string PersonalKey = "qbr_personal_key_0001";
    private static readonly string[] OrgIds =
    [
        "507f1f77bcf86cd799439011", "65a1b2c3d4e5f60718293a4b", "64b7f0c2a1d3e4f5a6b7c8d9", "5f8d0d55b54764421b7156c3", "60c72b2f9b1d8e001c8e4d21",
    ];

    /// <summary>Organizations 2 and 4 carry their own keys (a key is bound to one organization).</summary>
    private static readonly Dictionary<string, string> OwnKeys = new(StringComparer.Ordinal)
    {
        [OrgIds[1]] = "qbr_org_own_key_0002",
        [OrgIds[3]] = "qbr_org_own_key_0004",
    };

    private static string ExpectedKey(string? orgId) => orgId is not null && OwnKeys.TryGetValue(orgId, out var own) ? own : PersonalKey;

    private sealed class Server
    {
        public ConcurrentBag<string> Problems { get; } = [];

        public ConcurrentBag<string> TransferKeys { get; } = [];

        public RawReply Handle(RawRequest request)
        {
            var org = request.Header("X-Organization-Id");
            var key = request.Header("X-API-KEY");
            var path = request.Path["/api/v1".Length..];
            if (key != ExpectedKey(org)) Problems.Add($"{request.Method} {path}: key for workspace {org ?? "personal"} was wrong");
            if (path.StartsWith("/organizations/", StringComparison.Ordinal) && path.Split('/')[2] != org)
                Problems.Add($"{request.Method} {path}: X-Organization-Id {org ?? "(none)"} doesn't match the path");
            var who = org ?? "personal";
            if (path == "/users/verify")
            {
                if (org is not null) Problems.Add("verify sent an organization header");
                return Ok($$"""{"valid":true,"userId":"{{who}}"}""");
            }
            if (path == "/users/me") return Ok($$"""{"id":"{{who}}","userName":"u","email":"u@example.com"}""");
            if (path == $"/organizations/{org}") return Ok($$"""{"id":"{{who}}","name":"Org {{who}}"}""");
            if (path == $"/organizations/{org}/seats") return new RawReply.Delayed(TimeSpan.FromSeconds(2), Ok("""{"tier":"pro","total":5,"assigned":1,"available":4,"assignments":[]}"""));
            if (path == $"/organizations/{org}/members")
            {
                var page = int.Parse(request.QueryValue("page")!, CultureInfo.InvariantCulture);
                var items = Enumerable.Range(0, page == 1 ? 2 : 1).Select(i => $$"""{"id":"m{{page}}{{i}}","userId":"u","email":"{{who}}@example.com","role":"member","status":"active"}""");
                return RawReply.Json(200, $$$"""{"success":true,"data":[{{{string.Join(",", items)}}}],"pagination":{"page":{{{page}}},"limit":2,"total":3,"totalPages":2}}""");
            }
            if (path == $"/organizations/{org}/credits/transfers")
            {
                var idempotencyKey = request.Header("Idempotency-Key");
                TransferKeys.Add(idempotencyKey ?? "(none)");
                return Ok($$"""{"id":"{{who}}:{{idempotencyKey}}","recipients":[],"total":10}""");
            }
            if (path == $"/organizations/{org}/settings")
            {
                using var body = JsonDocument.Parse(request.Body);
                return Ok($$"""{"name":"{{body.RootElement.GetProperty("name").GetString()}}","website":"https://{{who}}.example.com"}""");
            }
            Problems.Add($"unexpected {request.Method} {path}");
            return RawReply.Json(404, """{"success":false}""");
        }

        private static RawReply.Respond Ok(string data) => RawReply.Json(200, "{\"success\":true,\"data\":" + data + "}");
    }

    [Fact]
    public async Task Sixty_four_tasks_making_five_thousand_mixed_calls_each_get_their_own_answer_on_bounded_connections()
    {
        var fake = new Server();
        using var server = new RawHttpServer(fake.Handle, keepAlive: true);
        using var client = new QbraidAccountClient(new QbraidAccountOptions
        {
            ApiKey = PersonalKey,
            BaseUrl = server.BaseUrl,
            UseEnvironment = false,
            Retry = new QbraidRetryOptions { MaxRetries = 3, BaseDelay = TimeSpan.FromMilliseconds(1), AttemptTimeout = TimeSpan.FromSeconds(30) },
        });
        var orgs = OrgIds.Select(id => OwnKeys.TryGetValue(id, out var key) ? client.Organization(id, key) : client.Organization(id)).ToArray();

        var next = -1;
        var problems = new ConcurrentBag<string>();
        var succeeded = 0;
        var cancelled = 0;
        var transfers = 0;
        var random = new ThreadLocal<Random>(() => new Random(Environment.CurrentManagedThreadId));
        async Task Worker()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < Calls)
            {
                var workspace = i % 6; // 0: personal; 1..5: organizations
                var org = workspace == 0 ? null : orgs[workspace - 1];
                var who = org?.OrganizationId ?? "personal";
                var cancel = i % 20 == 7;
                try
                {
                    if (cancel)
                    {
                        // Organizations: cancelled 5 to 50 ms into a 2 s answer. Personal (no slow route): cancelled before it starts.
                        using var cts = org is null ? new CancellationTokenSource() : new CancellationTokenSource(TimeSpan.FromMilliseconds(5 + random.Value!.Next(45)));
                        if (org is null) cts.Cancel();
                        var task = org is null ? client.Personal.Profile.GetAsync(cts.Token) : (Task)org.Seats.GetAsync(cts.Token);
                        await task.WaitAsync(TimeSpan.FromSeconds(20));
                        problems.Add($"call {i}: cancelled call completed");
                        continue;
                    }
                    var kind = (i / 6) % 5;
                    string? echoed;
                    string expected = who;
                    switch (org, kind)
                    {
                        case (null, 0 or 1 or 2):
                            echoed = (await client.VerifyAsync().WaitAsync(TimeSpan.FromSeconds(20))).UserId;
                            break;
                        case (null, _):
                            echoed = (await client.Personal.Profile.GetAsync().WaitAsync(TimeSpan.FromSeconds(20))).Id;
                            break;
                        case (_, 0):
                            echoed = (await org!.GetAsync().WaitAsync(TimeSpan.FromSeconds(20))).Id;
                            break;
                        case (_, 1):
                            var members = await org!.Members.ListAsync(new MemberListOptions { PageSize = 2 }).ToListAsync().WaitAsync(TimeSpan.FromSeconds(20));
                            echoed = members.Count == 3 && members.All(m => m.Email == who + "@example.com") ? who : "members " + string.Join(",", members.Select(m => m.Email));
                            break;
                        case (_, 2):
                            var transfer = await org!.Credits.TransferAsync(TransferCreditsRequest.ToAllMembers(10m)).WaitAsync(TimeSpan.FromSeconds(20));
                            echoed = transfer.Id.Split(':')[0];
                            Interlocked.Increment(ref transfers);
                            break;
                        case (_, 3):
                            var name = "call-" + i.ToString(CultureInfo.InvariantCulture);
                            var settings = await org!.Settings.UpdateAsync(new UpdateOrganizationSettingsRequest { Name = name }).WaitAsync(TimeSpan.FromSeconds(20));
                            echoed = settings.Name == name && settings.Website == $"https://{who}.example.com" ? who : $"settings {settings.Name} {settings.Website}";
                            break;
                        default:
                            echoed = (await org!.Profile.GetAsync().WaitAsync(TimeSpan.FromSeconds(20))).Id;
                            break;
                    }
                    if (echoed != expected) problems.Add($"call {i} in {who}: got the answer for {echoed}");
                    else Interlocked.Increment(ref succeeded);
                }
                catch (OperationCanceledException) when (cancel)
                {
                    Interlocked.Increment(ref cancelled);
                }
                catch (Exception ex)
                {
                    problems.Add($"call {i} in {who} (cancel={cancel}): {ex.GetType().Name}: {ex.Message}");
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => Task.Run(Worker)));

        var expectedCancelled = Enumerable.Range(0, Calls).Count(i => i % 20 == 7);
        var requests = server.Requests;
        output.WriteLine($"{Calls} calls by {Workers} tasks: {succeeded} succeeded, {cancelled} cancelled; {requests.Count} requests on {server.Connections} connections (at most {server.MaxOpenConnections} open at once); {problems.Count + fake.Problems.Count} problems");
        foreach (var problem in problems.Concat(fake.Problems).Take(20)) output.WriteLine(problem);

        Assert.Empty(fake.Problems);
        Assert.Empty(problems);
        Assert.Equal(Calls - expectedCancelled, succeeded);
        Assert.Equal(expectedCancelled, cancelled);
        Assert.Equal(transfers, fake.TransferKeys.Count);
        Assert.Equal(fake.TransferKeys.Count, fake.TransferKeys.Distinct().Count()); // one key per call, none shared
        Assert.All(fake.TransferKeys, k => Assert.True(Guid.TryParse(k, out _)));
        // Bounded: connections are pooled per server; only a call cancelled mid-flight costs its
        // connection, so at most one per worker plus one per cancellation, never one per call.
        Assert.InRange(server.Connections, 1, Workers + expectedCancelled + 16);
        Assert.True(requests.Count > Calls, "list calls fetch two pages");

        ReliabilityReport.Write("50", "concurrency", new StringBuilder()
            .Append("## Thread safety\n\n")
            .Append(CultureInfo.InvariantCulture, $"One `QbraidAccountClient` shared by **{Workers} tasks** making **{Calls:N0} calls**, mixed: verify and profile in the personal workspace; details, a 2-page member list, ")
            .Append("a credit transfer (POST with an Idempotency-Key), a settings PATCH and the profile in five organizations, two of them with their own API key. ")
            .Append(CultureInfo.InvariantCulture, $"Every 20th call is cancelled midway (its token fires 5 to 50 ms into a 2 s answer) or before it starts: {expectedCancelled} calls. ")
            .Append("The server (a raw TCP server counting connections) checks on every request that the key is exactly the one of the workspace in `X-Organization-Id`, that the header matches ")
            .Append("the organization in the path and that the personal workspace sends none, and it answers with the workspace it saw, which each call compares with its own.\n\n")
            .Append(CultureInfo.InvariantCulture, $"Result: {succeeded:N0} calls got their own workspace's answer, {cancelled} ended in `OperationCanceledException`, 0 crossed headers, keys or answers, ")
            .Append(CultureInfo.InvariantCulture, $"0 other exceptions; {transfers} transfers carried {fake.TransferKeys.Distinct().Count()} distinct Idempotency-Keys; {requests.Count:N0} requests travelled on ")
            .Append(CultureInfo.InvariantCulture, $"**{server.Connections} TCP connections** (bound asserted: workers + cancellations + 16 = {Workers + expectedCancelled + 16}).\n")
            .ToString());
    }
}
