namespace Qbraid.Account.Testing;

/// <summary>A member's role in an organization (wire strings <c>owner</c>, <c>admin</c>, <c>manager</c>, <c>member</c>).</summary>
public enum SandboxRole
{
    /// <summary>Exactly one per organization; can't be removed, suspended, demoted or leave.</summary>
    Owner,

    /// <summary>Everything: settings, members, seats, credits, plan.</summary>
    Admin,

    /// <summary>Can view billing; can't change settings or assign seats.</summary>
    Manager,

    /// <summary>Uses resources only.</summary>
    Member,
}

/// <summary>A plan tier (wire strings <c>free</c>, <c>standard</c>, <c>pro</c>).</summary>
public enum SandboxTier
{
    /// <summary>No paid plan: 25 CPU hours, 15 GB.</summary>
    Free,

    /// <summary>Standard: 400 CPU hours, 50 GB; $20/month or $16/month billed annually.</summary>
    Standard,

    /// <summary>Pro: 2,000 CPU hours, 150 GB; $100/month or $80/month billed annually.</summary>
    Pro,
}

/// <summary>How a plan is billed (wire strings <c>monthly</c>, <c>annual</c>).</summary>
public enum SandboxInterval
{
    /// <summary>Every month.</summary>
    Monthly,

    /// <summary>Once a year.</summary>
    Annual,
}

/// <summary>A joined member's status (pending members are seeded as invitations instead).</summary>
public enum SandboxMemberStatus
{
    /// <summary>Has access.</summary>
    Active,

    /// <summary>Access withheld by an admin; requests in the organization's workspace answer 403.</summary>
    Suspended,
}

internal static class SandboxWire
{
    public static string Of(SandboxRole role) => role switch
    {
        SandboxRole.Owner => "owner",
        SandboxRole.Admin => "admin",
        SandboxRole.Manager => "manager",
        SandboxRole.Member => "member",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown role."),
    };

    public static string Of(SandboxTier tier) => tier switch
    {
        SandboxTier.Free => "free",
        SandboxTier.Standard => "standard",
        SandboxTier.Pro => "pro",
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "Unknown tier."),
    };

    public static string Of(SandboxInterval interval) => interval switch
    {
        SandboxInterval.Monthly => "monthly",
        SandboxInterval.Annual => "annual",
        _ => throw new ArgumentOutOfRangeException(nameof(interval), interval, "Unknown interval."),
    };

    public static string Of(SandboxMemberStatus status) => status switch
    {
        SandboxMemberStatus.Active => "active",
        SandboxMemberStatus.Suspended => "suspended",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };
}
