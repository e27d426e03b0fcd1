using System;

namespace Qbraid.Account.Usage;

/// <summary>The period a usage summary covers.</summary>
public sealed record UsagePeriod
{
    /// <summary>Its length in days: 7, 14, 30 or 90.</summary>
    public int Days { get; init; }

    /// <summary>Start (UTC).</summary>
    public DateTimeOffset? From { get; init; }

    /// <summary>End (UTC).</summary>
    public DateTimeOffset? To { get; init; }
}
