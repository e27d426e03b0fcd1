using System;

namespace Qbraid.Account.Profile;

/// <summary>The signed-in user's profile (<c>GET /users/me</c>); the same user in every workspace.</summary>
public sealed record UserProfile
{
    /// <summary>The user's 24-hex id.</summary>
    public required string Id { get; init; }

    /// <summary>The unique user name.</summary>
    public string? UserName { get; init; }

    /// <summary>The e-mail address. Read-only: the API offers no way to change it.</summary>
    public string? Email { get; init; }

    /// <summary>Whether the e-mail address is verified.</summary>
    public bool EmailVerified { get; init; }

    /// <summary>Given name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Family name.</summary>
    public string? LastName { get; init; }

    /// <summary>URL of the profile picture; <see langword="null"/> when none was uploaded.</summary>
    public string? AvatarUrl { get; init; }

    /// <summary>Active or inactive.</summary>
    public UserStatus Status { get; init; }

    /// <summary>How many organizations the user belongs to.</summary>
    public int OrganizationCount { get; init; }

    /// <summary>When the account was created (UTC).</summary>
    public DateTimeOffset? CreatedAt { get; init; }
}
