using System;
using System.Text.Json.Serialization;
using Qbraid.Account.Common;

namespace Qbraid.Account.Usage;

/// <summary>Credits spent on one day, per category.</summary>
public sealed record DailyCreditUsage
{
    /// <summary>The day, as midnight UTC.</summary>
    [JsonConverter(typeof(UtcDateConverter))]
    public DateTimeOffset Date { get; init; }

    /// <summary>CPU compute.</summary>
    public decimal Compute { get; init; }

    /// <summary>GPU compute.</summary>
    public decimal Gpu { get; init; }

    /// <summary>Quantum jobs.</summary>
    public decimal Jobs { get; init; }

    /// <summary>AI chat and agents beyond the quota.</summary>
    public decimal Ai { get; init; }
}
