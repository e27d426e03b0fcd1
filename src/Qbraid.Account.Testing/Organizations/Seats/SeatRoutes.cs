using Qbraid.Account.Testing.Http;
using Qbraid.Account.Testing.Organizations.Members;
using Qbraid.Account.Testing.State;

namespace Qbraid.Account.Testing.Organizations.Seats;

/// <summary>
/// Seats of the team plan: any member sees them; only admins assign (409 when none is free;
/// the seat-assignment credits move from the pool at once) or revoke (the member keeps credits).
/// </summary>
internal static class SeatRoutes
{
    public static void Map(RouteGroupBuilder api, SandboxState state)
    {
        api.Get("/organizations/{orgId}/seats", (string orgId, HttpContext context) =>
        {
            var (org, _, _) = Access.Org(context, orgId);
            var total = org.Subscription is { Status: not "canceled" } s ? s.Seats : 0;
            var holders = org.Members.Where(m => m.Seat is not null).OrderBy(m => m.Seat!.AssignedAt).ToList();
            return Api.Ok(new
            {
                tier = org.Subscription?.Tier,
                total,
                assigned = holders.Count,
                available = Math.Max(0, total - holders.Count),
                assignments = holders.Select(m => Wire(state, m)).ToList(),
            });
        });

        api.Post("/organizations/{orgId}/seats/assignments", async (string orgId, HttpContext context) =>
        {
            var (org, _, caller) = Access.Admin(context, orgId, "assign seats");
            var body = await JsonBody.ReadAsync(context);
            var memberId = body.String("memberId", required: true)!;
            var member = MemberRoutes.Find(org, memberId);
            state.AssignSeat(org, member, state.ActorOf(caller.User));
            return Api.Created(Wire(state, member));
        });

        api.Delete("/organizations/{orgId}/seats/assignments/{memberId}", (string orgId, string memberId, HttpContext context) =>
        {
            var (org, _, _) = Access.Admin(context, orgId, "revoke seats");
            var member = MemberRoutes.Find(org, memberId);
            if (member.Seat is null) throw ApiError.NotFound("The member holds no seat.");
            member.Seat = null;
            return Api.NoContent();
        });
    }

    private static object Wire(SandboxState state, MemberRecord member) => new
    {
        memberId = member.Id,
        name = state.MemberName(member),
        email = member.Email,
        assignedAt = member.Seat!.AssignedAt,
    };
}
