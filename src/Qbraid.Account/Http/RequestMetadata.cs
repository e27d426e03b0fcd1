using System.Net.Http;

namespace Qbraid.Account.Http;

/// <summary>Per-request facts the handlers need (route template, attempt count), kept on the message itself.</summary>
internal static class RequestMetadata
{
    private const string RouteKey = "Qbraid.Account.Route";
    private const string AttemptKey = "Qbraid.Account.Attempt";
    private const string ApiKeyKey = "Qbraid.Account.ApiKey";

#if NET5_0_OR_GREATER
    private static readonly HttpRequestOptionsKey<string> RouteOption = new(RouteKey);
    private static readonly HttpRequestOptionsKey<StrongBox> AttemptOption = new(AttemptKey);
    private static readonly HttpRequestOptionsKey<ApiKeyBox> ApiKeyOption = new(ApiKeyKey);

    /// <summary>Hands the key to <see cref="QbraidKeyHandler"/> instead of a header every handler and logger above it would see.</summary>
    public static void SetApiKey(HttpRequestMessage message, string apiKey) => message.Options.Set(ApiKeyOption, new ApiKeyBox(apiKey));

    public static string? ApiKey(HttpRequestMessage message)
        => message.Options.TryGetValue(ApiKeyOption, out var box) ? box.Value : null;

    public static void Set(HttpRequestMessage message, string routeTemplate)
    {
        message.Options.Set(RouteOption, routeTemplate);
        message.Options.Set(AttemptOption, new StrongBox());
    }

    public static string Route(HttpRequestMessage message)
        => message.Options.TryGetValue(RouteOption, out var route) ? route : "(external)";

    /// <summary>Counts this attempt and returns its 1-based number.</summary>
    public static int NextAttempt(HttpRequestMessage message)
        => message.Options.TryGetValue(AttemptOption, out var box) ? System.Threading.Interlocked.Increment(ref box.Value) : 1;
#else
    public static void SetApiKey(HttpRequestMessage message, string apiKey) => message.Properties[ApiKeyKey] = new ApiKeyBox(apiKey);

    public static string? ApiKey(HttpRequestMessage message)
        => message.Properties.TryGetValue(ApiKeyKey, out var box) && box is ApiKeyBox key ? key.Value : null;

    public static void Set(HttpRequestMessage message, string routeTemplate)
    {
        message.Properties[RouteKey] = routeTemplate;
        message.Properties[AttemptKey] = new StrongBox();
    }

    public static string Route(HttpRequestMessage message)
        => message.Properties.TryGetValue(RouteKey, out var route) && route is string text ? text : "(external)";

    public static int NextAttempt(HttpRequestMessage message)
        => message.Properties.TryGetValue(AttemptKey, out var box) && box is StrongBox counter ? System.Threading.Interlocked.Increment(ref counter.Value) : 1;
#endif

    internal sealed class StrongBox
    {
        public int Value;
    }

    /// <summary>Holds the key in the request's options; its ToString never shows it (options get dumped by diagnostics).</summary>
    internal sealed class ApiKeyBox
    {
        public ApiKeyBox(string value) => Value = value;

        public string Value { get; }

        public override string ToString() => "(redacted)";
    }
}
