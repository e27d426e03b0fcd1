using Qbraid.Account.Testing.Http;

namespace Qbraid.Account.Testing;

/// <summary>
/// Faults on demand: the next N requests matching a method and path answer with an error status
/// (429 with <c>Retry-After</c>, 503...) and/or after a delay, before authentication and before
/// anything changes, so a retried call can still succeed once the faults are used up. Thread-safe.
/// </summary>
/// <example><code>sandbox.Faults.Next("POST", "/organizations/{orgId}/credits/transfers", count: 1, statusCode: 503);</code></example>
public sealed class SandboxFaults
{
    private readonly object _gate = new();
    private readonly List<Fault> _faults = [];

    internal SandboxFaults()
    {
    }

    /// <summary>Faults still waiting for a matching request (counting each remaining use).</summary>
    public int Remaining
    {
        get
        {
            lock (_gate) return _faults.Sum(f => f.Remaining);
        }
    }

    /// <summary>Answers the next <paramref name="count"/> matching requests with <paramref name="statusCode"/> and an error envelope.</summary>
    /// <param name="method">HTTP method, or <c>*</c> for any.</param>
    /// <param name="path">Path relative to the base URL (the <c>/api/v1</c> prefix is optional), concrete or a template: <c>{name}</c> or <c>*</c> matches one segment.</param>
    /// <param name="count">How many requests to fault (1 or more).</param>
    /// <param name="statusCode">The status to answer, 400 to 599.</param>
    /// <param name="retryAfter">Sent as <c>Retry-After</c> in whole seconds (rounded up); a 429 also gets the <c>X-RateLimit-*</c> headers.</param>
    /// <param name="delay">Wait this long before answering.</param>
    public SandboxFaults Next(string method, string path, int count, int statusCode, TimeSpan? retryAfter = null, TimeSpan? delay = null)
    {
        if (statusCode is < 400 or > 599) throw new ArgumentOutOfRangeException(nameof(statusCode), statusCode, "statusCode must be an error status, 400 to 599.");
        if (retryAfter is { } r && r < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(retryAfter), "retryAfter must not be negative.");
        return Add(method, path, count, statusCode, retryAfter, delay);
    }

    /// <summary>Delays the next <paramref name="count"/> matching requests by <paramref name="delay"/>, then serves them normally.</summary>
    /// <param name="method">HTTP method, or <c>*</c> for any.</param>
    /// <param name="path">Path relative to the base URL, concrete or a template.</param>
    /// <param name="count">How many requests to delay (1 or more).</param>
    /// <param name="delay">How long to wait.</param>
    public SandboxFaults Delay(string method, string path, int count, TimeSpan delay) => Add(method, path, count, null, null, delay);

    /// <summary>Drops every fault not used yet.</summary>
    public void Clear()
    {
        lock (_gate) _faults.Clear();
    }

    internal FaultHit? Take(string method, string relativePath)
    {
        lock (_gate)
        {
            var fault = _faults.FirstOrDefault(f => PathPattern.MethodMatches(f.Method, method) && f.Path.Matches(relativePath));
            if (fault is null) return null;
            if (--fault.Remaining == 0) _faults.Remove(fault);
            return new FaultHit(fault.Status, fault.RetryAfter, fault.Delay);
        }
    }

    private SandboxFaults Add(string method, string path, int count, int? status, TimeSpan? retryAfter, TimeSpan? delay)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (delay is { } d && d < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(delay), "delay must not be negative.");
        lock (_gate) _faults.Add(new Fault(method.Trim(), new PathPattern(path), count, status, retryAfter, delay));
        return this;
    }

    private sealed class Fault(string method, PathPattern path, int remaining, int? status, TimeSpan? retryAfter, TimeSpan? delay)
    {
        public string Method { get; } = method;
        public PathPattern Path { get; } = path;
        public int Remaining { get; set; } = remaining;
        public int? Status { get; } = status;
        public TimeSpan? RetryAfter { get; } = retryAfter;
        public TimeSpan? Delay { get; } = delay;
    }
}

internal sealed record FaultHit(int? Status, TimeSpan? RetryAfter, TimeSpan? Delay);
