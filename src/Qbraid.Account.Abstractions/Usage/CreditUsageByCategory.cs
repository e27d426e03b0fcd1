namespace Qbraid.Account.Usage;

/// <summary>Credits spent per category.</summary>
public sealed record CreditUsageByCategory
{
    /// <summary>CPU compute.</summary>
    public decimal Compute { get; init; }

    /// <summary>GPU compute.</summary>
    public decimal Gpu { get; init; }

    /// <summary>Quantum jobs.</summary>
    public decimal Jobs { get; init; }

    /// <summary>AI chat and agents beyond the quota.</summary>
    public decimal Ai { get; init; }
}
