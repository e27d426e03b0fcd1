using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.RateLimiting;
using System.Threading.Tasks;

namespace Qbraid.Account.Http;

/// <summary>
/// A rolling-window limiter on an injected <see cref="TimeProvider"/>: at most N permits in any
/// window, exactly like the server's "1,000 per rolling 15 minutes". The framework's window
/// limiters replenish on their own real-time timers, which a fake clock can't drive.
/// </summary>
internal sealed class SlidingLogRateLimiter : RateLimiter
{
    private readonly int _permitLimit;
    private readonly TimeSpan _window;
    private readonly int _queueLimit;
    private readonly TimeProvider _time;
    private readonly Queue<DateTimeOffset> _granted = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private int _waiting;
    private long _successful;
    private long _failed;

    public SlidingLogRateLimiter(int permitLimit, TimeSpan window, int queueLimit, TimeProvider time)
    {
        _permitLimit = permitLimit;
        _window = window;
        _queueLimit = queueLimit;
        _time = time;
    }

    public override TimeSpan? IdleDuration => null;

    public override RateLimiterStatistics GetStatistics()
    {
        lock (_granted)
        {
            Prune(_time.GetUtcNow());
            return new RateLimiterStatistics
            {
                CurrentAvailablePermits = _permitLimit - _granted.Count,
                CurrentQueuedCount = Volatile.Read(ref _waiting),
                TotalSuccessfulLeases = Interlocked.Read(ref _successful),
                TotalFailedLeases = Interlocked.Read(ref _failed),
            };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        lock (_granted)
        {
            var now = _time.GetUtcNow();
            Prune(now);
            if (_granted.Count + permitCount > _permitLimit)
            {
                Interlocked.Increment(ref _failed);
                return Lease.Failed;
            }
            for (var i = 0; i < permitCount; i++) _granted.Enqueue(now);
        }
        Interlocked.Increment(ref _successful);
        return Lease.Acquired;
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _waiting) > _queueLimit + 1)
        {
            Interlocked.Decrement(ref _waiting);
            Interlocked.Increment(ref _failed);
            return Lease.Failed;
        }
        try
        {
            // One waiter at a time, so callers are served roughly in arrival order.
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                while (true)
                {
                    TimeSpan wait;
                    lock (_granted)
                    {
                        var now = _time.GetUtcNow();
                        Prune(now);
                        if (_granted.Count + permitCount <= _permitLimit)
                        {
                            for (var i = 0; i < permitCount; i++) _granted.Enqueue(now);
                            Interlocked.Increment(ref _successful);
                            return Lease.Acquired;
                        }
                        wait = _granted.Peek() + _window - now;
                    }
#if NET8_0_OR_GREATER
                    await Task.Delay(wait < TimeSpan.Zero ? TimeSpan.Zero : wait, _time, cancellationToken).ConfigureAwait(false);
#else
                    await _time.Delay(wait < TimeSpan.Zero ? TimeSpan.Zero : wait, cancellationToken).ConfigureAwait(false);
#endif
                }
            }
            finally
            {
                _gate.Release();
            }
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }

    private void Prune(DateTimeOffset now)
    {
        while (_granted.Count > 0 && now - _granted.Peek() >= _window)
            _granted.Dequeue();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _gate.Dispose();
        base.Dispose(disposing);
    }

    private sealed class Lease : RateLimitLease
    {
        public static readonly Lease Acquired = new(true);
        public static readonly Lease Failed = new(false);

        private Lease(bool acquired) => IsAcquired = acquired;

        public override bool IsAcquired { get; }

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
