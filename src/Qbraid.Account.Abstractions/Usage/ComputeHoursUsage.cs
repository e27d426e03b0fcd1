using System.Collections.Generic;

namespace Qbraid.Account.Usage;

/// <summary>
/// Compute hours in a range (<c>GET /usage/compute-hours</c>). Compute hours are vCPU count × hours
/// (2 vCPUs for 3 hours = 6).
/// </summary>
public sealed record ComputeHoursUsage
{
    // A backing field, not an auto-property initializer: the JSON source generator sets every init-only
    // property when it builds the record, passing null for a missing list (dotnet/runtime#84484).

    /// <summary>Compute hours used in the range.</summary>
    public decimal Used { get; init; }

    /// <summary>Compute hours included per month (Free 25, Standard 400, Pro 2,000).</summary>
    public decimal Quota { get; init; }

    /// <summary>Each day of the range, oldest first.</summary>
    public IReadOnlyList<DailyComputeHours> Daily { get; init => field = value ?? []; } = [];
}
