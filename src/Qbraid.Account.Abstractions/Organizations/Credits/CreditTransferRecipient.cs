namespace Qbraid.Account.Organizations.Credits;

/// <summary>One member's share of a <see cref="CreditTransfer"/>.</summary>
public sealed record CreditTransferRecipient
{
    /// <summary>The member's 24-hex id in the organization.</summary>
    public required string MemberId { get; init; }

    /// <summary>Credits that landed in the member's personal wallet.</summary>
    public decimal Amount { get; init; }
}
