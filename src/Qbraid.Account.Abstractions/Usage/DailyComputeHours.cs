using System;
using System.Text.Json.Serialization;
using Qbraid.Account.Common;

namespace Qbraid.Account.Usage;

/// <summary>Compute hours used on one day.</summary>
public sealed record DailyComputeHours
{
    /// <summary>The day, as midnight UTC.</summary>
    [JsonConverter(typeof(UtcDateConverter))]
    public DateTimeOffset Date { get; init; }

    /// <summary>Compute hours (vCPU count × hours).</summary>
    public decimal Hours { get; init; }
}
