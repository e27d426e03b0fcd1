namespace Qbraid.Account.Organizations.Members;

/// <summary>Filters for <see cref="IMembersClient.ListAsync"/>; every filter left <see langword="null"/> is not applied.</summary>
public sealed record MemberListOptions
{
    /// <summary>Only members with this role.</summary>
    public MemberRole? Role { get; init; }

    /// <summary>Only members with this status, e.g. <see cref="MemberStatus.Pending"/> for invitees who have not joined.</summary>
    public MemberStatus? Status { get; init; }

    /// <summary>Text matched against name and e-mail address; blank means no search.</summary>
    public string? Search { get; init; }

    /// <summary>Members per request, 1 to 100; <see langword="null"/> for the server's default (50).</summary>
    public int? PageSize { get; init; }
}
