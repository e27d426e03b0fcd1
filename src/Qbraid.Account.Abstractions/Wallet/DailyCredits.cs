using System;
using System.Text.Json.Serialization;
using Qbraid.Account.Common;

namespace Qbraid.Account.Wallet;

/// <summary>Credits used on one day.</summary>
public sealed record DailyCredits
{
    /// <summary>The day, as midnight UTC.</summary>
    [JsonConverter(typeof(UtcDateConverter))]
    public DateTimeOffset Date { get; init; }

    /// <summary>Credits used that day.</summary>
    public decimal Credits { get; init; }
}
