using System;

namespace Qbraid.Account;

/// <summary>
/// The limits of the retry and rate-budget settings, checked in one place for both ways of making
/// a client (DI start-up validation and <c>new QbraidAccountClient(options)</c>), so a bad value
/// names its setting instead of surfacing as Polly's own validation error.
/// </summary>
internal static class QbraidAccountOptionsRules
{
    // Polly's timeout strategy accepts 10 ms to 1 day; its retry delay, up to 1 day.
    private static readonly TimeSpan MinTimeout = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan MaxTimeout = TimeSpan.FromDays(1);

    /// <summary>The first broken rule as (setting, e.g. <c>Retry:MaxRetries</c>; what is wrong), or null.</summary>
    public static (string Setting, string Problem)? FirstError(QbraidAccountOptions options)
    {
        var retry = options.Retry;
        if (retry is null) return ("Retry", "must not be null");
        if (retry.MaxRetries is < 0 or > 10) return ("Retry:MaxRetries", $"must be between 0 and 10 (got {retry.MaxRetries})");
        if (OutOfRange(retry.AttemptTimeout)) return ("Retry:AttemptTimeout", $"must be between 10 ms and 1 day (got {retry.AttemptTimeout})");
        if (OutOfRange(retry.TotalTimeout)) return ("Retry:TotalTimeout", $"must be between 10 ms and 1 day (got {retry.TotalTimeout})");
        if (retry.BaseDelay < TimeSpan.Zero || retry.BaseDelay > MaxTimeout) return ("Retry:BaseDelay", $"must be between 0 and 1 day (got {retry.BaseDelay})");
        if (retry.MaxRetryAfter < TimeSpan.Zero) return ("Retry:MaxRetryAfter", $"must not be negative (got {retry.MaxRetryAfter})");
        var limit = options.RateLimit;
        if (limit is null) return ("RateLimit", "must not be null");
        if (!limit.Enabled) return null;
        if (limit.PermitLimit < 1) return ("RateLimit:PermitLimit", $"must be at least 1 (got {limit.PermitLimit})");
        if (limit.Window <= TimeSpan.Zero) return ("RateLimit:Window", $"must be positive (got {limit.Window})");
        if (limit.QueueLimit < 0) return ("RateLimit:QueueLimit", $"must not be negative (got {limit.QueueLimit})");
        return null;
    }

    /// <summary>Throws for the first broken rule, naming the setting as a parameter path (<c>options.Retry.MaxRetries</c>).</summary>
    public static void Check(QbraidAccountOptions options)
    {
        if (FirstError(options) is not { } error) return;
        var paramName = "options." + error.Setting.Replace(':', '.');
        throw new ArgumentOutOfRangeException(paramName, $"{paramName} {error.Problem}.");
    }

    private static bool OutOfRange(TimeSpan timeout) => timeout < MinTimeout || timeout > MaxTimeout;
}
