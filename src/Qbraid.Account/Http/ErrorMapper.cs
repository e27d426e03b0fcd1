using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using System.Text.Json;

namespace Qbraid.Account.Http;

/// <summary>
/// The one place that turns a failed response into an SDK exception. Copes with every error body
/// the contract allows: <c>message</c> as a string or a list, <c>error</c> as a string or
/// <c>{code, message}</c>, field <c>errors</c>, and bodies that are empty, HTML or truncated.
/// </summary>
internal static class ErrorMapper
{
    public const int ExcerptLength = 1024;

    public static QbraidApiException Map(HttpResponseMessage response, ReadOnlySpan<byte> body, string? apiKey, DateTimeOffset now)
    {
        var status = (int)response.StatusCode;
        var details = Parse(body);
        var requestId = ResponseHeaders.RequestId(response);
        var retryAfter = ResponseHeaders.RetryAfter(response, now);
        var reason = string.IsNullOrEmpty(response.ReasonPhrase) ? null : response.ReasonPhrase;

        var text = new StringBuilder();
        text.Append("qBraid API ").Append(status);
        if (reason is not null) text.Append(' ').Append(reason);
        text.Append(": ").Append(details.Message ?? DefaultMessage(status));
        if (details.ErrorCode is not null) text.Append(" [").Append(details.ErrorCode).Append(']');
        if (requestId is not null) text.Append(" (request id ").Append(requestId).Append(')');
        var message = Redact(text.ToString(), apiKey);
        var excerpt = Redact(Excerpt(body), apiKey);
        var errorCode = RedactOrNull(details.ErrorCode, apiKey);

        QbraidApiException exception = status switch
        {
            400 or 422 => new QbraidValidationException(status, message, Redact(details.FieldErrors, apiKey)),
            401 => new QbraidAuthenticationException(message),
            403 => new QbraidPermissionException(message),
            404 => new QbraidNotFoundException(message),
            409 => new QbraidConflictException(message),
            410 => new QbraidGoneException(message) { Reason = GoneReason.FromErrorCode(details.ErrorCode) },
            429 => new QbraidRateLimitException(message)
            {
                Limit = ResponseHeaders.Int(response, HeaderNames.RateLimitLimit),
                Remaining = ResponseHeaders.Int(response, HeaderNames.RateLimitRemaining),
                ResetsAt = ResponseHeaders.Reset(response),
            },
            >= 500 and <= 599 => new QbraidServerException(status, message),
            _ => new QbraidApiException(status, message),
        };
        exception.SetDetails(requestId, errorCode, retryAfter, excerpt);
        return exception;
    }

    /// <summary>A 2xx whose envelope said it failed (<c>success: false</c> or JSend <c>fail</c>/<c>error</c>).</summary>
    public static QbraidApiException EnvelopeFailure(HttpResponseMessage response, ReadOnlySpan<byte> body, string? apiKey)
    {
        var details = Parse(body);
        var requestId = ResponseHeaders.RequestId(response);
        var text = $"qBraid API reported a failure with status {(int)response.StatusCode}: {details.Message ?? "no message given"}"
            + (requestId is null ? string.Empty : $" (request id {requestId})");
        var exception = new QbraidApiException((int)response.StatusCode, Redact(text, apiKey));
        exception.SetDetails(requestId, RedactOrNull(details.ErrorCode, apiKey), null, Redact(Excerpt(body), apiKey));
        return exception;
    }

    public static string Excerpt(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty) return string.Empty;
        var slice = body.Length > ExcerptLength * 4 ? body.Slice(0, ExcerptLength * 4) : body;
        var text = Encoding.UTF8.GetString(slice.ToArray());
        return text.Length > ExcerptLength ? text.Substring(0, ExcerptLength) : text;
    }

    public static string Redact(string text, string? apiKey)
        => string.IsNullOrEmpty(apiKey) || text.IndexOf(apiKey!, StringComparison.Ordinal) < 0 ? text : text.Replace(apiKey!, "[redacted]");

    private static string? RedactOrNull(string? text, string? apiKey) => text is null ? null : Redact(text, apiKey);

    /// <summary>Field errors echo what the server got: field names and messages may quote the key.</summary>
    private static IReadOnlyDictionary<string, IReadOnlyList<string>>? Redact(IReadOnlyDictionary<string, IReadOnlyList<string>>? fields, string? apiKey)
    {
        if (fields is null || string.IsNullOrEmpty(apiKey)) return fields;
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var pair in fields)
        {
            var messages = new List<string>(pair.Value.Count);
            foreach (var message in pair.Value) messages.Add(Redact(message, apiKey));
            result[Redact(pair.Key, apiKey)] = messages;
        }
        return result;
    }

    /// <summary>
    /// The cause to attach to an SDK exception. Reader and parser messages quote the body they choked
    /// on, which may echo the key: such a cause is replaced by a copy with the key redacted (same type
    /// family, position kept), so the exception's ToString() never carries the key.
    /// </summary>
    public static Exception? SafeCause(Exception? cause, string? apiKey)
    {
        if (cause is null || string.IsNullOrEmpty(apiKey) || cause.ToString().IndexOf(apiKey!, StringComparison.Ordinal) < 0) return cause;
        var message = Redact(cause.Message, apiKey);
        return cause switch
        {
            JsonException json => new JsonException(message, json.Path, json.LineNumber, json.BytePositionInLine),
            OperationCanceledException => new OperationCanceledException(message),
            System.IO.IOException => new System.IO.IOException(message),
            HttpRequestException => new HttpRequestException(message),
            _ => new InvalidOperationException(message),
        };
    }

    private static string DefaultMessage(int status) => status switch
    {
        400 => "the request was rejected as invalid",
        401 => "authentication failed: check the API key",
        403 => "not allowed in this workspace or with this role",
        404 => "not found",
        409 => "conflicts with the current state",
        410 => "no longer available",
        422 => "the request was rejected as invalid",
        429 => "rate limit exceeded",
        >= 500 => "the server failed",
        _ => "the request failed",
    };

    private readonly struct Details
    {
        public Details(string? message, string? errorCode, IReadOnlyDictionary<string, IReadOnlyList<string>>? fieldErrors)
        {
            Message = message;
            ErrorCode = errorCode;
            FieldErrors = fieldErrors;
        }

        public string? Message { get; }

        public string? ErrorCode { get; }

        public IReadOnlyDictionary<string, IReadOnlyList<string>>? FieldErrors { get; }
    }

    private static Details Parse(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty) return default;
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 64, CommentHandling = JsonCommentHandling.Skip });
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.String) return new Details(root.GetString(), null, null);
            if (root.ValueKind != JsonValueKind.Object) return default;

            string? message = null;
            string? code = null;
            Dictionary<string, IReadOnlyList<string>>? fields = null;
            if (root.TryGetProperty("message", out var m)) message = JoinStrings(m);
            if (root.TryGetProperty("error", out var e))
            {
                if (e.ValueKind == JsonValueKind.String)
                {
                    var value = e.GetString();
                    if (message is null)
                    {
                        message = value;
                        // A bare token such as "expired" is also the machine-readable code.
                        if (value is not null && value.Length > 0 && value.IndexOf(' ') < 0) code = value;
                    }
                    else
                    {
                        code = value;
                    }
                }
                else if (e.ValueKind == JsonValueKind.Object)
                {
                    if (e.TryGetProperty("code", out var c)) code = Scalar(c);
                    if (e.TryGetProperty("message", out var em)) message ??= JoinStrings(em);
                }
            }
            if (root.TryGetProperty("code", out var rootCode)) code ??= Scalar(rootCode);
            if (root.TryGetProperty("errors", out var errors) || (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object && data.TryGetProperty("errors", out errors)))
                fields = FieldErrors(errors);
            if (message is null && fields is { Count: > 0 })
                message = string.Join("; ", FlattenFields(fields));
            return new Details(message, code, fields);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // HTML, plain text or truncated JSON; or JSON whose strings are not valid UTF-8 (GetString
            // throws InvalidOperationException): the status and excerpt still describe the failure.
            return default;
        }
    }

    private static Dictionary<string, IReadOnlyList<string>>? FieldErrors(JsonElement errors)
    {
        if (errors.ValueKind != JsonValueKind.Object) return null;
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var property in errors.EnumerateObject())
        {
            var list = new List<string>();
            if (property.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in property.Value.EnumerateArray())
                    if (Scalar(item) is { } s) list.Add(s);
            }
            else if (Scalar(property.Value) is { } s)
            {
                list.Add(s);
            }
            result[property.Name] = list;
        }
        return result;
    }

    private static IEnumerable<string> FlattenFields(Dictionary<string, IReadOnlyList<string>> fields)
    {
        foreach (var pair in fields)
            yield return pair.Value.Count == 0 ? pair.Key : $"{pair.Key}: {string.Join(", ", pair.Value)}";
    }

    private static string? JoinStrings(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            var parts = new List<string>();
            foreach (var item in element.EnumerateArray())
                if (Scalar(item) is { } s) parts.Add(s);
            return parts.Count == 0 ? null : string.Join("; ", parts);
        }
        return Scalar(element);
    }

    private static string? Scalar(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
        _ => null,
    };
}
