using Qbraid.Account.Invitations;
using Qbraid.Account.Organizations.InviteCodes;
using Qbraid.Account.Organizations.Members;

namespace Qbraid.Account.Snippets.Snippets;

internal static class JoiningSnippets
{
    public static async Task Invitations(IQbraidAccountClient client)
    {
        // begin-snippet: joining-invitations
        // Invitations sent to your e-mail address, from any organization.
        IInvitationsClient invitations = client.Personal.Invitations;

        foreach (ReceivedInvitation invitation in await invitations.ListAsync())
        {
            Console.WriteLine($"{invitation.OrganizationName} invites you as {invitation.Role} with {invitation.Credits} credits");
            Membership membership = await invitations.AcceptAsync(invitation.Id);

            // Switch to the organization you just joined:
            IWorkspace workspace = client.Workspace(membership.Workspace);
            Console.WriteLine($"now {membership.Role} in {workspace.Workspace}");
        }
        // end-snippet
    }

    public static async Task JoinByCode(IQbraidAccountClient client, string code)
    {
        // begin-snippet: joining-code
        // A shareable code from an organization's admin: 404 when unknown, 410 when no longer valid.
        try
        {
            Membership membership = await client.Personal.Invitations.JoinByCodeAsync(code);
            Console.WriteLine($"joined {membership.OrganizationId} as {membership.Role}");
        }
        catch (QbraidGoneException e)
        {
            // Reason (Expired, UsedUp, Revoked) is set when qBraid sends an error code.
            Console.WriteLine($"That code is no longer valid ({e.Reason?.ToString() ?? e.Message}): ask for a new one.");
        }
        // end-snippet
    }

    public static async Task Codes(IQbraidAccountClient client, string organizationId)
    {
        // begin-snippet: joining-invite-codes
        // Admins create and revoke the codes.
        IInviteCodesClient codes = client.Organization(organizationId).InviteCodes;

        InviteCode code = await codes.CreateAsync(new CreateInviteCodeRequest
        {
            Role = MemberRole.Member,
            MaxUses = 30,
            ExpiresAt = DateTimeOffset.UtcNow.AddDays(14),
        });
        Console.WriteLine($"share {code.Code} (up to {code.MaxUses} people, until {code.ExpiresAt:d})");

        foreach (InviteCode existing in await codes.ListAsync())
            Console.WriteLine($"{existing.Code}: used {existing.Uses}/{existing.MaxUses}{(existing.Revoked ? ", revoked" : string.Empty)}");

        await codes.RevokeAsync(code.Id);
        // end-snippet
    }
}
