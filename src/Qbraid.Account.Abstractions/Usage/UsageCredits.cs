namespace Qbraid.Account.Usage;

/// <summary>Credits in a usage summary (1 credit = $0.01).</summary>
public sealed record UsageCredits
{
    /// <summary>Credits available now; negative when there is an outstanding balance.</summary>
    public decimal Available { get; init; }

    /// <summary>Credits charged in the period.</summary>
    public decimal Charged { get; init; }
}
