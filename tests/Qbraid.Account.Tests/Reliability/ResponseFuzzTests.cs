using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Qbraid.Account.Http;
using Qbraid.Account.Workspaces;
using Xunit.Abstractions;

namespace Qbraid.Account.Tests.Reliability;

/// <summary>
/// Response fuzzing through the SDK's real reading path: a fake <see cref="HttpMessageHandler"/>
/// under a real <see cref="QbraidAccountClient"/>, and the client's own pipeline
/// (<c>QbraidPipeline.SendAsync</c>/<c>SendPageAsync</c>: envelope, error mapping, model reading).
/// Only a read model or a <see cref="QbraidException"/> may come out, and a read model must hold up
/// when a caller walks it. Seeded: the same inputs every run.
/// </summary>
[Collection(TelemetrySensitive.Name)]
public sealed class ResponseFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20_251_125;
    private const int InputsPerModel = 1_600;
    private const int InputsPerListModel = 400;
    private const int ErrorInputs = 4_000;
    private const string ApiKey = "qbr_fuzz_key_0123456789";

    private sealed class FakeHandler : HttpMessageHandler
    {
        public HttpStatusCode Status { get; set; } = HttpStatusCode.OK;

        public byte[] Body { get; set; } = [];

        public List<KeyValuePair<string, string>> Headers { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = new HttpResponseMessage(Status) { Content = new ByteArrayContent(Body), RequestMessage = request };
            response.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
            foreach (var (name, value) in Headers) response.Headers.TryAddWithoutValidation(name, value);
            return Task.FromResult(response);
        }
    }

    private sealed class Harness : IDisposable
    {
        public Harness()
        {
            Http = new HttpClient(Handler);
            Client = new QbraidAccountClient(Http, new QbraidAccountOptions { ApiKey = ApiKey, BaseUrl = new Uri("https://api.example.test/api/v1/"), UseEnvironment = false });
            Context = ((PersonalWorkspace)Client.Personal).Context;
        }

        public FakeHandler Handler { get; } = new();

        public HttpClient Http { get; }

        public QbraidAccountClient Client { get; }

        public WorkspaceContext Context { get; }

        public void Dispose()
        {
            Client.Dispose();
            Http.Dispose();
        }
    }

    /// <summary>What came out of one input.</summary>
    private enum Result { Read, ResponseException, ApiException, Crash }

    private sealed class Tally
    {
        public int Inputs;
        public int Read;
        public int ResponseExceptions;
        public int ApiExceptions;
        public readonly List<string> Crashes = [];
        public readonly Dictionary<string, int> Kinds = new(StringComparer.Ordinal);

        public void Add(Tally other)
        {
            Inputs += other.Inputs;
            Read += other.Read;
            ResponseExceptions += other.ResponseExceptions;
            ApiExceptions += other.ApiExceptions;
            Crashes.AddRange(other.Crashes);
            foreach (var (kind, count) in other.Kinds) Kinds[kind] = Kinds.GetValueOrDefault(kind) + count;
        }
    }

    [Fact]
    public void The_model_list_is_found_from_the_json_context_and_covers_every_read_model()
    {
        var models = ModelCatalog.ResponseModels;
        // A model each area reads; if discovery breaks, these go missing first.
        Assert.Contains(typeof(Qbraid.Account.Profile.UserProfile), models);
        Assert.Contains(typeof(Qbraid.Account.Organizations.Credits.CreditTransfer), models);
        Assert.Contains(typeof(Qbraid.Account.Organizations.Transactions.Transaction), models);
        Assert.Contains(typeof(Qbraid.Account.Identity.UserContext), models);
        Assert.Contains(typeof(Qbraid.Account.Usage.AiQuota), models);
        // Request-side types are written, not read.
        Assert.DoesNotContain(typeof(Qbraid.Account.Organizations.Settings.UpdateOrganizationSettingsRequest), models);
        Assert.DoesNotContain(typeof(Qbraid.Account.Organizations.Credits.TransferCreditsRequest), models);
        Assert.DoesNotContain(typeof(Qbraid.Account.Organizations.Settings.MemberDefaultsUpdate), models);
        // Every model a public method returns is in the list.
        foreach (var operation in PublicSurface.Methods())
        {
            var returned = ModelOf(operation.Method.ReturnType);
            if (returned?.Namespace?.StartsWith("Qbraid.Account", StringComparison.Ordinal) == true && ModelCatalog.RegisteredTypes.Contains(returned))
                Assert.Contains(returned, models);
        }
    }

    [Fact]
    public async Task Valid_bodies_unknown_enum_values_and_extra_fields_read_fine_for_every_model()
    {
        using var harness = new Harness();
        var problems = new List<string>();
        var checkedInputs = 0;
        foreach (var model in ModelCatalog.ResponseModels)
        {
            var variants = new List<(string Label, JsonNode? Data)> { ("valid", ModelCatalog.Sample(model)), ("extra fields everywhere", ModelCatalog.Sample(model, extraFields: true)) };
            for (var i = 0; i < ModelCatalog.WireEnumCount(model); i++)
                variants.Add(($"unknown enum value #{i + 1}", ModelCatalog.Sample(model, unknownEnumAt: i)));
            foreach (var (label, data) in variants)
            {
                foreach (var body in new[] { "{\"success\":true,\"data\":" + data!.ToJsonString() + ",\"meta\":{\"new\":1}}", "{\"status\":\"success\",\"data\":" + data.ToJsonString() + "}" })
                {
                    checkedInputs++;
                    harness.Handler.Status = HttpStatusCode.OK;
                    harness.Handler.Body = Encoding.UTF8.GetBytes(body);
                    var (result, detail, value) = await Send(harness, model, list: false);
                    if (result != Result.Read) problems.Add($"{model.Name} ({label}): {detail}");
                    else if (label.StartsWith("unknown", StringComparison.Ordinal) && !ModelCatalog.WireEnumValuesIn(value).Contains(ModelCatalog.UnknownEnumValue))
                        problems.Add($"{model.Name} ({label}): the unknown value was not kept");
                }
            }
        }
        output.WriteLine($"{ModelCatalog.ResponseModels.Count} models, {checkedInputs} valid-shape inputs");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Edge values for every number of every model, one field at a time: where overflow hides.</summary>
    [Fact]
    public async Task Every_numeric_field_at_its_edges_reads_or_is_refused_never_crashes()
    {
        string[] edges = ["79228162514264337593543950335", "-79228162514264337593543950335", "7.9e28", "2147483647", "-2147483648", "9223372036854775807", "0", "-1", "0.0001", "1e-28"];
        using var harness = new Harness();
        var problems = new List<string>();
        int inputs = 0, read = 0;
        foreach (var model in ModelCatalog.ResponseModels)
        {
            var numbers = NumberNodes(ModelCatalog.Sample(model)).Count;
            for (var n = 0; n < numbers; n++)
            {
                foreach (var edge in edges)
                {
                    var data = ModelCatalog.Sample(model);
                    var node = NumberNodes(data)[n];
                    var path = node.GetPath();
                    switch (node.Parent)
                    {
                        case JsonObject parent: parent[node.GetPropertyName()] = JsonNode.Parse(edge); break;
                        case JsonArray array: array[node.GetElementIndex()] = JsonNode.Parse(edge); break;
                    }
                    inputs++;
                    harness.Handler.Status = HttpStatusCode.OK;
                    harness.Handler.Body = Encoding.UTF8.GetBytes("{\"success\":true,\"data\":" + data!.ToJsonString() + "}");
                    var (result, detail, _) = await Send(harness, model, list: false);
                    if (result == Result.Read) read++;
                    else if (result != Result.ResponseException) problems.Add($"{model.Name} {path} = {edge}: {result} {detail}");
                }
            }
        }
        output.WriteLine($"Numeric edges: {inputs} inputs, {read} read, {inputs - read - problems.Count} refused as QbraidResponseException, {problems.Count} crashes");
        ReliabilityReport.Write("21", "numeric-edges", $"Numeric edges: every number of every model set, one at a time, to each of {string.Join(", ", edges.Select(e => $"`{e}`"))}: {inputs:N0} inputs, {read:N0} read, {inputs - read - problems.Count:N0} refused as `QbraidResponseException` (out of range for the field), {problems.Count} anything else.\n");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }

    private static List<JsonNode> NumberNodes(JsonNode? root)
    {
        var found = new List<JsonNode>();
        void Walk(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj: foreach (var (_, child) in obj) Walk(child); break;
                case JsonArray array: foreach (var child in array) Walk(child); break;
                case JsonValue value when value.GetValueKind() == System.Text.Json.JsonValueKind.Number: found.Add(value); break;
            }
        }
        Walk(root);
        return found;
    }

    [Fact]
    public async Task Thousands_of_damaged_bodies_per_model_end_in_a_model_or_a_qbraid_exception()
    {
        using var harness = new Harness();
        var total = new Tally();
        var perModel = new List<(string Model, Tally Tally)>();
        var models = ModelCatalog.ResponseModels;
        for (var m = 0; m < models.Count; m++)
        {
            var model = models[m];
            var tally = new Tally();
            var sample = ModelCatalog.Sample(model);
            var mutator = new JsonMutator(Seed + m);
            for (var i = 0; i < InputsPerModel; i++)
                await Feed(harness, model, list: false, mutator.Next(sample, list: false), tally, $"{model.Name} #{i} (seed {Seed + m})");
            // Lists are read element by element: damage an item inside a page too.
            var listMutator = new JsonMutator(Seed + 10_000 + m);
            var page = new JsonArray(ModelCatalog.Sample(model), ModelCatalog.Sample(model));
            for (var i = 0; i < InputsPerListModel; i++)
                await Feed(harness, model, list: true, listMutator.Next(page, list: true), tally, $"{model.Name}[] #{i} (seed {Seed + 10_000 + m})");
            perModel.Add((model.Name, tally));
            total.Add(tally);
        }

        output.WriteLine($"Response fuzzing: {total.Inputs:N0} inputs over {models.Count} models (seed {Seed}): {total.Read:N0} read, {total.ResponseExceptions:N0} QbraidResponseException, {total.ApiExceptions:N0} QbraidApiException, {total.Crashes.Count} crashes");
        foreach (var (model, tally) in perModel)
            output.WriteLine($"  {model}: {tally.Inputs} inputs, {tally.Read} read, {tally.ResponseExceptions} response exceptions, {tally.ApiExceptions} API exceptions");
        foreach (var group in total.Crashes.GroupBy(c => System.Text.RegularExpressions.Regex.Replace(c.Split(": ", 2)[^1].Split(" | ")[0], @"\[\d+\]|#\d+", "")).Take(30))
            output.WriteLine($"  crash x{group.Count()}: {group.First()}");
        WriteReport(total, perModel, models.Count);
        Assert.True(total.Crashes.Count == 0, $"{total.Crashes.Count} crashes, first ones:\n" + string.Join("\n", total.Crashes.Take(15)));
        Assert.True(total.Inputs >= models.Count * (InputsPerModel + InputsPerListModel));
        Assert.True(total.Read > 0 && total.ResponseExceptions > 0 && total.ApiExceptions > 0, "the mutations should reach every outcome");
    }

    [Fact]
    public async Task Damaged_error_bodies_and_headers_always_map_to_an_api_exception_with_the_status()
    {
        using var harness = new Harness();
        var tally = new Tally();
        var random = new Random(Seed);
        var mutator = new JsonMutator(Seed + 1);
        var sample = JsonNode.Parse("""{"success":false,"message":["first","second"],"error":{"code":"E_LIMIT","message":"limit"},"code":42,"errors":{"email":["is invalid"],"role":"unknown"},"data":{"errors":{"x":["y"]}}}""");
        int[] statuses = [300, 302, 400, 401, 403, 404, 408, 409, 410, 418, 422, 429, 500, 502, 503, 504, 599];
        string[] retryAfter = ["1", "-5", "1.5", "99999999999999999999", "1e308", "NaN", "Wed, 21 Oct 2015 07:28:00 GMT", "Fri, 31 Dec 9999 23:59:59 GMT", "garbage", "", "3600"];
        string[] numbers = ["1000", "-1", "2147483648", "abc", "", "1e3"];
        string[] resets = ["1767225600", "0", "-1", "253402300800", "99999999999999999999", "2026-11-25T13:49:52Z", "tomorrow"];
        for (var i = 0; i < ErrorInputs; i++)
        {
            var input = mutator.Next(sample, list: false);
            var status = statuses[random.Next(statuses.Length)];
            harness.Handler.Headers.Clear();
            if (random.Next(2) == 0) harness.Handler.Headers.Add(new("Retry-After", retryAfter[random.Next(retryAfter.Length)]));
            if (random.Next(2) == 0) harness.Handler.Headers.Add(new("X-RateLimit-Limit", numbers[random.Next(numbers.Length)]));
            if (random.Next(2) == 0) harness.Handler.Headers.Add(new("X-RateLimit-Remaining", numbers[random.Next(numbers.Length)]));
            if (random.Next(2) == 0) harness.Handler.Headers.Add(new("X-RateLimit-Reset", resets[random.Next(resets.Length)]));
            if (random.Next(2) == 0) harness.Handler.Headers.Add(new("X-Request-Id", random.Next(4) == 0 ? new string('r', 5000) : "req-" + i));
            harness.Handler.Status = (HttpStatusCode)status;
            harness.Handler.Body = input.Body;
            tally.Inputs++;
            foreach (var kind in input.Applied) tally.Kinds[kind] = tally.Kinds.GetValueOrDefault(kind) + 1;
            var (result, detail, _) = await Send(harness, typeof(Qbraid.Account.Organizations.OrganizationDetails), list: false);
            if (result == Result.ApiException && detail == status.ToString(CultureInfo.InvariantCulture)) tally.ApiExceptions++;
            else tally.Crashes.Add($"error #{i} (status {status}, {string.Join(", ", input.Applied)}): {result} {detail} | {Preview(input.Body)}");
        }
        harness.Handler.Headers.Clear();
        output.WriteLine($"Error fuzzing: {tally.Inputs:N0} damaged error bodies and headers, {tally.ApiExceptions:N0} mapped to the right QbraidApiException, {tally.Crashes.Count} otherwise");
        ReliabilityReport.Write("22", "error-fuzz", $"Damaged **error** answers: {tally.Inputs:N0} inputs (seed {Seed}; statuses 3xx to 5xx; mutated error bodies; garbage `Retry-After`, `X-RateLimit-*` and `X-Request-Id` headers) through the same path: every one became a `QbraidApiException` (or its subclass) carrying the response's status. Escapes: {tally.Crashes.Count}.\n");
        Assert.True(tally.Crashes.Count == 0, string.Join("\n", tally.Crashes.Take(15)));
    }

    private static async Task Feed(Harness harness, Type model, bool list, JsonMutator.Input input, Tally tally, string label)
    {
        tally.Inputs++;
        foreach (var kind in input.Applied) tally.Kinds[kind] = tally.Kinds.GetValueOrDefault(kind) + 1;
        harness.Handler.Status = HttpStatusCode.OK;
        harness.Handler.Body = input.Body;
        var (result, detail, _) = await Send(harness, model, list);
        switch (result)
        {
            case Result.Read: tally.Read++; break;
            case Result.ResponseException: tally.ResponseExceptions++; break;
            case Result.ApiException: tally.ApiExceptions++; break;
            default: tally.Crashes.Add($"{label} [{string.Join(", ", input.Applied)}]: {detail} | {Preview(input.Body)}"); break;
        }
    }

    /// <summary>Sends one call through the pipeline for <paramref name="model"/> and classifies what came out.</summary>
    private static Task<(Result, string, object?)> Send(Harness harness, Type model, bool list)
        => Senders.GetOrAdd(model, static type =>
        {
            var method = typeof(ResponseFuzzTests).GetMethod(nameof(SendTyped), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.MakeGenericMethod(type);
            var info = ModelCatalog.TypeInfo(type);
            return (h, l) => (Task<(Result, string, object?)>)method.Invoke(null, [h, info, l])!;
        })(harness, list);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, Func<Harness, bool, Task<(Result, string, object?)>>> Senders = new();

    private static async Task<(Result, string, object?)> SendTyped<T>(Harness harness, JsonTypeInfo<T> info, bool list)
    {
        object? value;
        try
        {
            var request = ApiRequest.Get(Routes.Me);
            value = list
                ? (await harness.Context.Pipeline.SendPageAsync(request.ForPage(1, 50), harness.Context.Scope, info, default).WaitAsync(TimeSpan.FromSeconds(10))).Items
                : await harness.Context.Pipeline.SendAsync(request, harness.Context.Scope, info, default).WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (QbraidResponseException ex)
        {
            return (Result.ResponseException, ex.StatusCode.ToString(CultureInfo.InvariantCulture), null);
        }
        catch (QbraidApiException ex)
        {
            return (Result.ApiException, ex.StatusCode.ToString(CultureInfo.InvariantCulture), null);
        }
        catch (Exception ex)
        {
            return (Result.Crash, $"{ex.GetType().FullName}: {ex.Message}\n{ex.StackTrace}", null);
        }

        // A read model must survive what a caller does with it: every getter, ToString, equality.
        var problems = new List<string>();
        if (value is null) problems.Add("null model");
        try
        {
            _ = ToText(value);
            _ = value?.GetHashCode();
            _ = value?.Equals(value);
        }
        catch (Exception ex)
        {
            problems.Add($"ToString/GetHashCode threw {ex.GetType().Name}: {ex.Message}");
        }
        ModelCatalog.Inspect(value, typeof(T).Name, problems);
        return problems.Count == 0 ? (Result.Read, "read", value) : (Result.Crash, "read, but: " + string.Join("; ", problems), value);
    }

    private static string ToText(object? value) => value is System.Collections.IEnumerable items and not string
        ? string.Join(",", items.Cast<object?>().Select(i => i?.ToString()))
        : value?.ToString() ?? "null";

    private static Type? ModelOf(Type returnType)
    {
        var type = returnType;
        while (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            if (definition == typeof(Task<>) || definition == typeof(AsyncPageable<>) || definition == typeof(IReadOnlyList<>) || definition == typeof(Nullable<>))
                type = type.GetGenericArguments()[0];
            else break;
        }
        return type == returnType && !returnType.IsClass ? null : type;
    }

    private static string Preview(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body.AsSpan(0, Math.Min(body.Length, 300)));
        return text.Replace("\n", "\\n", StringComparison.Ordinal);
    }

    private static void WriteReport(Tally total, List<(string Model, Tally Tally)> perModel, int modelCount)
    {
        var text = new StringBuilder();
        text.Append("## Response fuzzing\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Every response model registered in `QbraidJsonContext` ({modelCount} models, found by reflection) gets a valid body generated from the JSON source generator's metadata, ");
        text.Append(CultureInfo.InvariantCulture, $"then {InputsPerModel:N0} damaged single bodies and {InputsPerListModel:N0} damaged list pages each (seed {Seed}, repeatable), fed through a fake `HttpMessageHandler` ");
        text.Append("under a real `QbraidAccountClient` and the SDK's own pipeline (`QbraidPipeline` → `ResponseReader` / `ErrorMapper`). Each input gets 1 to 3 structural mutations, an envelope ");
        text.Append("(documented, JSend, bare or damaged) and sometimes byte damage. A read model is then walked like a caller would (every getter, computed ones included, `ToString`, equality) ");
        text.Append("and checked against its nullable annotations. Valid bodies with extra fields everywhere and with each wire-enum value replaced by an unknown one must read (they do).\n\n");
        text.Append(CultureInfo.InvariantCulture, $"**{total.Inputs:N0} inputs**: {total.Read:N0} read as a model, {total.ResponseExceptions:N0} `QbraidResponseException`, {total.ApiExceptions:N0} `QbraidApiException` (an envelope saying failure), **{total.Crashes.Count} anything else**.\n\n");
        text.Append(ReliabilityReport.Table(["Mutation", "Inputs using it"], total.Kinds.OrderByDescending(k => k.Value).Select(k => (IReadOnlyList<string>)[k.Key, k.Value.ToString("N0", CultureInfo.InvariantCulture)])));
        text.Append('\n');
        text.Append(ReliabilityReport.Table(["Model", "Inputs", "Read", "QbraidResponseException", "QbraidApiException", "Other"],
            perModel.Select(p => (IReadOnlyList<string>)[p.Model, p.Tally.Inputs.ToString(CultureInfo.InvariantCulture), p.Tally.Read.ToString(CultureInfo.InvariantCulture), p.Tally.ResponseExceptions.ToString(CultureInfo.InvariantCulture), p.Tally.ApiExceptions.ToString(CultureInfo.InvariantCulture), p.Tally.Crashes.Count.ToString(CultureInfo.InvariantCulture)])));
        ReliabilityReport.Write("20", "response-fuzz", text.ToString());
    }
}
