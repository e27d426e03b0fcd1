namespace Qbraid.Account.Organizations.Settings;

/// <summary>An organization's settings (<c>GET /organizations/{orgId}/settings</c>).</summary>
public sealed record OrganizationSettings
{
    /// <summary>Display name; never empty.</summary>
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

    /// <summary>What new members get; <see langword="null"/> if the server omits it.</summary>
    public MemberDefaults? MemberDefaults { get; init; }
}
