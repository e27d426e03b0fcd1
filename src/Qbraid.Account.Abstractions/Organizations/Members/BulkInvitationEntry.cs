namespace Qbraid.Account.Organizations.Members;

/// <summary>One row of a bulk invitation (<see cref="IMembersClient.BulkInviteAsync(System.Collections.Generic.IEnumerable{BulkInvitationEntry}, string?, System.Threading.CancellationToken)"/>).</summary>
/// <param name="Email">The invitee's e-mail address.</param>
/// <param name="Role">The role given on joining: <c>admin</c>, <c>manager</c> or <c>member</c>.</param>
public sealed record BulkInvitationEntry(string Email, MemberRole Role);
