using System.Net.Http.Headers;
using System.Text;

namespace Qbraid.Account.Testing.Tests.Infrastructure;

/// <summary>A thin HttpClient over the sandbox: one key, optionally one organization workspace.</summary>
public sealed class ApiClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly string? _key;
    private readonly string? _organizationId;

    public ApiClient(Uri baseUrl, string? key, string? organizationId = null)
    {
        _http = new HttpClient { BaseAddress = baseUrl };
        _key = key;
        _organizationId = organizationId;
    }

    public Task<Reply> Get(string path) => Send(HttpMethod.Get, path);

    public Task<Reply> Post(string path, object? body = null, string? idempotencyKey = null)
        => Send(HttpMethod.Post, path, body is null ? null : Json(body), idempotencyKey);

    public Task<Reply> Patch(string path, object body) => Send(HttpMethod.Patch, path, Json(body));

    public Task<Reply> Put(string path, HttpContent content) => Send(HttpMethod.Put, path, content);

    public Task<Reply> Delete(string path) => Send(HttpMethod.Delete, path);

    public async Task<Reply> Send(HttpMethod method, string path, HttpContent? content = null, string? idempotencyKey = null, Action<HttpRequestMessage>? configure = null)
    {
        using var request = new HttpRequestMessage(method, path.TrimStart('/')) { Content = content };
        if (_key is not null) request.Headers.TryAddWithoutValidation("X-API-KEY", _key);
        if (_organizationId is not null) request.Headers.TryAddWithoutValidation("X-Organization-Id", _organizationId);
        if (idempotencyKey is not null) request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        configure?.Invoke(request);
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new Reply(response.StatusCode, text, response.Headers, response.Content.Headers.ContentType);
    }

    public static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    public static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    public static MultipartFormDataContent Image(byte[] bytes, string fileName = "image.png", string mediaType = "image/png")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    public void Dispose() => _http.Dispose();
}

/// <summary>A response: status, raw text, parsed envelope.</summary>
public sealed class Reply
{
    public Reply(HttpStatusCode status, string text, HttpResponseHeaders headers, MediaTypeHeaderValue? contentType)
    {
        Status = status;
        Text = text;
        Headers = headers;
        ContentType = contentType;
        Body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public HttpStatusCode Status { get; }

    public string Text { get; }

    public HttpResponseHeaders Headers { get; }

    public MediaTypeHeaderValue? ContentType { get; }

    public JsonElement Body { get; }

    public JsonElement Data => Body.GetProperty("data");

    public string Message => Body.GetProperty("message").GetString()!;

    public string? Header(string name) => Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;

    /// <summary>Asserts the status and, for errors, the error envelope; returns this for chaining.</summary>
    public Reply Expect(HttpStatusCode status)
    {
        Assert.True(status == Status, $"Expected {(int)status} {status}, got {(int)Status} {Status}: {Text}");
        if ((int)status >= 400)
        {
            Assert.False(Body.GetProperty("success").GetBoolean());
            Assert.False(string.IsNullOrWhiteSpace(Message));
        }
        else if (status != HttpStatusCode.NoContent)
        {
            Assert.True(Body.GetProperty("success").GetBoolean());
        }
        return this;
    }

    public Reply Ok() => Expect(HttpStatusCode.OK);

    public override string ToString() => $"{(int)Status} {Text}";
}

public static class JsonExtensions
{
    public static decimal Dec(this JsonElement element, string name) => element.GetProperty(name).GetDecimal();

    public static string Str(this JsonElement element, string name) => element.GetProperty(name).GetString()!;

    public static int Int(this JsonElement element, string name) => element.GetProperty(name).GetInt32();

    public static bool Bool(this JsonElement element, string name) => element.GetProperty(name).GetBoolean();

    public static List<JsonElement> Items(this JsonElement element) => element.EnumerateArray().ToList();
}
