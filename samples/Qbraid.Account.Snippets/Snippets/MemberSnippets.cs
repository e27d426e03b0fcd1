using Qbraid.Account.Organizations.Members;

namespace Qbraid.Account.Snippets.Snippets;

internal static class MemberSnippets
{
    public static async Task ListAndInvite(IQbraidAccountClient client, string organizationId)
    {
        // begin-snippet: members-list
        IOrganizationWorkspace lab = client.Organization(organizationId);

        await foreach (OrganizationMember member in lab.Members.ListAsync(new MemberListOptions { Status = MemberStatus.Active }))
            Console.WriteLine($"{member.Name,-20} {member.Email,-28} {member.Role,-8} seat: {member.Seat is not null}");

        // Page by page, with the total:
        await foreach (var page in lab.Members.ListAsync(new MemberListOptions { Role = MemberRole.Admin, PageSize = 20 }).AsPagesAsync())
            Console.WriteLine($"page {page.PageNumber}: {page.Values.Count} of {page.TotalCount} admins");
        // end-snippet

        // begin-snippet: members-invite
        // Credits move from the organization's pool when the invitation is accepted.
        Invitation invitation = await lab.Members.InviteAsync(new InviteMemberRequest
        {
            Email = "marie@example.com",
            Role = MemberRole.Manager,
            Credits = 250m,
            Message = "Welcome to the lab!",
        });
        Console.WriteLine($"invited {invitation.Email}: {invitation.Status}");

        await foreach (Invitation pending in lab.Members.ListInvitationsAsync(new InvitationListOptions { Status = InvitationStatus.Pending }))
            Console.WriteLine($"pending: {pending.Email} since {pending.CreatedAt:d}");

        await lab.Members.CancelInvitationAsync(invitation.Id);
        // end-snippet

        // begin-snippet: members-bulk-invite
        // 1 to 100 rows; each row is accepted or rejected on its own.
        BulkInvitationResult result = await lab.Members.BulkInviteAsync(
        [
            new BulkInvitationEntry("lise@example.com", MemberRole.Member),
            new BulkInvitationEntry("emmy@example.com", MemberRole.Manager),
        ]);
        foreach (BulkInvitationRejection rejected in result.Rejected)
            Console.WriteLine($"row {rejected.Row} ({rejected.Email}) rejected: {rejected.Reason}");
        Console.WriteLine($"{result.Invited.Count} invited");

        // Or from CSV with the header "email,role" (a FileStream works the same):
        await using var csv = new MemoryStream("email,role\nrosalind@example.com,member\n"u8.ToArray());
        await lab.Members.BulkInviteAsync(csv);
        // end-snippet
        Check.That(result.Invited.Count == 2, "the bulk invitation did not invite both");
    }

    public static async Task Manage(IQbraidAccountClient client, string organizationId, string memberId)
    {
        // begin-snippet: members-manage
        IMembersClient members = client.Organization(organizationId).Members;

        OrganizationMember member = await members.GetAsync(memberId);
        member = await members.ChangeRoleAsync(member.Id, MemberRole.Admin);
        member = await members.SuspendAsync(member.Id);     // keeps the membership, blocks access
        member = await members.ReactivateAsync(member.Id);
        Console.WriteLine($"{member.Email}: {member.Role}, {member.Status}");

        // await members.RemoveAsync(member.Id);             // unused credits go back to the pool
        // end-snippet
        await members.RemoveAsync(member.Id);
    }
}
