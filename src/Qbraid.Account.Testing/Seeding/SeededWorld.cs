namespace Qbraid.Account.Testing;

/// <summary>What the seed created: ids and API keys to call the sandbox with, by handle.</summary>
public sealed class SeededWorld
{
    internal SeededWorld(IReadOnlyList<SeededUser> users, IReadOnlyList<SeededOrganization> organizations)
    {
        Users = users;
        Organizations = organizations;
    }

    /// <summary>Every seeded user, in declaration order.</summary>
    public IReadOnlyList<SeededUser> Users { get; }

    /// <summary>Every seeded organization, in declaration order.</summary>
    public IReadOnlyList<SeededOrganization> Organizations { get; }

    /// <summary>The first user declared ("ada" in <see cref="SandboxSeed.Default"/>); null in an empty world.</summary>
    public SeededUser? PrimaryUser => Users.Count > 0 ? Users[0] : null;

    /// <summary>The first organization declared; null when none.</summary>
    public SeededOrganization? PrimaryOrganization => Organizations.Count > 0 ? Organizations[0] : null;

    /// <summary>The user seeded under <paramref name="handle"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such handle.</exception>
    public SeededUser User(string handle)
        => Users.FirstOrDefault(u => u.Handle == handle)
           ?? throw new KeyNotFoundException($"No user '{handle}' was seeded; seeded: {string.Join(", ", Users.Select(u => u.Handle))}.");

    /// <summary>The organization seeded under <paramref name="handle"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such handle.</exception>
    public SeededOrganization Organization(string handle)
        => Organizations.FirstOrDefault(o => o.Handle == handle)
           ?? throw new KeyNotFoundException($"No organization '{handle}' was seeded; seeded: {string.Join(", ", Organizations.Select(o => o.Handle))}.");
}

/// <summary>A seeded user and their personal API key (personal workspace; also valid in their organizations with <c>X-Organization-Id</c>).</summary>
public sealed class SeededUser
{
    internal SeededUser(string handle, string id, string userName, string email, string name, string apiKey, string apiKeyId)
    {
        Handle = handle;
        Id = id;
        UserName = userName;
        Email = email;
        Name = name;
        ApiKey = apiKey;
        ApiKeyId = apiKeyId;
    }

    /// <summary>The seed handle, e.g. "ada".</summary>
    public string Handle { get; }

    /// <summary>The 24-hex user id.</summary>
    public string Id { get; }

    /// <summary>The unique user name.</summary>
    public string UserName { get; }

    /// <summary>The e-mail address.</summary>
    public string Email { get; }

    /// <summary>First and last name.</summary>
    public string Name { get; }

    /// <summary>The personal API key's secret, for <c>X-API-KEY</c>.</summary>
    public string ApiKey { get; }

    /// <summary>The personal API key's 24-hex id (for rotate and delete).</summary>
    public string ApiKeyId { get; }

    /// <summary>The handle and id; never the key.</summary>
    public override string ToString() => $"{Handle} ({Id})";
}

/// <summary>A seeded organization: its id, members by handle or role, pending invitations and invite codes.</summary>
public sealed class SeededOrganization
{
    internal SeededOrganization(string handle, string id, string name, string ownerUserId, IReadOnlyList<SeededMember> members, IReadOnlyList<SeededInvitation> invitations, IReadOnlyList<string> inviteCodes)
    {
        Handle = handle;
        Id = id;
        Name = name;
        OwnerUserId = ownerUserId;
        Members = members;
        Invitations = invitations;
        InviteCodes = inviteCodes;
    }

    /// <summary>The seed handle, e.g. "lab".</summary>
    public string Handle { get; }

    /// <summary>The 24-hex organization id (path segment and <c>X-Organization-Id</c>).</summary>
    public string Id { get; }

    /// <summary>The display name.</summary>
    public string Name { get; }

    /// <summary>The owner's user id.</summary>
    public string OwnerUserId { get; }

    /// <summary>Joined members (owner first); pending ones are in <see cref="Invitations"/>.</summary>
    public IReadOnlyList<SeededMember> Members { get; }

    /// <summary>Pending invitations, each with its pending member id.</summary>
    public IReadOnlyList<SeededInvitation> Invitations { get; }

    /// <summary>Seeded invite codes (valid, expired, used-up or revoked as seeded).</summary>
    public IReadOnlyList<string> InviteCodes { get; }

    /// <summary>The owner's membership.</summary>
    public SeededMember Owner => Members.First(m => m.Role == SandboxRole.Owner);

    /// <summary>The membership of the user seeded as <paramref name="userHandle"/>.</summary>
    /// <exception cref="KeyNotFoundException">That user is not a member.</exception>
    public SeededMember Member(string userHandle)
        => Members.FirstOrDefault(m => m.UserHandle == userHandle)
           ?? throw new KeyNotFoundException($"'{userHandle}' is not a seeded member of '{Handle}'.");

    /// <summary>Joined members with <paramref name="role"/>, in declaration order.</summary>
    public IReadOnlyList<SeededMember> MembersWith(SandboxRole role) => Members.Where(m => m.Role == role).ToList();

    /// <summary>The handle and id.</summary>
    public override string ToString() => $"{Handle} ({Id})";
}

/// <summary>A seeded membership and the member's API key bound to the organization.</summary>
public sealed class SeededMember
{
    internal SeededMember(string userHandle, string userId, string memberId, SandboxRole role, SandboxMemberStatus status, string apiKey)
    {
        UserHandle = userHandle;
        UserId = userId;
        MemberId = memberId;
        Role = role;
        Status = status;
        ApiKey = apiKey;
    }

    /// <summary>The user's seed handle.</summary>
    public string UserHandle { get; }

    /// <summary>The 24-hex user id.</summary>
    public string UserId { get; }

    /// <summary>The 24-hex member id (the <c>{memberId}</c> path segment).</summary>
    public string MemberId { get; }

    /// <summary>The role as seeded.</summary>
    public SandboxRole Role { get; }

    /// <summary>The status as seeded.</summary>
    public SandboxMemberStatus Status { get; }

    /// <summary>
    /// A key bound to this organization: valid only with <c>X-Organization-Id</c> set to it (403
    /// without it or with another organization), except on <c>/users/verify</c> and <c>/users/context</c>.
    /// </summary>
    public string ApiKey { get; }

    /// <summary>The handle, role and member id; never the key.</summary>
    public override string ToString() => $"{UserHandle} ({Role}, {MemberId})";
}

/// <summary>A seeded pending invitation.</summary>
public sealed class SeededInvitation
{
    internal SeededInvitation(string id, string memberId, string email, SandboxRole role, decimal credits)
    {
        Id = id;
        MemberId = memberId;
        Email = email;
        Role = role;
        Credits = credits;
    }

    /// <summary>The 24-hex invitation id (for accept, decline, cancel).</summary>
    public string Id { get; }

    /// <summary>The pending member's 24-hex id.</summary>
    public string MemberId { get; }

    /// <summary>The invitee's e-mail address.</summary>
    public string Email { get; }

    /// <summary>The role offered.</summary>
    public SandboxRole Role { get; }

    /// <summary>Credits that move from the pool when it is accepted.</summary>
    public decimal Credits { get; }

    /// <summary>The e-mail and id.</summary>
    public override string ToString() => $"{Email} ({Id})";
}
