using System.Text.Json.Nodes;
using WireMock.Logging;

namespace Qbraid.Account.Tests.Organizations;

/// <summary>Assertions shared by the organization billing-area tests (credits, subscription, transactions, settings).</summary>
internal static class BillingAreaAssert
{
    /// <summary>The request's JSON body equals <paramref name="expectedJson"/> exactly: same fields, no extra ones.</summary>
    public static void JsonBody(ILogEntry entry, string expectedJson)
    {
        var body = entry.RequestMessage!.Body;
        Assert.False(string.IsNullOrEmpty(body), "the request had no body");
        var actual = JsonNode.Parse(body!);
        var expected = JsonNode.Parse(expectedJson);
        Assert.True(JsonNode.DeepEquals(expected, actual), $"JSON body differs.\nExpected: {expected?.ToJsonString()}\nActual:   {actual?.ToJsonString()}");
        Assert.StartsWith("application/json", Header(entry, "Content-Type"));
    }

    /// <summary>An Idempotency-Key that the SDK generated: a UUID.</summary>
    public static string GeneratedIdempotencyKey(ILogEntry entry)
    {
        var key = Header(entry, "Idempotency-Key");
        Assert.NotNull(key);
        Assert.True(Guid.TryParse(key, out _), $"Idempotency-Key '{key}' is not a UUID");
        return key!;
    }

    public static void NoIdempotencyKey(ILogEntry entry) => Assert.Null(Header(entry, "Idempotency-Key"));

    public static string? Header(ILogEntry entry, string name)
        => entry.RequestMessage!.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
}
