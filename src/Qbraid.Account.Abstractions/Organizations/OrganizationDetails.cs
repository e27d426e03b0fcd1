using System;

namespace Qbraid.Account.Organizations;

/// <summary>An organization's details (<c>GET /organizations/{orgId}</c>).</summary>
public sealed record OrganizationDetails
{
    /// <summary>The 24-hex id.</summary>
    public required string Id { get; init; }

    /// <summary>Display name.</summary>
    public required string Name { get; init; }

    /// <summary>Free-text description.</summary>
    public string? Description { get; init; }

    /// <summary>Website, an absolute http(s) URL.</summary>
    public string? Website { get; init; }

    /// <summary>Postal address.</summary>
    public string? Address { get; init; }

    /// <summary>Logo for light backgrounds.</summary>
    public string? LogoLightUrl { get; init; }

    /// <summary>Logo for dark backgrounds.</summary>
    public string? LogoDarkUrl { get; init; }

    /// <summary>The owner's user id (exactly one owner, fixed at creation).</summary>
    public string? OwnerId { get; init; }

    /// <summary>Number of members, pending ones included.</summary>
    public int MemberCount { get; init; }

    /// <summary>The team plan tier, e.g. <c>standard</c>; <see langword="null"/> without a plan.</summary>
    public string? SubscriptionTier { get; init; }

    /// <summary>When the organization was created (UTC).</summary>
    public DateTimeOffset? CreatedAt { get; init; }
}
