using Qbraid.Account.Testing.Http;
using Qbraid.Account.Testing.State;

namespace Qbraid.Account.Testing.Organizations.Subscription;

/// <summary>
/// The team plan: admins and managers view it (404 when there is none); admins buy one (at least
/// 2 seats), grow it (seats never shrink here, never below those assigned) and cancel it at period end.
/// </summary>
internal static class SubscriptionRoutes
{
    public const int MinSeats = 2;

    public static void Map(RouteGroupBuilder api, SandboxState state)
    {
        api.Get("/organizations/{orgId}/subscription", (string orgId, HttpContext context) =>
        {
            var (org, _, _) = Access.BillingViewer(context, orgId, "the subscription");
            return Api.Ok(Wire(org.Subscription ?? throw ApiError.NotFound("The organization has no subscription.")));
        });

        api.Post("/organizations/{orgId}/subscription/checkout", async (string orgId, HttpContext context) =>
        {
            var (org, _, caller) = Access.Admin(context, orgId, "buy a team plan");
            var body = await JsonBody.ReadAsync(context);
            var tier = Rules.OneOf(body.String("tier"), Rules.Tiers, "tier");
            var interval = Rules.OneOf(body.String("interval"), Rules.Intervals, "interval");
            var seats = body.Int("seats", required: true)!.Value;
            if (seats < MinSeats) throw ApiError.Field("seats", $"A team plan has at least {MinSeats} seats.");
            if (seats > 10_000) throw ApiError.Field("seats", "seats must be at most 10,000.");
            if (org.Subscription is { Status: not "canceled" })
                throw ApiError.Conflict("The organization already has a team plan: change it with PATCH /subscription.");
            var checkout = state.NewCheckout("org-plan", caller.User, org, Prices.PlanUsd(tier, interval) * seats, tier, interval, seats);
            return Api.Ok(new { checkoutUrl = SandboxState.CheckoutUrl(checkout), sessionId = checkout.SessionId });
        });

        api.Patch("/organizations/{orgId}/subscription", async (string orgId, HttpContext context) =>
        {
            var (org, _, _) = Access.Admin(context, orgId, "change the plan");
            var subscription = org.Subscription ?? throw ApiError.NotFound("The organization has no subscription.");
            var body = await JsonBody.ReadAsync(context);
            var tier = body.String("tier") is { } t ? Rules.OneOf(t, Rules.Tiers, "tier") : null;
            var interval = body.String("interval") is { } i ? Rules.OneOf(i, Rules.Intervals, "interval") : null;
            var seats = body.Int("seats");
            if (subscription.Status == "canceled") throw ApiError.Conflict("The subscription has ended: buy a new one with /subscription/checkout.");
            if (seats is { } wanted)
            {
                if (wanted < org.SeatsAssigned)
                    throw ApiError.Conflict($"{org.SeatsAssigned} seats are assigned: revoke seats before going below that.");
                if (wanted < subscription.Seats)
                    throw ApiError.Field("seats", $"Seats can only grow here (the plan has {subscription.Seats}); reduce them in the billing portal.");
                if (wanted > 10_000) throw ApiError.Field("seats", "seats must be at most 10,000.");
                subscription.Seats = wanted;
            }
            if (interval is not null) subscription.Interval = interval;
            if (tier is not null && tier != subscription.Tier)
            {
                subscription.Tier = tier;
                foreach (var member in org.Members.Where(m => m.Seat is not null))
                    member.Seat = new SeatRecord { Tier = tier, AssignedAt = member.Seat!.AssignedAt };
            }
            return Api.Ok(Wire(subscription));
        });

        api.Post("/organizations/{orgId}/subscription/cancel", (string orgId, HttpContext context) =>
        {
            var (org, _, _) = Access.Admin(context, orgId, "cancel the plan");
            var subscription = org.Subscription ?? throw ApiError.NotFound("The organization has no subscription.");
            if (subscription.Status == "canceled") throw ApiError.Conflict("The subscription has already ended.");
            subscription.Status = "canceling";
            subscription.CancelAtPeriodEnd = true;
            return Api.Ok(Wire(subscription));
        });
    }

    private static object Wire(OrgSubscriptionRecord subscription) => new
    {
        tier = subscription.Tier,
        interval = subscription.Interval,
        seats = subscription.Seats,
        status = subscription.Status,
        currentPeriodEnd = subscription.CurrentPeriodEnd,
        cancelAtPeriodEnd = subscription.CancelAtPeriodEnd,
    };
}
