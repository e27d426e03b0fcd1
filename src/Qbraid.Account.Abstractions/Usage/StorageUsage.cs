using System.Text.Json.Serialization;

namespace Qbraid.Account.Usage;

/// <summary>Storage used against the quota (Free 15 GB, Standard 50 GB, Pro 150 GB).</summary>
public sealed record StorageUsage
{
    /// <summary>Gigabytes used.</summary>
    public decimal UsedGB { get; init; }

    /// <summary>Gigabytes included.</summary>
    public decimal QuotaGB { get; init; }

    /// <summary>
    /// The dashboard's bar colour: <see cref="StorageLevel.Warning"/> above 75 % of the quota,
    /// <see cref="StorageLevel.Critical"/> above 90 %, otherwise <see cref="StorageLevel.Normal"/>
    /// (so exactly 75 % is Normal and exactly 90 % is Warning); Normal when the quota is zero or less.
    /// </summary>
    [JsonIgnore]
    public StorageLevel Level
    {
        get
        {
            if (QuotaGB <= 0) return StorageLevel.Normal;
            // Compare used with quota × threshold: exact in decimal for any real size (75 % is never
            // read as 75.000001 %), and scaling down by a fraction can't overflow, whatever the server sends.
            if (UsedGB > QuotaGB * 0.90m) return StorageLevel.Critical;
            if (UsedGB > QuotaGB * 0.75m) return StorageLevel.Warning;
            return StorageLevel.Normal;
        }
    }
}
