using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Qbraid.Account.Http;

/// <summary>
/// What one call sends, before it becomes an <see cref="HttpRequestMessage"/>. Built by the
/// sub-clients after their argument checks; turned into a message by <see cref="QbraidPipeline"/>.
/// </summary>
internal sealed class ApiRequest
{
    private static readonly HttpMethod PatchMethod = new("PATCH");

    private List<KeyValuePair<string, string>>? _query;

    private ApiRequest(HttpMethod method, Route route, string path)
    {
        Method = method;
        Route = route;
        Path = path;
    }

    public HttpMethod Method { get; }

    public Route Route { get; }

    /// <summary>The escaped path, starting with '/'.</summary>
    public string Path { get; }

    public IReadOnlyList<KeyValuePair<string, string>>? Query => _query;

    public byte[]? Body { get; private set; }

    public string? ContentType { get; private set; }

    /// <summary>Set once per call and reused by every retry of it.</summary>
    public string? IdempotencyKey { get; private set; }

    // One- and no-value overloads: most routes take at most one id, and these skip the params array.
    public static ApiRequest Get(Route route) => new(HttpMethod.Get, route, route.Format());

    public static ApiRequest Get(Route route, string value) => new(HttpMethod.Get, route, route.Format(value));

    public static ApiRequest Get(Route route, params string[] values) => new(HttpMethod.Get, route, route.Format(values));

    public static ApiRequest Post(Route route) => new(HttpMethod.Post, route, route.Format());

    public static ApiRequest Post(Route route, string value) => new(HttpMethod.Post, route, route.Format(value));

    public static ApiRequest Post(Route route, params string[] values) => new(HttpMethod.Post, route, route.Format(values));

    public static ApiRequest Put(Route route) => new(HttpMethod.Put, route, route.Format());

    public static ApiRequest Put(Route route, string value) => new(HttpMethod.Put, route, route.Format(value));

    public static ApiRequest Put(Route route, params string[] values) => new(HttpMethod.Put, route, route.Format(values));

    public static ApiRequest Patch(Route route) => new(PatchMethod, route, route.Format());

    public static ApiRequest Patch(Route route, string value) => new(PatchMethod, route, route.Format(value));

    public static ApiRequest Patch(Route route, params string[] values) => new(PatchMethod, route, route.Format(values));

    public static ApiRequest Delete(Route route) => new(HttpMethod.Delete, route, route.Format());

    public static ApiRequest Delete(Route route, string value) => new(HttpMethod.Delete, route, route.Format(value));

    public static ApiRequest Delete(Route route, params string[] values) => new(HttpMethod.Delete, route, route.Format(values));

    /// <summary>Adds a query parameter; a null value is left out.</summary>
    public ApiRequest WithQuery(string name, string? value)
    {
        if (value is null) return this;
        (_query ??= new List<KeyValuePair<string, string>>(4)).Add(new KeyValuePair<string, string>(name, value));
        return this;
    }

    /// <summary>A JSON body, serialised now so every retry resends the same bytes.</summary>
    public ApiRequest WithJson<T>(T body, JsonTypeInfo<T> typeInfo)
    {
        Body = JsonSerializer.SerializeToUtf8Bytes(body, typeInfo);
        ContentType = "application/json";
        return this;
    }

    public ApiRequest WithBody(byte[] body, string contentType)
    {
        Body = body;
        ContentType = contentType;
        return this;
    }

    /// <summary>
    /// Marks the call as creating something or moving credits or money: it gets an
    /// <c>Idempotency-Key</c> (the caller's, or a new UUID) and may then be retried safely.
    /// </summary>
    public ApiRequest WithIdempotencyKey(string? callerKey)
    {
        if (callerKey is not null)
        {
            IdempotencyKey = Common.Guard.IdempotencyKey(callerKey, "idempotencyKey");
        }
        else
        {
            IdempotencyKey = Guid.NewGuid().ToString("D");
        }
        return this;
    }

    /// <summary>Copy of this request for one page of a list.</summary>
    public ApiRequest ForPage(int page, int limit)
    {
        var copy = new ApiRequest(Method, Route, Path);
        if (_query is not null) copy._query = new List<KeyValuePair<string, string>>(_query);
        return copy.WithQuery("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture))
                   .WithQuery("limit", limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Whether the request is its route's fixed path, with no query: its URI can be cached on the route.</summary>
    public bool IsFixedPath => Route.ParameterCount == 0 && (_query is null || _query.Count == 0);

    /// <summary>The absolute URI under <paramref name="baseUrl"/> (which ends with '/').</summary>
    public Uri AbsoluteUri(Uri baseUrl, string baseUrlText)
    {
        if (IsFixedPath) return Route.AbsoluteUri(baseUrl);
        var builder = new System.Text.StringBuilder(baseUrlText.Length + Path.Length + 64);
        builder.Append(baseUrlText).Append(Path, 1, Path.Length - 1);
        AppendQuery(builder);
        return new Uri(builder.ToString(), UriKind.Absolute);
    }

    public string PathAndQuery()
    {
        if (_query is null || _query.Count == 0) return Path;
        var builder = new System.Text.StringBuilder(Path, Path.Length + 64);
        AppendQuery(builder);
        return builder.ToString();
    }

    private void AppendQuery(System.Text.StringBuilder builder)
    {
        if (_query is null) return;
        var separator = '?';
        foreach (var pair in _query)
        {
            builder.Append(separator).Append(Uri.EscapeDataString(pair.Key)).Append('=').Append(Uri.EscapeDataString(pair.Value));
            separator = '&';
        }
    }
}
