using Qbraid.Account.Identity;
using Qbraid.Account.Organizations.Members;
using Qbraid.Account.Usage;

namespace Qbraid.Account.WebApi;

// The sample's own response shapes: what a front end needs, decoupled from the SDK's models.

/// <summary>Who the configured API key belongs to.</summary>
public sealed record MeResponse(string UserId, string? UserName, string? Email, IReadOnlyList<string> Roles);

/// <summary>One entry of the workspace switcher.</summary>
public sealed record WorkspaceResponse(string Id, string Kind, string Name, IReadOnlyList<string> Roles, string? SubscriptionTier, bool IsCurrent)
{
    internal static WorkspaceResponse From(WorkspaceSummary summary) => new(
        summary.Workspace.ToString(),
        summary.Workspace.IsPersonal ? "personal" : "organization",
        summary.Name,
        summary.Roles,
        summary.SubscriptionTier,
        summary.IsCurrent);
}

/// <summary>The personal wallet, in credits (1 credit = $0.01).</summary>
public sealed record WalletResponse(decimal QbraidCredits, decimal AwsCredits, bool AutoRecharge);

/// <summary>The personal usage summary over the last <see cref="Days"/> days.</summary>
public sealed record UsageResponse(int Days, decimal? CreditsCharged, decimal? CreditsAvailable, decimal? ComputeHoursUsed, decimal? ComputeHoursQuota, bool AutoSwitchToCredits)
{
    internal static UsageResponse From(int days, UsageSummary summary) => new(
        days,
        summary.Credits?.Charged,
        summary.Credits?.Available,
        summary.ComputeHours?.Used,
        summary.ComputeHours?.Quota,
        summary.AutoSwitchToCredits);
}

/// <summary>One organization member.</summary>
public sealed record MemberResponse(string Id, string? Email, string? Name, string Role, string Status, decimal Credits, bool HasSeat)
{
    internal static MemberResponse From(OrganizationMember member) => new(
        member.Id, member.Email, member.Name, member.Role.ToString(), member.Status.ToString(), member.Credits, member.Seat is not null);
}

/// <summary>The body of <c>POST /organizations/{id}/invitations</c>.</summary>
public sealed record InviteRequest(string Email, string? Role = null, decimal? Credits = null, string? Message = null);

/// <summary>A sent invitation.</summary>
public sealed record InvitationResponse(string Id, string? Email, string Role, string Status, decimal? Credits)
{
    internal static InvitationResponse From(Invitation invitation) => new(
        invitation.Id, invitation.Email, invitation.Role.ToString(), invitation.Status.ToString(), invitation.Credits);
}
