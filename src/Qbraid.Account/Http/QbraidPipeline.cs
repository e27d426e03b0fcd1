using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Polly.Timeout;
using Qbraid.Account.Credentials;

namespace Qbraid.Account.Http;

/// <summary>
/// Sends every call of one client: builds the <see cref="HttpRequestMessage"/> (headers per
/// request, never on the shared <see cref="HttpClient"/>), hands it to the handler chain (where
/// the resilience handler retries), and reads the result or maps the failure. Immutable and
/// shared by all workspace views of a client.
/// </summary>
internal sealed class QbraidPipeline
{
    private const int MaxBodyBytes = 64 * 1024 * 1024;

    private readonly HttpClient _http;
    private readonly ResolvedSettings _settings;
    private readonly string _userAgent;
    private readonly string _baseUrlText;
    private readonly TimeProvider _time;
    private readonly bool _keyHandlerBelow;
    private int _disposed;

    // keyHandlerBelow: the handler chain ends in QbraidKeyHandler (the SDK built it), so the key is
    // handed to it instead of set as a header; false for a caller's own HttpClient, which gets the header.
    public QbraidPipeline(HttpClient http, ResolvedSettings settings, string userAgent, ILogger logger, TimeProvider time, bool keyHandlerBelow = false)
    {
        _keyHandlerBelow = keyHandlerBelow;
        _http = http;
        _settings = settings;
        _userAgent = userAgent;
        _baseUrlText = settings.BaseUrl.AbsoluteUri;
        Logger = logger;
        _time = time;
    }

    public ILogger Logger { get; }

    public Uri BaseUrl => _settings.BaseUrl;

    public string DefaultApiKey => _settings.ApiKey;

    public void MarkDisposed() => Interlocked.Exchange(ref _disposed, 1);

    /// <summary>Sends and reads <c>data</c> as <typeparamref name="T"/>.</summary>
    public Task<T> SendAsync<T>(ApiRequest request, WorkspaceScope scope, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        => SendCoreAsync<T, DataResult<T>>(request, scope, new DataResult<T>(typeInfo), cancellationToken);

    /// <summary>Sends and reads one page of a list.</summary>
    public Task<(List<T> Items, Pagination? Pagination)> SendPageAsync<T>(ApiRequest request, WorkspaceScope scope, JsonTypeInfo<T> elementInfo, CancellationToken cancellationToken)
        => SendCoreAsync<(List<T>, Pagination?), PageResult<T>>(request, scope, new PageResult<T>(elementInfo), cancellationToken);

    /// <summary>Sends a call whose success carries no payload the caller needs (e.g. 204).</summary>
    public Task SendAsync(ApiRequest request, WorkspaceScope scope, CancellationToken cancellationToken)
        => SendCoreAsync<bool, NoContentResult>(request, scope, default, cancellationToken);

    /// <summary>How a successful body becomes the call's result (a struct, so no per-call delegate or closure).</summary>
    private interface IResultReader<TResult>
    {
        TResult Read(QbraidPipeline pipeline, ApiRequest request, HttpResponseMessage response, ReadOnlySpan<byte> body, WorkspaceScope scope);
    }

    private readonly struct DataResult<T> : IResultReader<T>
    {
        private readonly JsonTypeInfo<T> _typeInfo;

        public DataResult(JsonTypeInfo<T> typeInfo) => _typeInfo = typeInfo;

        public T Read(QbraidPipeline pipeline, ApiRequest request, HttpResponseMessage response, ReadOnlySpan<byte> body, WorkspaceScope scope)
        {
            var envelope = pipeline.Read(response, body, scope, _typeInfo, static (span, info) => ResponseReader.Read(span, info));
            if (!envelope.HasData)
                throw pipeline.Invalid(response, body, scope, $"The response to {request.Method} {request.Route} has no 'data'.", null);
            return envelope.Data!;
        }
    }

    private readonly struct PageResult<T> : IResultReader<(List<T>, Pagination?)>
    {
        private readonly JsonTypeInfo<T> _elementInfo;

        public PageResult(JsonTypeInfo<T> elementInfo) => _elementInfo = elementInfo;

        public (List<T>, Pagination?) Read(QbraidPipeline pipeline, ApiRequest request, HttpResponseMessage response, ReadOnlySpan<byte> body, WorkspaceScope scope)
        {
            var envelope = pipeline.Read(response, body, scope, _elementInfo, static (span, info) => ResponseReader.ReadList(span, info));
            if (!envelope.HasData)
                throw pipeline.Invalid(response, body, scope, $"The response to {request.Method} {request.Route} has no 'data' list.", null);
            return (envelope.Data!, envelope.Pagination);
        }
    }

    private readonly struct NoContentResult : IResultReader<bool>
    {
        public bool Read(QbraidPipeline pipeline, ApiRequest request, HttpResponseMessage response, ReadOnlySpan<byte> body, WorkspaceScope scope)
        {
            // A body on a no-content call still has to say success.
            if (body.Length > 0)
                _ = pipeline.Read(response, body, scope, QbraidJsonContext.Default.JsonElement, static (span, info) => ResponseReader.Read(span, info));
            return true;
        }
    }

    private ResponseReader.Envelope<TResult> Read<TResult, TState>(HttpResponseMessage response, ReadOnlySpan<byte> body, WorkspaceScope scope, TState state, ReadFunc<TResult, TState> read)
    {
        ResponseReader.Envelope<TResult> envelope;
        try
        {
            envelope = read(body, state);
        }
        catch (JsonException ex)
        {
            if (ResponseReader.IsFailureEnvelope(body))
                throw ErrorMapper.EnvelopeFailure(response, body, scope.ApiKey);
            throw Invalid(response, body, scope, "The response body is not the JSON the API contract describes: " + ex.Message, ex);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or OverflowException or ArgumentException or NotSupportedException)
        {
            throw Invalid(response, body, scope, "The response body could not be read: " + ex.Message, ex);
        }
        if (envelope.Failed)
            throw ErrorMapper.EnvelopeFailure(response, body, scope.ApiKey);
        return envelope;
    }

    private delegate ResponseReader.Envelope<TResult> ReadFunc<TResult, TState>(ReadOnlySpan<byte> span, TState state);

    private QbraidResponseException Invalid(HttpResponseMessage response, ReadOnlySpan<byte> body, WorkspaceScope scope, string message, Exception? inner)
    {
        var requestId = ResponseHeaders.RequestId(response);
        var text = ErrorMapper.Redact(message, scope.ApiKey) + (requestId is null ? string.Empty : $" (request id {requestId})");
        var exception = new QbraidResponseException((int)response.StatusCode, text, ErrorMapper.SafeCause(inner, scope.ApiKey))
        {
            ResponseBodyExcerpt = ErrorMapper.Redact(ErrorMapper.Excerpt(body), scope.ApiKey),
        };
        exception.SetRequestId(requestId);
        return exception;
    }

    private void EnsureSuccess(HttpResponseMessage response, ReadOnlySpan<byte> body, WorkspaceScope scope)
    {
        var status = (int)response.StatusCode;
        if (status >= 200 && status <= 299) return;
        throw ErrorMapper.Map(response, body, scope.ApiKey, _time.GetUtcNow());
    }

    /// <summary>
    /// The whole call in one async method (one state machine): build, send, take the body the call
    /// handler read (or read it here when the HttpClient is the caller's own), parse, record.
    /// Tracing and metrics cost nothing unless someone listens.
    /// </summary>
    private async Task<TResult> SendCoreAsync<TResult, TReader>(ApiRequest request, WorkspaceScope scope, TReader reader, CancellationToken cancellationToken)
        where TReader : struct, IResultReader<TResult>
    {
        if (Volatile.Read(ref _disposed) != 0)
            throw new ObjectDisposedException(nameof(QbraidAccountClient), "This QbraidAccountClient has been disposed.");
        cancellationToken.ThrowIfCancellationRequested();

        var message = BuildMessage(request, scope);
        var activity = QbraidTelemetry.Source.HasListeners()
            ? QbraidTelemetry.Source.StartActivity(request.Route.ActivityName(request.Method), System.Diagnostics.ActivityKind.Client)
            : null;
        if (activity is not null)
        {
            activity.SetTag(QbraidTelemetry.MethodTag, request.Method.Method);
            activity.SetTag(QbraidTelemetry.RouteTag, request.Route.Template);
            activity.SetTag(QbraidTelemetry.WorkspaceKindTag, Kind(scope));
        }
        var started = QbraidTelemetry.CallDuration.Enabled ? System.Diagnostics.Stopwatch.GetTimestamp() : 0;
        var status = 0;
        string? failure = null;
        HttpResponseMessage? response = null;
        byte[]? buffer = null;
        try
        {
            int length;
            try
            {
                response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                status = (int)response.StatusCode;
                activity?.SetTag(QbraidTelemetry.StatusTag, status);
                if (status >= 400) activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error);
                if (!message.TryTakeBody(out buffer, out length))
                    (buffer, length) = await ReadBodyAsync(response, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (Observe(ex, activity, ref failure))
            {
                throw; // unreachable: the filter only observes
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw; // the caller's own cancellation stays an OperationCanceledException
            }
            catch (OperationCanceledException) when (Volatile.Read(ref _disposed) != 0)
            {
                // Disposing the client cancels what it has in flight: say so, not "timed out".
                throw new ObjectDisposedException(nameof(QbraidAccountClient), "This QbraidAccountClient was disposed while the call was in flight.");
            }
            catch (TimeoutRejectedException ex)
            {
                throw new QbraidTransportException($"{request.Method} {request.Route} timed out after every attempt.", isTimeout: true, ex);
            }
            catch (QbraidTransportException)
            {
                throw;
            }
            catch (OperationCanceledException ex)
            {
                throw new QbraidTransportException($"{request.Method} {request.Route} timed out.", isTimeout: true, ex);
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException)
            {
                throw new QbraidTransportException($"{request.Method} {request.Route} failed: {ErrorMapper.Redact(ex.Message, scope.ApiKey)}", isTimeout: false, ErrorMapper.SafeCause(ex, scope.ApiKey));
            }
            finally
            {
                // The response (not the request) carries on; the message holds the key, so drop it now.
                message.Dispose();
            }

            var body = new ReadOnlySpan<byte>(buffer, 0, length);
            EnsureSuccess(response, body, scope);
            return reader.Read(this, request, response, body, scope);
        }
        finally
        {
            if (buffer is not null) ArrayPool<byte>.Shared.Return(buffer);
            response?.Dispose();
            activity?.Dispose();
            if (started != 0)
            {
                var seconds = (System.Diagnostics.Stopwatch.GetTimestamp() - started) / (double)System.Diagnostics.Stopwatch.Frequency;
                QbraidTelemetry.CallDuration.Record(seconds,
                    new KeyValuePair<string, object?>(QbraidTelemetry.RouteTag, request.Route.Template),
                    new KeyValuePair<string, object?>(QbraidTelemetry.MethodTag, request.Method.Method),
                    new KeyValuePair<string, object?>(QbraidTelemetry.StatusTag, status != 0 ? status.ToString(System.Globalization.CultureInfo.InvariantCulture) : failure ?? "canceled"),
                    new KeyValuePair<string, object?>(QbraidTelemetry.WorkspaceKindTag, Kind(scope)));
            }
        }
    }

    private static string Kind(WorkspaceScope scope) => scope.Workspace.IsPersonal ? "personal" : "organization";

    /// <summary>Records a failure on the activity and returns false, so the catch clauses below still map it.</summary>
    private static bool Observe(Exception exception, System.Diagnostics.Activity? activity, ref string? failure)
    {
        failure = exception.GetType().Name;
        if (activity is not null)
        {
            activity.SetTag(QbraidTelemetry.ErrorTypeTag, exception.GetType().FullName);
            activity.SetStatus(System.Diagnostics.ActivityStatusCode.Error);
        }
        return false;
    }

    private QbraidRequestMessage BuildMessage(ApiRequest request, WorkspaceScope scope)
    {
        var message = new QbraidRequestMessage(request.Method, request.AbsoluteUri(_settings.BaseUrl, _baseUrlText), request.Route.Template);
        var headers = message.Headers;
        if (_keyHandlerBelow) message.ApiKey = scope.ApiKey;
        else headers.TryAddWithoutValidation(HeaderNames.ApiKey, scope.ApiKey);
        if (scope.Workspace.OrganizationId is { } organizationId)
            headers.TryAddWithoutValidation(HeaderNames.OrganizationId, organizationId);
        if (request.IdempotencyKey is { } key)
            headers.TryAddWithoutValidation(HeaderNames.IdempotencyKey, key);
        headers.TryAddWithoutValidation("User-Agent", _userAgent);
        headers.TryAddWithoutValidation("Accept", "application/json");
        if (request.Body is { } body)
        {
            var content = new ByteArrayContent(body);
            content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType ?? "application/json");
            message.Content = content;
        }
        return message;
    }

    /// <summary>Reads the body when no call handler did (a caller-supplied HttpClient): into one pooled buffer.</summary>
    private static async Task<(byte[] Buffer, int Length)> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await PooledBody.ReadAsync(response.Content, MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or OperationCanceledException)
        {
            throw new QbraidTransportException("The response body could not be read: " + ex.Message, ex is OperationCanceledException, ex);
        }
    }
}

/// <summary>Who a call acts as: the workspace and the key it authenticates with.</summary>
internal readonly struct WorkspaceScope
{
    public WorkspaceScope(Workspace workspace, string apiKey)
    {
        Workspace = workspace;
        ApiKey = apiKey;
    }

    public Workspace Workspace { get; }

    public string ApiKey { get; }

    public override string ToString() => $"{Workspace} (key redacted)";
}
