namespace Qbraid.Account.Testing;

/// <summary>The primary user's API keys (see <see cref="SeededWorld.PrimaryUser"/>), for the common case of one user under test.</summary>
public sealed class SandboxKeys
{
    internal SandboxKeys(string? personal, string? organization)
    {
        Personal = personal;
        Organization = organization;
    }

    /// <summary>The primary user's personal key (any workspace of theirs); null in an empty world.</summary>
    public string? Personal { get; }

    /// <summary>The primary user's key bound to the primary organization (only with its <c>X-Organization-Id</c>); null when they are not a member.</summary>
    public string? Organization { get; }

    /// <summary>Says which keys exist; never shows them.</summary>
    public override string ToString() => $"SandboxKeys {{ Personal = {(Personal is null ? "none" : "set")}, Organization = {(Organization is null ? "none" : "set")} }}";
}

/// <summary>A membership created by <see cref="QbraidSandbox.AcceptInvitationAsync"/>.</summary>
public sealed class SandboxMembership
{
    internal SandboxMembership(string organizationId, string memberId, string userId, string email, string role, string apiKey)
    {
        OrganizationId = organizationId;
        MemberId = memberId;
        UserId = userId;
        Email = email;
        Role = role;
        ApiKey = apiKey;
    }

    /// <summary>The organization joined.</summary>
    public string OrganizationId { get; }

    /// <summary>The member's 24-hex id (the same as the pending member's).</summary>
    public string MemberId { get; }

    /// <summary>The invitee's user id (a user is created when the e-mail had no account).</summary>
    public string UserId { get; }

    /// <summary>The invitee's e-mail address.</summary>
    public string Email { get; }

    /// <summary>The role (wire string, e.g. <c>member</c>).</summary>
    public string Role { get; }

    /// <summary>The invitee's personal API key.</summary>
    public string ApiKey { get; }

    /// <summary>The e-mail, role and member id; never the key.</summary>
    public override string ToString() => $"{Email} ({Role}, {MemberId})";
}
