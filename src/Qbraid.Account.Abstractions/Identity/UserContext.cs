using System;
using System.Collections.Generic;

namespace Qbraid.Account.Identity;

/// <summary>The caller and their organizations (<c>GET /users/context</c>).</summary>
public sealed record UserContext
{
    /// <summary>The signed-in user.</summary>
    public required ContextUser User { get; init; }

    /// <summary>The caller's organizations, keyed by 24-hex organization id.</summary>
    public IReadOnlyDictionary<string, OrganizationContext> Organizations { get; init => field = value ?? new Dictionary<string, OrganizationContext>(); } = new Dictionary<string, OrganizationContext>();

    /// <summary>The organization the qBraid web app last had selected, if any.</summary>
    public string? CurrentOrganizationId { get; init; }
}

/// <summary>The user part of <see cref="UserContext"/>.</summary>
public sealed record ContextUser
{
    /// <summary>The e-mail address (read-only: it can't be changed through the API).</summary>
    public string? Email { get; init; }

    /// <summary>The unique user name.</summary>
    public string? UserName { get; init; }

    /// <summary>Whether the e-mail address is verified.</summary>
    public bool EmailVerified { get; init; }

    /// <summary>Whether the account is active.</summary>
    public bool IsActive { get; init; }

    /// <summary>Name and photo.</summary>
    public PersonalInformation? PersonalInformation { get; init; }
}

/// <summary>Name and photo of a user.</summary>
public sealed record PersonalInformation
{
    /// <summary>Given name.</summary>
    public string? FirstName { get; init; }

    /// <summary>Family name.</summary>
    public string? LastName { get; init; }

    /// <summary>URL of the profile photo.</summary>
    public string? ProfilePhoto { get; init; }
}

/// <summary>One organization in <see cref="UserContext"/>.</summary>
public sealed record OrganizationContext
{
    /// <summary>The organization's display name.</summary>
    public string? Name { get; init; }

    /// <summary>The caller's roles in it, e.g. <c>admin</c>.</summary>
    public IReadOnlyList<string> Roles { get; init => field = value ?? []; } = [];

    /// <summary>The team plan tier, e.g. <c>standard</c>.</summary>
    public string? SubscriptionTier { get; init; }

    /// <summary>The caller's membership status, e.g. <c>active</c>.</summary>
    public string? Status { get; init; }

    /// <summary>Disk use in GB.</summary>
    public DiskUsage? DiskUsage { get; init; }

    /// <summary>CPU hours this period.</summary>
    public CpuHours? CpuHours { get; init; }

    /// <summary>The caller's wallet in this organization.</summary>
    public ContextWallet? Wallet { get; init; }
}

/// <summary>Disk use in gigabytes.</summary>
public sealed record DiskUsage
{
    /// <summary>Used, in GB.</summary>
    public decimal TotalGB { get; init; }

    /// <summary>Quota, in GB.</summary>
    public decimal QuotaGB { get; init; }
}

/// <summary>CPU hours (vCPU count × hours) used against the monthly quota.</summary>
public sealed record CpuHours
{
    /// <summary>Used this period.</summary>
    public decimal Used { get; init; }

    /// <summary>Monthly quota (Free 25, Standard 400, Pro 2,000).</summary>
    public decimal Quota { get; init; }

    /// <summary>When the quota renews.</summary>
    public DateTimeOffset? RenewalDate { get; init; }
}

/// <summary>Wallet figures in <see cref="OrganizationContext"/>; credits (1 credit = $0.01).</summary>
public sealed record ContextWallet
{
    /// <summary>qBraid credits.</summary>
    public decimal QbraidCredits { get; init; }

    /// <summary>AWS credits.</summary>
    public decimal AwsCredits { get; init; }

    /// <summary>Credit limit, when set.</summary>
    public decimal? CreditLimit { get; init; }

    /// <summary>Whether auto-recharge is on.</summary>
    public bool AutoRecharge { get; init; }
}
