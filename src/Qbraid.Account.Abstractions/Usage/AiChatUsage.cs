using System;

namespace Qbraid.Account.Usage;

/// <summary>The AI chat quota in a usage summary (Standard 5× the free base, Pro 10×).</summary>
public sealed record AiChatUsage
{
    /// <summary>Percentage of the quota used, 0 to 100 (may exceed 100 once over quota).</summary>
    public decimal PercentUsed { get; init; }

    /// <summary>Quota (within the plan) or credits (over quota, auto-switch on).</summary>
    public AiChatStatus Status { get; init; }

    /// <summary>When the quota renews (UTC).</summary>
    public DateTimeOffset? RenewsAt { get; init; }

    /// <summary>Whether a chat prompt can be sent now.</summary>
    public bool CanSend { get; init; }
}
