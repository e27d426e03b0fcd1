using Qbraid.Account.Testing.Http;
using Qbraid.Account.Testing.Organizations.Members;
using Qbraid.Account.Testing.State;

namespace Qbraid.Account.Testing.Organizations.Joining;

/// <summary>
/// The invitee's side (their pending invitations, accept, decline) and invite codes (admins manage
/// them; anyone joins with one: 404 unknown, 410 expired, used up or revoked).
/// </summary>
internal static class JoiningRoutes
{
    private static readonly string[] CodeRoles = ["manager", "member"];

    public static void Map(RouteGroupBuilder api, SandboxState state)
    {
        api.Get("/users/me/invitations", (HttpContext context) =>
        {
            var user = Caller.Of(context).User;
            var invitations = state.Organizations
                .SelectMany(o => o.Invitations.Select(i => (Org: o, Invitation: i)))
                .Where(x => x.Invitation.Status == "pending" && string.Equals(x.Invitation.Email, user.Email, StringComparison.OrdinalIgnoreCase))
                .OrderByDescending(x => x.Invitation.CreatedAt)
                .Select(x => new
                {
                    id = x.Invitation.Id,
                    organizationId = x.Org.Id,
                    organizationName = x.Org.Name,
                    role = x.Invitation.Role,
                    credits = x.Invitation.Credits,
                    message = x.Invitation.Message,
                    invitedBy = InvitationRoutes.InvitedBy(state, x.Invitation),
                    createdAt = x.Invitation.CreatedAt,
                })
                .ToList();
            return Api.Ok(invitations);
        });

        api.Post("/invitations/{id}/accept", (string id, HttpContext context) =>
        {
            var user = Caller.Of(context).User;
            var invitation = InvitationFor(state, id, user);
            var member = state.AcceptInvitation(invitation, user);
            return Api.Ok(Membership(member));
        });

        api.Post("/invitations/{id}/decline", (string id, HttpContext context) =>
        {
            var user = Caller.Of(context).User;
            state.DeclineInvitation(InvitationFor(state, id, user));
            return Api.NoContent();
        });

        api.Get("/organizations/{orgId}/invite-codes", (string orgId, HttpContext context) =>
        {
            var (org, _, _) = Access.Admin(context, orgId, "manage invite codes");
            return Api.Ok(org.InviteCodes.OrderByDescending(c => c.CreatedAt).Select(Wire).ToList());
        });

        api.Post("/organizations/{orgId}/invite-codes", async (string orgId, HttpContext context) =>
        {
            var (org, _, _) = Access.Admin(context, orgId, "manage invite codes");
            var body = await JsonBody.ReadAsync(context);
            var role = Rules.OneOf(body.String("role"), CodeRoles, "role");
            var maxUses = body.Int("maxUses");
            if (maxUses is < 1 or > 1000) throw ApiError.Field("maxUses", "maxUses must be between 1 and 1,000.");
            var expiresAt = body.Time("expiresAt");
            if (expiresAt is { } e && e <= state.Now) throw ApiError.Field("expiresAt", "expiresAt must be in the future.");
            const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
            var code = "QB-" + new string(Enumerable.Range(0, 8).Select(_ => alphabet[state.Random.Next(alphabet.Length)]).ToArray());
            var inviteCode = new InviteCodeRecord
            {
                Id = state.NewId(),
                Code = code,
                Role = role,
                MaxUses = maxUses,
                ExpiresAt = expiresAt,
                CreatedAt = state.Now,
            };
            org.InviteCodes.Add(inviteCode);
            return Api.Created(Wire(inviteCode));
        });

        api.Delete("/organizations/{orgId}/invite-codes/{id}", (string orgId, string id, HttpContext context) =>
        {
            var (org, _, _) = Access.Admin(context, orgId, "manage invite codes");
            var inviteCode = org.InviteCodes.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.OrdinalIgnoreCase))
                ?? throw ApiError.NotFound("Invite code not found.");
            inviteCode.Revoked = true;
            return Api.NoContent();
        });

        api.Post("/organizations/join", async (HttpContext context) =>
        {
            var user = Caller.Of(context).User;
            var body = await JsonBody.ReadAsync(context);
            var code = body.String("code", required: true)!.Trim();
            var (_, member) = state.JoinByCode(code, user);
            return Api.Ok(Membership(member));
        });
    }

    /// <summary>The invitation addressed to the caller; anyone else's is "not found".</summary>
    private static InvitationRecord InvitationFor(SandboxState state, string id, UserRecord user)
        => state.Organizations.SelectMany(o => o.Invitations)
               .FirstOrDefault(i => string.Equals(i.Id, id, StringComparison.OrdinalIgnoreCase) && string.Equals(i.Email, user.Email, StringComparison.OrdinalIgnoreCase))
           ?? throw ApiError.NotFound("Invitation not found.");

    public static object Membership(MemberRecord member) => new
    {
        organizationId = member.OrganizationId,
        memberId = member.Id,
        role = member.Role,
        status = member.Status,
    };

    private static object Wire(InviteCodeRecord code) => new
    {
        id = code.Id,
        code = code.Code,
        role = code.Role,
        uses = code.Uses,
        maxUses = code.MaxUses,
        expiresAt = code.ExpiresAt,
        createdAt = code.CreatedAt,
        revoked = code.Revoked,
    };
}
