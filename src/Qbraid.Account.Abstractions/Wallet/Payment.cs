using System;

namespace Qbraid.Account.Wallet;

/// <summary>One payment in the personal payment history (<c>GET /billing/payments</c>).</summary>
public sealed record Payment
{
    /// <summary>The payment's id.</summary>
    public required string Id { get; init; }

    /// <summary>When it was made (UTC).</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>What was bought, e.g. a credit pack or a plan.</summary>
    public string? Description { get; init; }

    /// <summary>The amount in US dollars.</summary>
    public decimal AmountUsd { get; init; }

    /// <summary>Credits bought, if any (1 credit = $0.01); <see langword="null"/> for plan payments.</summary>
    public decimal? Credits { get; init; }

    /// <summary>Succeeded, pending, failed or refunded.</summary>
    public PaymentStatus Status { get; init; }

    /// <summary>The receipt page, when there is one.</summary>
    public string? ReceiptUrl { get; init; }
}
