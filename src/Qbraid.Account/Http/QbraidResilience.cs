using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Telemetry;
using Polly.Timeout;

namespace Qbraid.Account.Http;

/// <summary>
/// The one retry policy, built from Microsoft.Extensions.Http.Resilience's strategies in the
/// standard order (total timeout, retry, attempt timeout) and used both by DI and by
/// <c>new QbraidAccountClient(options)</c>, through <see cref="QbraidCallHandler"/>. No circuit
/// breaker: one client serves many workspaces, and one organization's failures must not open a
/// circuit for the others.
/// </summary>
internal static class QbraidResilience
{
    public const string PipelineName = "Qbraid.Account";

    /// <summary>
    /// The pipeline that runs a call's retries. Its total timeout counts from the call's start
    /// (<see cref="QbraidRequestMessage.StartedTimestamp"/>), so the first attempt, which
    /// <see cref="QbraidCallHandler"/> makes before handing a retryable failure to this pipeline,
    /// is part of the budget.
    /// </summary>
    public static ResiliencePipeline<HttpResponseMessage> Build(QbraidRetryOptions options, TimeProvider timeProvider, ILoggerFactory? telemetry)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { Name = PipelineName, TimeProvider = timeProvider };
        var total = options.TotalTimeout;
        builder
            .AddTimeout(new HttpTimeoutStrategyOptions
            {
                Name = "TotalTimeout",
                Timeout = total,
                TimeoutGenerator = args => new ValueTask<TimeSpan>(RemainingTotal(args.Context, total, timeProvider)),
            })
            .AddRetry(CreateRetry(options, timeProvider))
            .AddTimeout(new HttpTimeoutStrategyOptions { Name = "AttemptTimeout", Timeout = options.AttemptTimeout });
        if (telemetry is not null)
            builder.ConfigureTelemetry(telemetry); // Polly's own retry logs and metrics, as AddResilienceHandler gave hosts
        return builder.Build();
    }

    private static TimeSpan RemainingTotal(ResilienceContext context, TimeSpan total, TimeProvider timeProvider)
    {
        if (context.GetRequestMessage() is not QbraidRequestMessage { StartedTimestamp: not 0 } call) return total;
        var remaining = total - timeProvider.GetElapsedTime(call.StartedTimestamp);
        // Polly applies no timeout at all to zero or less: an exhausted budget must still time out.
        return remaining > TimeSpan.Zero ? remaining : TimeSpan.FromTicks(1);
    }

    private static HttpRetryStrategyOptions CreateRetry(QbraidRetryOptions options, TimeProvider timeProvider)
    {
        var maxRetryAfter = options.MaxRetryAfter;
        var maxRetries = options.MaxRetries;
        return new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = Math.Max(maxRetries, 0) == 0 ? 1 : maxRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.BaseDelay,
            ShouldRetryAfterHeader = false, // handled below, with the cap
            ShouldHandle = args => new ValueTask<bool>(ShouldRetry(args.Outcome, args.Context, maxRetries, maxRetryAfter, timeProvider)),
            DelayGenerator = args =>
            {
                if (args.Outcome.Result is { } response && ResponseHeaders.RetryAfter(response, timeProvider.GetUtcNow()) is { } wait)
                    return new ValueTask<TimeSpan?>(wait);
                return new ValueTask<TimeSpan?>((TimeSpan?)null);
            },
        };
    }

    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context, int maxRetries, TimeSpan maxRetryAfter, TimeProvider timeProvider)
    {
        var request = outcome.Result?.RequestMessage ?? context.GetRequestMessage();
        return request is not null && ShouldRetry(outcome.Result, outcome.Exception, request, maxRetries, maxRetryAfter, timeProvider);
    }

    /// <summary>Whether an attempt's outcome (a response or an exception) is worth another attempt.</summary>
    internal static bool ShouldRetry(HttpResponseMessage? response, Exception? exception, HttpRequestMessage request, int maxRetries, TimeSpan maxRetryAfter, TimeProvider timeProvider)
    {
        if (maxRetries <= 0 || !IsReplayable(request)) return false;

        if (exception is not null)
        {
            // The caller's own cancellation is never retried; Polly stops on it before asking.
            return exception is HttpRequestException or IOException or TimeoutRejectedException;
        }

        var status = (int)response!.StatusCode;
        var transient = status == (int)HttpStatusCode.RequestTimeout || status == 429 || status >= 500;
        if (!transient) return false;
        if (ResponseHeaders.RetryAfter(response, timeProvider.GetUtcNow()) is { } wait && wait > maxRetryAfter)
            return false; // fail fast: the rate-limit exception carries RetryAfter
        return true;
    }

    /// <summary>Safe methods always; POST and PATCH only with an Idempotency-Key, so a retry can't do anything twice.</summary>
    internal static bool IsReplayable(HttpRequestMessage request)
    {
        var method = request.Method.Method;
        if (method is "GET" or "HEAD" or "PUT" or "DELETE" or "OPTIONS") return true;
        return request.Headers.Contains(HeaderNames.IdempotencyKey);
    }
}
