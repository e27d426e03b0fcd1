namespace Qbraid.Account.Wallet;

/// <summary>
/// Spendable credits (<c>GET /billing/credits/balance</c>). In an organization workspace it is the
/// member's own wallet in that organization, not the organization's pool. 1 credit = $0.01.
/// </summary>
public sealed record CreditBalance
{
    /// <summary>qBraid credits; negative when there is an outstanding balance (which blocks compute).</summary>
    public decimal QbraidCredits { get; init; }

    /// <summary>AWS credits.</summary>
    public decimal AwsCredits { get; init; }

    /// <summary>Whether credits are bought automatically when the balance runs low.</summary>
    public bool AutoRecharge { get; init; }

    /// <summary>The organization this balance belongs to; <see langword="null"/> in the personal workspace.</summary>
    public string? OrganizationId { get; init; }

    /// <summary>The user's 24-hex id.</summary>
    public string? UserId { get; init; }
}
