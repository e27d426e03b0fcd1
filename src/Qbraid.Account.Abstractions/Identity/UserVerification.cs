using System.Collections.Generic;
using System.Text.Json;

namespace Qbraid.Account.Identity;

/// <summary>Who an API key belongs to (<c>GET /users/verify</c>).</summary>
public sealed record UserVerification
{
    /// <summary><see langword="true"/> when the key is valid (an invalid key gets a 401 instead).</summary>
    public bool Valid { get; init; }

    /// <summary>The user's 24-hex id.</summary>
    public required string UserId { get; init; }

    /// <summary>The user's unique user name.</summary>
    public string? UserName { get; init; }

    /// <summary>The user's e-mail address.</summary>
    public string? UserEmail { get; init; }

    /// <summary>Role names, e.g. <c>organization_admin</c>.</summary>
    public IReadOnlyList<string> UserRoles { get; init => field = value ?? []; } = [];

    /// <summary>Permission strings, <c>scope|resource|action</c>, e.g. <c>organization|billing|manage</c>.</summary>
    public IReadOnlyList<string> UserPermissions { get; init => field = value ?? []; } = [];

    /// <summary>The organization the key is bound to, if any.</summary>
    public string? OrganizationId { get; init; }

    /// <summary>The caller's membership id in that organization, if any.</summary>
    public string? OrganizationUserId { get; init; }

    /// <summary>Extra server metadata, passed through as raw JSON.</summary>
    public IReadOnlyDictionary<string, JsonElement>? Metadata { get; init; }
}
