using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Timeout;

namespace Qbraid.Account.Http;

/// <summary>
/// Runs every call of a client through the retry policy (<see cref="QbraidResilience"/>), the
/// attempt log and the retry metric, and reads each attempt's body within the attempt, so that a
/// body cut short or too slow fails the attempt and can be retried.
/// </summary>
/// <remarks>
/// The happy path costs as little as a hand-written call: the first attempt goes straight to the
/// inner handler under the attempt timeout (a pooled, reset-and-reused
/// <see cref="CancellationTokenSource"/>), and its body lands in one pooled buffer that the
/// pipeline parses in place. Only when that attempt fails in a retryable way does the call enter
/// the Polly pipeline, whose first execution replays the failure, so retries, back-off,
/// <c>Retry-After</c> and timeouts behave exactly as if Polly had made the first attempt too.
/// </remarks>
internal sealed class QbraidCallHandler : DelegatingHandler
{
    private const int MaxBodyBytes = 64 * 1024 * 1024;
    private const int MaxPooledTimers = 256;

    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly ResiliencePipeline<HttpResponseMessage> _retries;
    private readonly int _maxRetries;
    private readonly TimeSpan _maxRetryAfter;
    private readonly TimeSpan _attemptTimeout;
    private readonly TimeSpan _totalTimeout;
#if NET8_0_OR_GREATER
    private readonly ConcurrentQueue<CancellationTokenSource> _timers = new();
    private int _pooledTimers;
#endif

    /// <param name="options">The retry settings (read once, here).</param>
    /// <param name="timeProvider">Drives timeouts and back-off waits.</param>
    /// <param name="logger">The attempt log (Debug).</param>
    /// <param name="pollyTelemetry">When set, Polly's own retry logs and metrics go here (the DI registration passes the host's logger factory).</param>
    public QbraidCallHandler(QbraidRetryOptions options, TimeProvider timeProvider, ILogger logger, ILoggerFactory? pollyTelemetry = null)
    {
        _logger = logger;
        _time = timeProvider;
        _retries = QbraidResilience.Build(options, timeProvider, pollyTelemetry);
        _maxRetries = options.MaxRetries;
        _maxRetryAfter = options.MaxRetryAfter;
        _attemptTimeout = options.AttemptTimeout;
        _totalTimeout = options.TotalTimeout;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request is not QbraidRequestMessage call)
            return await RetryAsync(request, null, default, cancellationToken).ConfigureAwait(false); // not built by the SDK: all through Polly

        call.StartedTimestamp = _time.GetTimestamp();
        // The first attempt runs under the attempt timeout, or the total timeout when that is shorter.
        var attemptIsTheLimit = _attemptTimeout <= _totalTimeout;
        var limit = attemptIsTheLimit ? _attemptTimeout : _totalTimeout;
        Outcome<HttpResponseMessage> first;
        var timer = RentTimer(limit);
        var link = cancellationToken.CanBeCanceled ? Link(cancellationToken, timer) : default;
        var attempt = call.NextAttempt();
        var started = Stopwatch.GetTimestamp();
        HttpResponseMessage? response = null;
        try
        {
            response = await base.SendAsync(request, timer.Token).ConfigureAwait(false);
            await ReadBodyAsync(response, call, timer.Token).ConfigureAwait(false);
            LogCompleted(request, call.RouteTemplate, response, started, attempt);
            if (!QbraidResilience.ShouldRetry(response, null, request, _maxRetries, _maxRetryAfter, _time)) return response;
            first = Outcome.FromResult(response);
        }
        catch (Exception ex)
        {
            response?.Dispose();
            call.ReleaseBody();
            LogFailed(request, call.RouteTemplate, started, attempt, ex);
            if (ex is OperationCanceledException && cancellationToken.IsCancellationRequested) throw; // the caller's own cancellation
            Exception failure = ex;
            if (ex is OperationCanceledException && timer.IsCancellationRequested)
            {
                failure = new TimeoutRejectedException($"The operation didn't complete within the allowed timeout of '{limit}'.", limit, ex);
                if (!attemptIsTheLimit) throw failure; // the whole call's budget is spent: no retry, as with Polly's outer timeout
            }
            if (!QbraidResilience.ShouldRetry(null, failure, request, _maxRetries, _maxRetryAfter, _time))
            {
                if (ReferenceEquals(failure, ex)) throw;
                throw failure;
            }
            first = Outcome.FromException<HttpResponseMessage>(failure);
        }
        finally
        {
            link.Dispose();
            ReturnTimer(timer);
        }
        return await RetryAsync(request, call, first, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The Polly pipeline, from the second attempt on (or from the first for a request the SDK did not build).</summary>
    private async Task<HttpResponseMessage> RetryAsync(HttpRequestMessage request, QbraidRequestMessage? call, Outcome<HttpResponseMessage> first, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.SetRequestMessage(request);
        var state = new RetryState(this, request, call, call is null ? null : first);
        try
        {
            var outcome = await _retries.ExecuteOutcomeAsync(
                static async (context, state) =>
                {
                    if (state.TakeReplay() is { } replay) return replay;
                    try
                    {
                        return Outcome.FromResult(await state.Handler.AttemptAsync(state.Request, state.Call, context.CancellationToken).ConfigureAwait(false));
                    }
                    catch (Exception ex)
                    {
                        return Outcome.FromException<HttpResponseMessage>(ex);
                    }
                },
                context,
                state).ConfigureAwait(false);
            if (outcome.Exception is { } exception)
            {
                call?.ReleaseBody();
                ExceptionDispatchInfo.Capture(exception).Throw();
            }
            return outcome.Result!;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>One attempt after the first: the same steps, logged and counted.</summary>
    private async Task<HttpResponseMessage> AttemptAsync(HttpRequestMessage request, QbraidRequestMessage? call, CancellationToken cancellationToken)
    {
        var attempt = RequestMetadata.NextAttempt(request);
        var route = RequestMetadata.Route(request);
        if (attempt > 1)
        {
            QbraidTelemetry.Retries.Add(1,
                new KeyValuePair<string, object?>(QbraidTelemetry.RouteTag, route),
                new KeyValuePair<string, object?>(QbraidTelemetry.MethodTag, request.Method.Method));
            Activity.Current?.AddEvent(new ActivityEvent("retry"));
        }
        var started = Stopwatch.GetTimestamp();
        HttpResponseMessage? response = null;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (call is not null)
            {
                await ReadBodyAsync(response, call, cancellationToken).ConfigureAwait(false);
            }
            else
            {
#if NET9_0_OR_GREATER
                await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
#else
                await WaitAsync(response.Content.LoadIntoBufferAsync(), cancellationToken).ConfigureAwait(false);
#endif
            }
            LogCompleted(request, route, response, started, attempt);
            return response;
        }
        catch (Exception ex)
        {
            response?.Dispose();
            call?.ReleaseBody();
            LogFailed(request, route, started, attempt, ex);
            throw;
        }
    }

    /// <summary>Reads the whole body into one pooled buffer and hands it to the message.</summary>
    private static async Task ReadBodyAsync(HttpResponseMessage response, QbraidRequestMessage call, CancellationToken cancellationToken)
    {
        var (buffer, length) = await PooledBody.ReadAsync(response.Content, MaxBodyBytes, cancellationToken).ConfigureAwait(false);
        call.SetBody(buffer, length);
    }

    private void LogCompleted(HttpRequestMessage request, string route, HttpResponseMessage response, long started, int attempt)
    {
        if (_logger.IsEnabled(LogLevel.Debug))
            Log.AttemptCompleted(_logger, request.Method.Method, route, (int)response.StatusCode, Elapsed(started), ResponseHeaders.RequestId(response), attempt);
    }

    private void LogFailed(HttpRequestMessage request, string route, long started, int attempt, Exception exception)
    {
        if (_logger.IsEnabled(LogLevel.Debug))
            Log.AttemptFailed(_logger, request.Method.Method, route, Elapsed(started), attempt, exception.GetType().Name);
    }

    private static double Elapsed(long started)
        => (Stopwatch.GetTimestamp() - started) * 1000.0 / Stopwatch.Frequency;

    /// <summary>A token source that cancels after <paramref name="delay"/> on the time provider's clock.</summary>
    private CancellationTokenSource RentTimer(TimeSpan delay)
    {
#if NET8_0_OR_GREATER
        if (_timers.TryDequeue(out var timer))
            Interlocked.Decrement(ref _pooledTimers);
        else
            timer = new CancellationTokenSource(Timeout.InfiniteTimeSpan, _time);
        timer.CancelAfter(delay); // on the provider's timer, which a constructed-with-provider source keeps
        return timer;
#else
        return _time.CreateCancellationTokenSource(delay);
#endif
    }

    private void ReturnTimer(CancellationTokenSource timer)
    {
#if NET8_0_OR_GREATER
        // A timer that fired (or was cancelled by the caller) can't be reset: it is dropped.
        if (timer.TryReset())
        {
            if (Interlocked.Increment(ref _pooledTimers) <= MaxPooledTimers)
            {
                _timers.Enqueue(timer);
                return;
            }
            Interlocked.Decrement(ref _pooledTimers);
        }
#endif
        timer.Dispose();
    }

    private static CancellationTokenRegistration Link(CancellationToken cancellationToken, CancellationTokenSource timer)
    {
#if NET6_0_OR_GREATER
        return cancellationToken.UnsafeRegister(static state => ((CancellationTokenSource)state!).Cancel(), timer);
#else
        return cancellationToken.Register(static state => ((CancellationTokenSource)state!).Cancel(), timer);
#endif
    }

#if !NET9_0_OR_GREATER
    internal static async Task WaitAsync(Task task, CancellationToken cancellationToken)
    {
        if (task.IsCompleted || !cancellationToken.CanBeCanceled)
        {
            await task.ConfigureAwait(false);
            return;
        }
        var cancelled = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        using (cancellationToken.Register(static state => ((TaskCompletionSource<bool>)state!).TrySetResult(true), cancelled))
        {
            if (await Task.WhenAny(task, cancelled.Task).ConfigureAwait(false) != task)
            {
                _ = task.ContinueWith(static t => _ = t.Exception, TaskScheduler.Default); // observe the abandoned read
                throw new OperationCanceledException(cancellationToken);
            }
        }
        await task.ConfigureAwait(false);
    }

    internal static async Task<T> WaitAsync<T>(Task<T> task, CancellationToken cancellationToken)
    {
        await WaitAsync((Task)task, cancellationToken).ConfigureAwait(false);
        return await task.ConfigureAwait(false);
    }
#endif

    protected override void Dispose(bool disposing)
    {
#if NET8_0_OR_GREATER
        if (disposing)
        {
            while (_timers.TryDequeue(out var timer))
                timer.Dispose();
        }
#endif
        base.Dispose(disposing);
    }

    /// <summary>What the Polly callback needs, and the first attempt's outcome to replay once.</summary>
    private sealed class RetryState
    {
        private Outcome<HttpResponseMessage>? _replay;

        public RetryState(QbraidCallHandler handler, HttpRequestMessage request, QbraidRequestMessage? call, Outcome<HttpResponseMessage>? replay)
        {
            Handler = handler;
            Request = request;
            Call = call;
            _replay = replay;
        }

        public QbraidCallHandler Handler { get; }

        public HttpRequestMessage Request { get; }

        public QbraidRequestMessage? Call { get; }

        public Outcome<HttpResponseMessage>? TakeReplay()
        {
            var replay = _replay;
            _replay = null;
            return replay;
        }
    }
}
