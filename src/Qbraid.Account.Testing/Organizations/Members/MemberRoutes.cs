using Qbraid.Account.Testing.Http;
using Qbraid.Account.Testing.State;

namespace Qbraid.Account.Testing.Organizations.Members;

/// <summary>
/// Members: anyone in the organization may list them; only admins (and the owner) change roles,
/// suspend, reactivate or remove. The owner can't be demoted, suspended or removed, and nobody can
/// be made owner.
/// </summary>
internal static class MemberRoutes
{
    public static readonly string[] Statuses = ["active", "pending", "suspended"];

    public static void Map(RouteGroupBuilder api, SandboxState state)
    {
        api.Get("/organizations/{orgId}/members", (string orgId, HttpContext context) =>
        {
            var (org, _, _) = Access.Org(context, orgId);
            var role = Rules.QueryOneOf(context, "role", Rules.Roles);
            var status = Rules.QueryOneOf(context, "status", Statuses);
            var search = context.Request.Query["search"].ToString().Trim();
            var members = org.Members
                .Where(m => role is null || m.Role == role)
                .Where(m => status is null || m.Status == status)
                .Where(m => search.Length == 0 || Matches(state, m, search))
                .ToList();
            return Api.Page(context, members, m => Wire(state, m));
        });

        api.Get("/organizations/{orgId}/members/{memberId}", (string orgId, string memberId, HttpContext context) =>
        {
            var (org, _, _) = Access.Org(context, orgId);
            return Api.Ok(Wire(state, Find(org, memberId)));
        });

        api.Patch("/organizations/{orgId}/members/{memberId}", async (string orgId, string memberId, HttpContext context) =>
        {
            var (org, _, _) = Access.Admin(context, orgId, "change roles");
            var member = Find(org, memberId);
            var body = await JsonBody.ReadAsync(context);
            var requested = body.String("role", required: true)!.Trim().ToLowerInvariant();
            if (member.Role == "owner") throw ApiError.Forbidden("The owner's role can't be changed.");
            if (requested == "owner") throw ApiError.Forbidden("Ownership can't be assigned: the owner is set when the organization is created.");
            var role = Rules.OneOf(requested, Rules.AssignableRoles, "role");
            member.Role = role;
            foreach (var invitation in org.Invitations.Where(i => i.MemberId == member.Id && i.Status == "pending"))
                invitation.Role = role;
            return Api.Ok(Wire(state, member));
        });

        api.Post("/organizations/{orgId}/members/{memberId}/suspend", (string orgId, string memberId, HttpContext context) =>
        {
            var (org, _, _) = Access.Admin(context, orgId, "suspend members");
            var member = Find(org, memberId);
            if (member.Role == "owner") throw ApiError.Forbidden("The owner can't be suspended.");
            if (member.Status != "active") throw ApiError.Conflict($"Only an active member can be suspended; this one is {member.Status}.");
            member.Status = "suspended";
            return Api.Ok(Wire(state, member));
        });

        api.Post("/organizations/{orgId}/members/{memberId}/reactivate", (string orgId, string memberId, HttpContext context) =>
        {
            var (org, _, _) = Access.Admin(context, orgId, "reactivate members");
            var member = Find(org, memberId);
            if (member.Status != "suspended") throw ApiError.Conflict($"Only a suspended member can be reactivated; this one is {member.Status}.");
            member.Status = "active";
            return Api.Ok(Wire(state, member));
        });

        api.Delete("/organizations/{orgId}/members/{memberId}", (string orgId, string memberId, HttpContext context) =>
        {
            var (org, _, caller) = Access.Admin(context, orgId, "remove members");
            var member = Find(org, memberId);
            if (member.Role == "owner") throw ApiError.Forbidden("The owner can't be removed.");
            state.RemoveMember(org, member, state.ActorOf(caller.User), "Credits returned on removal");
            return Api.NoContent();
        });
    }

    public static MemberRecord Find(OrganizationRecord org, string memberId)
        => org.Members.FirstOrDefault(m => string.Equals(m.Id, memberId, StringComparison.OrdinalIgnoreCase))
           ?? throw ApiError.NotFound("Member not found.");

    public static object Wire(SandboxState state, MemberRecord member)
    {
        var user = member.UserId is { } id ? state.FindUser(id) : null;
        return new
        {
            id = member.Id,
            userId = member.UserId,
            email = member.Email,
            userName = user?.UserName,
            name = user?.DisplayName,
            role = member.Role,
            status = member.Status,
            seat = member.Seat is { } seat ? new { tier = seat.Tier, assignedAt = seat.AssignedAt } : null,
            credits = member.Credits,
            invitedAt = member.InvitedAt,
            joinedAt = member.JoinedAt,
        };
    }

    private static bool Matches(SandboxState state, MemberRecord member, string search)
    {
        var user = member.UserId is { } id ? state.FindUser(id) : null;
        return member.Email.Contains(search, StringComparison.OrdinalIgnoreCase)
               || (user is not null && (user.DisplayName.Contains(search, StringComparison.OrdinalIgnoreCase) || user.UserName.Contains(search, StringComparison.OrdinalIgnoreCase)));
    }
}
