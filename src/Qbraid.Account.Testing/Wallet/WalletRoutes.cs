using Qbraid.Account.Testing.Http;
using Qbraid.Account.Testing.Organizations.Credits;
using Qbraid.Account.Testing.State;
using Qbraid.Account.Testing.Usage;

namespace Qbraid.Account.Testing.Wallet;

/// <summary>
/// Balance, overview and payments in either workspace; buying credits, personal plans and the
/// Stripe portal only in the personal one; credit requests only in an organization (403 elsewhere).
/// </summary>
internal static class WalletRoutes
{
    public static void Map(RouteGroupBuilder api, SandboxState state)
    {
        api.Get("/billing/credits/balance", (HttpContext context) =>
        {
            var caller = Caller.Of(context);
            var inOrg = caller.Member is not null;
            return Api.Ok(new
            {
                qbraidCredits = inOrg ? caller.Member!.Credits : caller.User.QbraidCredits,
                awsCredits = inOrg ? 0m : caller.User.AwsCredits,
                autoRecharge = !inOrg && caller.User.AutoRecharge,
                organizationId = caller.Organization?.Id,
                userId = caller.User.Id,
            });
        });

        api.Get("/billing/credits/pricing", (HttpContext context) => Api.Ok(new { usdPerCredit = 0.01m, creditsPerUsd = 100 }));

        api.Get("/billing/wallet", (HttpContext context) =>
        {
            var caller = Caller.Of(context);
            var workspace = UsageMath.For(caller, state);
            var now = state.Now;
            var used30 = UsageMath.CreditsCharged(workspace.Usage, now.AddDays(-30), now);
            var today = new DateTimeOffset(now.Year, now.Month, now.Day, 0, 0, 0, TimeSpan.Zero);
            var last7 = Enumerable.Range(0, 7).Reverse()
                .Select(back => today.AddDays(-back))
                .Select(day => new { date = SandboxJson.Date(day), credits = UsageMath.CreditsCharged(workspace.Usage, day, day.AddDays(1).AddTicks(-1)) })
                .ToList();
            object plan = caller.Organization is { } org
                ? org.Subscription is { } s
                    ? new { tier = s.Tier, interval = (string?)s.Interval, status = s.Status, currentPeriodEnd = (DateTimeOffset?)s.CurrentPeriodEnd }
                    : new { tier = "free", interval = (string?)null, status = "active", currentPeriodEnd = (DateTimeOffset?)null }
                : new { tier = caller.User.Plan.Tier, interval = caller.User.Plan.Interval, status = caller.User.Plan.Status, currentPeriodEnd = caller.User.Plan.CurrentPeriodEnd };
            return Api.Ok(new
            {
                qbraidCredits = workspace.Balance,
                awsCredits = caller.Organization is null ? caller.User.AwsCredits : 0m,
                plan,
                usage30Days = new { creditsUsed = used30, burnRatePerDay = Math.Round(used30 / 30m, 4) },
                last7Days = last7,
            });
        });

        // Members don't pay in an organization workspace: their list is empty there.
        api.Get("/billing/payments", (HttpContext context) =>
        {
            var caller = Caller.Of(context);
            var payments = caller.Organization is null ? caller.User.Payments.OrderByDescending(p => p.CreatedAt).ToList() : [];
            return Api.Page(context, payments, p => new
            {
                id = p.Id,
                createdAt = p.CreatedAt,
                description = p.Description,
                amountUsd = p.AmountUsd,
                credits = p.Credits,
                status = p.Status,
                receiptUrl = p.ReceiptUrl,
            });
        });

        api.Post("/billing/credits/checkout", async (HttpContext context) =>
        {
            var caller = Caller.Of(context);
            caller.RequirePersonalWorkspace("Buying credits");
            var body = await JsonBody.ReadAsync(context);
            var amountUsd = AmountUsd(body);
            Rules.MaxLength(body.String("promoCode"), 64, "promoCode");
            var checkout = state.NewCheckout("credits", caller.User, null, amountUsd);
            return Api.Ok(new { checkoutUrl = SandboxState.CheckoutUrl(checkout), sessionId = checkout.SessionId, credits = checkout.Credits });
        });

        api.Get("/billing/subscription", (HttpContext context) =>
        {
            var caller = Caller.Of(context);
            caller.RequirePersonalWorkspace("The personal plan");
            var plan = caller.User.Plan;
            return Api.Ok(new { tier = plan.Tier, interval = plan.Interval, status = plan.Status, currentPeriodEnd = plan.CurrentPeriodEnd, cancelAtPeriodEnd = plan.CancelAtPeriodEnd });
        });

        api.Post("/billing/subscription/checkout", async (HttpContext context) =>
        {
            var caller = Caller.Of(context);
            caller.RequirePersonalWorkspace("Subscribing to a personal plan");
            var body = await JsonBody.ReadAsync(context);
            var tier = Rules.OneOf(body.String("tier"), Rules.Tiers, "tier");
            var interval = Rules.OneOf(body.String("interval"), Rules.Intervals, "interval");
            var plan = caller.User.Plan;
            if (plan.Tier == tier && plan.Interval == interval && plan.Status == "active")
                throw ApiError.Conflict($"You are already on the {tier} plan billed {interval}.");
            var checkout = state.NewCheckout("plan", caller.User, null, Prices.PlanUsd(tier, interval), tier, interval);
            return Api.Ok(new { checkoutUrl = SandboxState.CheckoutUrl(checkout), sessionId = checkout.SessionId });
        });

        api.Post("/billing/portal", async (HttpContext context) =>
        {
            var caller = Caller.Of(context);
            caller.RequirePersonalWorkspace("The billing portal");
            var body = await JsonBody.ReadAsync(context, required: false);
            var returnUrl = body.String("returnUrl");
            if (returnUrl is not null && !Rules.IsHttpUrl(returnUrl)) throw ApiError.Field("returnUrl", "returnUrl must be an absolute http(s) URL.");
            return Api.Ok(new { url = "https://billing.stripe.com/p/session/test_" + state.Hex(12) });
        });

        api.Post("/billing/credits/requests", async (HttpContext context) =>
        {
            var caller = Caller.Of(context);
            var (org, member) = caller.RequireOrganizationWorkspace("Requesting credits");
            var body = await JsonBody.ReadAsync(context);
            var amount = body.PositiveCredits("amount", required: true)!.Value;
            var reason = Rules.MaxLength(body.String("reason"), 500, "reason");
            var request = new CreditRequestRecord
            {
                Id = state.NewId(),
                OrganizationId = org.Id,
                MemberId = member.Id,
                RequesterName = caller.User.DisplayName,
                RequesterEmail = caller.User.Email,
                Amount = amount,
                Reason = reason,
                CreatedAt = state.Now,
            };
            org.CreditRequests.Add(request);
            return Api.Created(CreditRoutes.RequestWire(request));
        });

        api.Get("/billing/credits/requests", (HttpContext context) =>
        {
            var caller = Caller.Of(context);
            var (org, member) = caller.RequireOrganizationWorkspace("Credit requests");
            var status = Rules.QueryOneOf(context, "status", CreditRoutes.RequestStatuses);
            var mine = org.CreditRequests
                .Where(r => r.MemberId == member.Id && (status is null || r.Status == status))
                .OrderByDescending(r => r.CreatedAt);
            return Api.Page(context, mine, CreditRoutes.RequestWire);
        });
    }

    /// <summary>A dollar amount above zero with at most 2 decimal places.</summary>
    internal static decimal AmountUsd(JsonBody body)
    {
        var amountUsd = body.Decimal("amountUsd", required: true)!.Value;
        if (amountUsd <= 0) throw ApiError.Field("amountUsd", "amountUsd must be greater than 0.");
        if (decimal.Round(amountUsd, 2) != amountUsd) throw ApiError.Field("amountUsd", "amountUsd may have at most 2 decimal places.");
        if (amountUsd > 100_000m) throw ApiError.Field("amountUsd", "amountUsd must be at most 100,000.");
        return amountUsd;
    }
}
