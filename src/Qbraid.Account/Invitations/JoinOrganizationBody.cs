namespace Qbraid.Account.Invitations;

/// <summary>The body of <c>POST /organizations/join</c>.</summary>
internal sealed record JoinOrganizationBody
{
    public required string Code { get; init; }
}
