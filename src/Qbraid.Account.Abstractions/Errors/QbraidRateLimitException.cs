using System;

namespace Qbraid.Account;

/// <summary>
/// 429: over qBraid's rate limit (1,000 requests per rolling 15 minutes per key). Raised after the
/// SDK's own retries, or at once when the server asks for a wait longer than
/// <c>QbraidAccountOptions.Retry.MaxRetryAfter</c>. <see cref="QbraidApiException.RetryAfter"/> says how long to wait.
/// </summary>
public sealed class QbraidRateLimitException : QbraidApiException
{
    /// <summary>Creates the exception.</summary>
    public QbraidRateLimitException(string message, Exception? innerException = null)
        : base(429, message, innerException)
    {
    }

    /// <summary>The request budget (<c>X-RateLimit-Limit</c>), when sent.</summary>
    public int? Limit { get; init; }

    /// <summary>Requests left in the window (<c>X-RateLimit-Remaining</c>), when sent.</summary>
    public int? Remaining { get; init; }

    /// <summary>When the window resets (<c>X-RateLimit-Reset</c>), when sent.</summary>
    public DateTimeOffset? ResetsAt { get; init; }
}
