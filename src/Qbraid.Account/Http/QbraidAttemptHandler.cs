using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace Qbraid.Account.Http;

/// <summary>
/// Sits inside the resilience handler, so it sees every attempt: logs it (route template, status,
/// elapsed, request id, attempt; never headers or bodies) and buffers the body, so that a body
/// cut short or too slow fails the attempt and can be retried instead of failing the call later.
/// </summary>
internal sealed class QbraidAttemptHandler : DelegatingHandler
{
    private readonly ILogger _logger;

    public QbraidAttemptHandler(ILogger logger) => _logger = logger;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var attempt = RequestMetadata.NextAttempt(request);
        var route = RequestMetadata.Route(request);
        if (attempt > 1)
        {
            QbraidTelemetry.Retries.Add(1,
                new KeyValuePair<string, object?>(QbraidTelemetry.RouteTag, route),
                new KeyValuePair<string, object?>(QbraidTelemetry.MethodTag, request.Method.Method));
            System.Diagnostics.Activity.Current?.AddEvent(new System.Diagnostics.ActivityEvent("retry"));
        }
        var started = Stopwatch.GetTimestamp();
        HttpResponseMessage? response = null;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
#if NET9_0_OR_GREATER
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
#else
            await WaitAsync(response.Content.LoadIntoBufferAsync(), cancellationToken).ConfigureAwait(false);
#endif
            if (_logger.IsEnabled(LogLevel.Debug))
                Log.AttemptCompleted(_logger, request.Method.Method, route, (int)response.StatusCode, Elapsed(started), ResponseHeaders.RequestId(response), attempt);
            return response;
        }
        catch (Exception ex)
        {
            response?.Dispose();
            if (_logger.IsEnabled(LogLevel.Debug))
                Log.AttemptFailed(_logger, request.Method.Method, route, Elapsed(started), attempt, ex.GetType().Name);
            throw;
        }
    }

    private static double Elapsed(long started)
        => (Stopwatch.GetTimestamp() - started) * 1000.0 / Stopwatch.Frequency;

#if !NET9_0_OR_GREATER
    private static async Task WaitAsync(Task task, CancellationToken cancellationToken)
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
#endif
}
