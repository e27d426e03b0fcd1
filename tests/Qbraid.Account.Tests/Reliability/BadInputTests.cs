using System.Globalization;
using System.Text;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using Xunit.Abstractions;

namespace Qbraid.Account.Tests.Reliability;

/// <summary>
/// Every public method of every public sub-client, found by reflection (a new one can't slip past),
/// tried with null, empty, whitespace, wrong-format ids, zero and negative amounts, out-of-range
/// values and oversized payloads wherever they apply: each must fail with an ArgumentException
/// naming the parameter, and the server must see nothing. A valid call of the same method must
/// reach the server, which proves the counting would have caught a request.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(15);

    /// <summary>Methods that take arguments none of which can be wrong, with the reason.</summary>
    private static readonly Dictionary<string, string> Exempt = new(StringComparer.Ordinal)
    {
        ["IQbraidAccountClient.Workspace(workspace)"] = "takes a Workspace value, which is always valid: Personal, or an organization id checked when the value was made (Workspace.Organization, Workspace.Parse)",
        ["IUsageClient.UpdateSettingsAsync(autoSwitchToCredits)"] = "takes a bool: both values are valid",
    };

    private readonly ITestOutputHelper _output;
    private readonly WireMockServer _server;
    private readonly QbraidAccountClient _client;
    private int _requests;

    public BadInputTests(ITestOutputHelper output)
    {
        _output = output;
        _server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"], StartAdminInterface = false });
        _server.Given(WireMock.RequestBuilders.Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithCallback(_ =>
        {
            // Counted before the answer goes out, so a request is never missed by a race with the log.
            Interlocked.Increment(ref _requests);
            return FaultMatrixTests.ToWireMock(RawReply.Json(200, """{"success":true,"data":{}}"""));
        }));
        _client = new QbraidAccountClient(new QbraidAccountOptions
        {
            ApiKey = "qbr_bad_input_key_0123",
            BaseUrl = new Uri(_server.Url + "/api/v1/"),
            UseEnvironment = false,
            Retry = new QbraidRetryOptions { MaxRetries = 0, BaseDelay = TimeSpan.FromMilliseconds(1) },
        });
    }

    private static string Key(PublicSurface.Operation operation)
        => $"{operation.Method.DeclaringType!.Name}.{operation.Method.Name}({string.Join(", ", operation.Arguments.Select(p => p.Name))})";

    [Fact]
    public void The_walk_reaches_every_public_client_interface()
    {
        var reached = PublicSurface.Targets().Select(t => t.Interface).ToHashSet();
        var declared = PublicSurface.DeclaredClientInterfaces();
        Assert.NotEmpty(declared);
        Assert.All(declared, type => Assert.True(reached.Contains(type), $"{type.Name} is public but no workspace property leads to it"));
        Assert.Contains(typeof(Qbraid.Account.Organizations.Credits.IOrganizationCreditsClient), reached);
        Assert.Contains(typeof(Qbraid.Account.Wallet.IPersonalWalletClient), reached);
        Assert.All(Exempt.Keys, key => Assert.Contains(key, PublicSurface.Methods().Select(Key)));
    }

    [Fact]
    public async Task Every_public_method_rejects_bad_arguments_naming_the_parameter_before_any_request()
    {
        var failures = new List<string>();
        var rows = new List<IReadOnlyList<string>>();
        var exempt = new List<(string Method, string Reason)>();
        var totalCases = 0;
        var validCalls = 0;
        var methods = PublicSurface.Methods().OrderBy(o => o.Target.Path, StringComparer.Ordinal).ThenBy(o => o.Method.Name, StringComparer.Ordinal).ToList();

        foreach (var operation in methods)
        {
            var key = Key(operation);
            var target = operation.Target.Resolve(_client);
            var method = operation.Method;

            // The valid call: no argument error, and it reaches the server (unless it only builds a view).
            var before = Volatile.Read(ref _requests);
            try
            {
                await Arguments.Invoke(target, method, Arguments.ValidArguments(method), CallTimeout);
            }
            catch (ArgumentException ex)
            {
                failures.Add($"{key}: the valid call was refused ({ex.ParamName}: {ex.Message}); fix the sample in Arguments");
            }
            catch (Exception ex) when (ex is QbraidException)
            {
                // The catch-all answer doesn't fit every model: reaching the server is what counts here.
            }
            var reached = Volatile.Read(ref _requests) - before;
            if (!operation.IsViewFactory)
            {
                validCalls++;
                if (reached == 0) failures.Add($"{key}: the valid call sent nothing, so this test couldn't see a request either");
            }

            var cases = 0;
            var parameters = method.GetParameters();
            for (var i = 0; i < parameters.Length; i++)
            {
                foreach (var bad in Arguments.Bad(parameters[i]))
                {
                    cases++;
                    var arguments = Arguments.ValidArguments(method);
                    arguments[i] = bad.Value;
                    var sentBefore = Volatile.Read(ref _requests);
                    Exception? caught = null;
                    try
                    {
                        await Arguments.Invoke(target, method, arguments, CallTimeout);
                    }
                    catch (Exception ex)
                    {
                        caught = ex;
                    }
                    var sent = Volatile.Read(ref _requests) - sentBefore;
                    var what = $"{key} with {parameters[i].Name} = {bad.Label}";
                    if (caught is not ArgumentException argument)
                        failures.Add($"{what}: expected ArgumentException for '{bad.ParamName}', got {(caught is null ? "no exception" : caught.GetType().Name + ": " + caught.Message)}");
                    else if (argument.ParamName is null || !argument.ParamName.StartsWith(bad.ParamName, StringComparison.Ordinal))
                        failures.Add($"{what}: ParamName '{argument.ParamName}' should start with '{bad.ParamName}' ({argument.Message})");
                    if (sent != 0) failures.Add($"{what}: the server saw {sent} request(s)");
                }
            }
            totalCases += cases;

            if (cases == 0)
            {
                if (!operation.Arguments.Any()) exempt.Add((key, "takes only a CancellationToken: nothing to get wrong"));
                else if (Exempt.TryGetValue(key, out var reason)) exempt.Add((key, reason));
                else failures.Add($"{key}: no invalid value applies to its parameters; add a rule to Arguments.Bad or list it in Exempt with a reason");
            }
            else
            {
                rows.Add([key, string.Join(", ", operation.Arguments.Select(p => p.Name)), cases.ToString(CultureInfo.InvariantCulture)]);
            }
        }

        _output.WriteLine($"{methods.Count} methods, {totalCases} invalid inputs, {exempt.Count} exempt, {failures.Count} failures, {validCalls} valid calls reached the server");
        foreach (var failure in failures) _output.WriteLine(failure);
        WriteReport(methods.Count, totalCases, rows, exempt, failures.Count);
        Assert.True(failures.Count == 0, $"{failures.Count} failures:\n" + string.Join("\n", failures));
        Assert.True(totalCases > 300, "the rules should yield hundreds of invalid inputs");
    }

    private static void WriteReport(int methods, int cases, List<IReadOnlyList<string>> rows, List<(string Method, string Reason)> exempt, int failures)
    {
        var text = new StringBuilder();
        text.Append("## Bad input\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Every public method of every sub-client interface, found by walking `IQbraidAccountClient`'s workspaces by reflection ({methods} methods), ");
        text.Append(CultureInfo.InvariantCulture, $"tried with **{cases} invalid inputs** chosen from each parameter's type and name: null, empty and whitespace strings, wrong-format ids ");
        text.Append("(not hex, 23 or 25 digits, a slash), zero and negative amounts, undefined enum values and unset wire enums, roles and tiers a request can't carry, ");
        text.Append("header-breaking idempotency and API keys, bad URLs and e-mails, unreadable, empty, non-image and oversized streams, CSVs with no or 101 rows, ");
        text.Append("page sizes outside 1 to 100, `To` before `From`, and every field of every request record broken on its own. Each must throw `ArgumentException` (or a subclass) ");
        text.Append("whose `ParamName` starts with the parameter (`request.Email`, `options.PageSize`...), and the server must see **zero** requests; a valid call of each method ");
        text.Append("must reach the server (so the counter works). Optional free text (`reason`, `note`, `message`, `promoCode`) may be left out but is tried empty and blank, which must be refused; other optional text (a search term) is not tried.\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Result: {cases} invalid inputs, {failures} failures.\n\n");
        text.Append(ReliabilityReport.Table(["Method", "Parameters", "Invalid inputs"], rows));
        text.Append("\nExempt (no argument can be wrong):\n\n");
        text.Append(ReliabilityReport.Table(["Method", "Why"], exempt.Select(e => (IReadOnlyList<string>)[e.Method, e.Reason])));
        ReliabilityReport.Write("40", "bad-input", text.ToString());
    }

    public void Dispose()
    {
        _client.Dispose();
        _server.Stop();
        _server.Dispose();
    }
}
