using System;

namespace Qbraid.Account.Usage;

/// <summary>
/// Compute hours used against the monthly quota. Compute hours are vCPU count × hours
/// (2 vCPUs for 3 hours = 6); quotas are Free 25, Standard 400, Pro 2,000 per month.
/// </summary>
public sealed record ComputeHoursQuota
{
    /// <summary>Compute hours used this quota period.</summary>
    public decimal Used { get; init; }

    /// <summary>Compute hours included per month.</summary>
    public decimal Quota { get; init; }

    /// <summary>When the quota renews (UTC).</summary>
    public DateTimeOffset? RenewalDate { get; init; }
}
