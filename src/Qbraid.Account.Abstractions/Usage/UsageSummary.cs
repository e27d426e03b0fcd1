using System.Text.Json.Serialization;

namespace Qbraid.Account.Usage;

/// <summary>The usage page's headline numbers for one range (<c>GET /usage/summary</c>).</summary>
public sealed record UsageSummary
{
    /// <summary>The period covered.</summary>
    public UsagePeriod? Range { get; init; }

    /// <summary>Credits available and charged in the period.</summary>
    public UsageCredits? Credits { get; init; }

    /// <summary>Compute hours used against the monthly quota.</summary>
    public ComputeHoursQuota? ComputeHours { get; init; }

    /// <summary>Storage used against the quota.</summary>
    public StorageUsage? Storage { get; init; }

    /// <summary>The AI chat quota.</summary>
    public AiChatUsage? AiChat { get; init; }

    /// <summary>Whether AI chat switches to paying with credits once its quota is used up.</summary>
    public bool AutoSwitchToCredits { get; init; }

    /// <summary>Credits owed (positive) when the balance went negative; <see langword="null"/> or 0 when nothing is owed.</summary>
    public decimal? OutstandingBalance { get; init; }

    /// <summary>
    /// <see langword="true"/> when the available credits are negative or <see cref="OutstandingBalance"/> is
    /// positive. An outstanding balance blocks compute until it is paid.
    /// </summary>
    [JsonIgnore]
    public bool HasOutstandingBalance => Credits?.Available < 0 || OutstandingBalance > 0;
}
