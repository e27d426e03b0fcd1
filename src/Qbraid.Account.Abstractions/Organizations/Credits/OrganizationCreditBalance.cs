namespace Qbraid.Account.Organizations.Credits;

/// <summary>The organization's credit pool (<c>GET /organizations/{orgId}/credits</c>).</summary>
public sealed record OrganizationCreditBalance
{
    /// <summary>
    /// Credits in the pool, not yet given to members (1 credit = $0.01). May be negative: an
    /// outstanding balance.
    /// </summary>
    public decimal Balance { get; init; }
}
