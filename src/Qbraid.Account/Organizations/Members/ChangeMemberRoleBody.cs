namespace Qbraid.Account.Organizations.Members;

/// <summary>The body of <c>PATCH .../members/{memberId}</c>: the role is the only field it takes.</summary>
internal sealed record ChangeMemberRoleBody
{
    public MemberRole Role { get; init; }
}
