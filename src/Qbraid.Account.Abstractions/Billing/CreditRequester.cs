namespace Qbraid.Account.Billing;

/// <summary>The member who made a credit request.</summary>
public sealed record CreditRequester
{
    /// <summary>The member's 24-hex id in the organization.</summary>
    public string? MemberId { get; init; }

    /// <summary>Display name.</summary>
    public string? Name { get; init; }

    /// <summary>E-mail address.</summary>
    public string? Email { get; init; }
}
