using System.Collections.Generic;

namespace Qbraid.Account.Usage;

/// <summary>Credits spent in a range, by category and by day (<c>GET /usage/credits</c>). 1 credit = $0.01.</summary>
public sealed record CreditUsage
{
    // A backing field, not an auto-property initializer: the JSON source generator sets every init-only
    // property when it builds the record, passing null for a missing list (dotnet/runtime#84484).

    /// <summary>Credits spent in the range.</summary>
    public decimal Total { get; init; }

    /// <summary>The total split by category.</summary>
    public CreditUsageByCategory? ByCategory { get; init; }

    /// <summary>Each day of the range, oldest first.</summary>
    public IReadOnlyList<DailyCreditUsage> Daily { get; init => field = value ?? []; } = [];
}
