using System;
using System.Collections.Concurrent;
using System.Net.Http;
using System.Threading;
using System.Threading.RateLimiting;
using System.Threading.Tasks;

namespace Qbraid.Account.Http;

/// <summary>
/// The opt-in client-side budget (<see cref="QbraidRateLimitOptions"/>): one sliding window per API
/// key, sized to qBraid's documented 1,000 requests per rolling 15 minutes. Calls over budget wait
/// in a queue (cancellable) instead of earning 429s. Outermost handler: one permit per call.
/// </summary>
internal sealed class QbraidRateLimitHandler : DelegatingHandler
{
    private readonly QbraidRateLimitOptions _options;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, RateLimiter> _limiters = new(StringComparer.Ordinal);

    public QbraidRateLimitHandler(QbraidRateLimitOptions options, TimeProvider timeProvider)
    {
        _options = options;
        _time = timeProvider;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        => _options.Enabled ? SendLimitedAsync(request, cancellationToken) : base.SendAsync(request, cancellationToken);

    private async Task<HttpResponseMessage> SendLimitedAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var key = (request as QbraidRequestMessage)?.ApiKey
            ?? (request.Headers.TryGetValues(HeaderNames.ApiKey, out var values) ? string.Concat(values) : string.Empty);
        var limiter = _limiters.GetOrAdd(key, _ => new SlidingLogRateLimiter(_options.PermitLimit, _options.Window, _options.QueueLimit, _time));
        using var lease = await limiter.AcquireAsync(1, cancellationToken).ConfigureAwait(false);
        if (!lease.IsAcquired)
            throw new QbraidRateLimitException($"The client-side request budget is exhausted and its queue ({_options.QueueLimit} calls) is full.");
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var limiter in _limiters.Values)
                limiter.Dispose();
        }
        base.Dispose(disposing);
    }
}
