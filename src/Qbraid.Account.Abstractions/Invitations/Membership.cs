using System.Text;
using System.Text.Json.Serialization;
using Qbraid.Account.Organizations.Members;

namespace Qbraid.Account.Invitations;

/// <summary>
/// Your new membership after accepting an invitation or joining by code. The organization is in
/// <see cref="IQbraidAccountClient.ListWorkspacesAsync"/> from now on; switch to it with
/// <c>client.Workspace(membership.Workspace)</c> or <c>client.Organization(membership.OrganizationId)</c>.
/// </summary>
public sealed record Membership
{
    /// <summary>The organization's 24-hex id.</summary>
    [JsonConverter(typeof(Common.ObjectIdJsonConverter))]
    public required string OrganizationId { get; init; }

    /// <summary>Your member id in the organization (24-hex).</summary>
    public string? MemberId { get; init; }

    /// <summary>Your role: the one on the invitation or invite code.</summary>
    public MemberRole Role { get; init; }

    /// <summary>Your status, <c>active</c> on joining.</summary>
    public MemberStatus Status { get; init; }

    /// <summary>The organization's workspace, ready to pass to <see cref="IQbraidAccountClient.Workspace(Account.Workspace)"/>.</summary>
    /// <exception cref="System.ArgumentException"><see cref="OrganizationId"/> is not a 24-hex id.</exception>
    [JsonIgnore]
    public Workspace Workspace => Workspace.Organization(OrganizationId);

    // The wire fields only: the generated ToString would also read Workspace, which throws for a malformed id.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("OrganizationId = ").Append(OrganizationId)
               .Append(", MemberId = ").Append(MemberId)
               .Append(", Role = ").Append(Role)
               .Append(", Status = ").Append(Status);
        return true;
    }
}
