using Qbraid.Account.Organizations.Members;

namespace Qbraid.Account.Organizations.InviteCodes;

/// <summary>
/// The body of <c>POST .../invite-codes</c>. The expiry travels as text so it is always sent in UTC
/// with a <c>Z</c>, whatever offset the caller's value had; null fields are left out.
/// </summary>
internal sealed record CreateInviteCodeBody
{
    public MemberRole Role { get; init; }

    public int? MaxUses { get; init; }

    public string? ExpiresAt { get; init; }
}
