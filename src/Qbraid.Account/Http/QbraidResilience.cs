using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Qbraid.Account.Http;

/// <summary>
/// The one retry policy, built from Microsoft.Extensions.Http.Resilience's strategies in the
/// standard order (total timeout, retry, attempt timeout) and used both by DI and by
/// <c>new QbraidAccountClient(options)</c>. No circuit breaker: one client serves many workspaces,
/// and one organization's failures must not open a circuit for the others.
/// </summary>
internal static class QbraidResilience
{
    public const string PipelineName = "Qbraid.Account";

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, QbraidRetryOptions options, TimeProvider timeProvider)
    {
        builder.TimeProvider = timeProvider;
        builder
            .AddTimeout(new HttpTimeoutStrategyOptions { Name = "TotalTimeout", Timeout = options.TotalTimeout })
            .AddRetry(CreateRetry(options, timeProvider))
            .AddTimeout(new HttpTimeoutStrategyOptions { Name = "AttemptTimeout", Timeout = options.AttemptTimeout });
    }

    public static ResiliencePipeline<HttpResponseMessage> Build(QbraidRetryOptions options, TimeProvider timeProvider)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>();
        Configure(builder, options, timeProvider);
        return builder.Build();
    }

    private static HttpRetryStrategyOptions CreateRetry(QbraidRetryOptions options, TimeProvider timeProvider)
    {
        var maxRetryAfter = options.MaxRetryAfter;
        return new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = Math.Max(options.MaxRetries, 0) == 0 ? 1 : options.MaxRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.BaseDelay,
            ShouldRetryAfterHeader = false, // handled below, with the cap
            ShouldHandle = args => new ValueTask<bool>(options.MaxRetries > 0 && ShouldRetry(args.Outcome, args.Context, maxRetryAfter, timeProvider)),
            DelayGenerator = args =>
            {
                if (args.Outcome.Result is { } response && ResponseHeaders.RetryAfter(response, timeProvider.GetUtcNow()) is { } wait)
                    return new ValueTask<TimeSpan?>(wait);
                return new ValueTask<TimeSpan?>((TimeSpan?)null);
            },
        };
    }

    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context, TimeSpan maxRetryAfter, TimeProvider timeProvider)
    {
        var request = outcome.Result?.RequestMessage ?? context.GetRequestMessage();
        if (request is null || !IsReplayable(request)) return false;

        if (outcome.Exception is { } exception)
        {
            // The caller's own cancellation is never retried; Polly stops on it before asking.
            return exception is HttpRequestException or IOException or TimeoutRejectedException;
        }

        var response = outcome.Result!;
        var status = (int)response.StatusCode;
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
