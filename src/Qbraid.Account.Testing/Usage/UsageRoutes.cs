using Qbraid.Account.Testing.Http;
using Qbraid.Account.Testing.State;

namespace Qbraid.Account.Testing.Usage;

/// <summary>
/// Usage of the caller's workspace, computed from its sessions (compute hours = vCPUs × hours) and
/// charges. A range of N days runs from the start of the day N-1 days ago (UTC) to now.
/// </summary>
internal static class UsageRoutes
{
    private static readonly int[] Ranges = [7, 14, 30, 90];

    public static void Map(RouteGroupBuilder api, SandboxState state)
    {
        api.Get("/usage/summary", (HttpContext context) =>
        {
            var caller = Caller.Of(context);
            var workspace = UsageMath.For(caller, state);
            var (days, from, to) = Range(context, state);
            var usage = workspace.Usage;
            var percent = usage.AiChatPercentUsed;
            return Api.Ok(new
            {
                range = new { days, from, to },
                credits = new { available = workspace.Balance, charged = UsageMath.CreditsCharged(usage, from, to) },
                computeHours = new { used = UsageMath.ComputeHours(usage, from, to), quota = UsageMath.ComputeQuota(workspace.Tier), renewalDate = workspace.RenewalDate },
                storage = new { usedGB = usage.StorageUsedGB, quotaGB = UsageMath.StorageQuotaGB(workspace.Tier) },
                aiChat = new
                {
                    percentUsed = percent,
                    status = percent < 100 ? "quota" : "credits",
                    renewsAt = workspace.RenewalDate,
                    canSend = percent < 100 || (usage.AutoSwitchToCredits && workspace.Balance > 0),
                },
                autoSwitchToCredits = usage.AutoSwitchToCredits,
                outstandingBalance = workspace.Balance < 0 ? -workspace.Balance : 0m,
            });
        });

        api.Get("/usage/credits", (HttpContext context) =>
        {
            var usage = UsageMath.For(Caller.Of(context), state).Usage;
            var (days, from, _) = Range(context, state);
            var daily = Enumerable.Range(0, days).Select(i =>
            {
                var start = from.AddDays(i);
                var end = start.AddDays(1).AddTicks(-1);
                var sessions = usage.Sessions.Where(s => s.StartedAt >= start && s.StartedAt <= end).ToList();
                var charges = usage.Charges.Where(c => c.At >= start && c.At <= end).ToList();
                return new
                {
                    date = SandboxJson.Date(start),
                    compute = sessions.Where(s => !s.Gpu).Sum(s => s.Credits),
                    gpu = sessions.Where(s => s.Gpu).Sum(s => s.Credits),
                    jobs = charges.Where(c => c.Category == "jobs").Sum(c => c.Credits),
                    ai = charges.Where(c => c.Category == "ai").Sum(c => c.Credits),
                };
            }).ToList();
            var byCategory = new
            {
                compute = daily.Sum(d => d.compute),
                gpu = daily.Sum(d => d.gpu),
                jobs = daily.Sum(d => d.jobs),
                ai = daily.Sum(d => d.ai),
            };
            return Api.Ok(new { total = byCategory.compute + byCategory.gpu + byCategory.jobs + byCategory.ai, byCategory, daily });
        });

        api.Get("/usage/compute-hours", (HttpContext context) =>
        {
            var workspace = UsageMath.For(Caller.Of(context), state);
            var (days, from, to) = Range(context, state);
            var daily = Enumerable.Range(0, days).Select(i =>
            {
                var start = from.AddDays(i);
                return new { date = SandboxJson.Date(start), hours = UsageMath.ComputeHours(workspace.Usage, start, start.AddDays(1).AddTicks(-1)) };
            }).ToList();
            return Api.Ok(new { used = UsageMath.ComputeHours(workspace.Usage, from, to), quota = UsageMath.ComputeQuota(workspace.Tier), daily });
        });

        api.Get("/usage/sessions", (HttpContext context) =>
        {
            var usage = UsageMath.For(Caller.Of(context), state).Usage;
            return Api.Page(context, usage.Sessions.OrderByDescending(s => s.StartedAt), s => new
            {
                id = s.Id,
                startedAt = s.StartedAt,
                endedAt = s.EndedAt,
                instanceType = s.InstanceType,
                vCpus = s.VCpus,
                durationSeconds = s.DurationSeconds,
                computeHours = s.ComputeHours,
                credits = s.Credits,
            });
        });

        api.Patch("/usage/settings", async (HttpContext context) =>
        {
            var usage = UsageMath.For(Caller.Of(context), state).Usage;
            var body = await JsonBody.ReadAsync(context);
            usage.AutoSwitchToCredits = body.Bool("autoSwitchToCredits", required: true)!.Value;
            return Api.Ok(new { autoSwitchToCredits = usage.AutoSwitchToCredits });
        });

        api.Get("/ai/quota", (HttpContext context) =>
        {
            var workspace = UsageMath.For(Caller.Of(context), state);
            var usage = workspace.Usage;
            return Api.Ok(new
            {
                plan = workspace.Tier,
                multiplier = UsageMath.AiMultiplier(workspace.Tier),
                percentUsed = usage.AiChatPercentUsed,
                status = usage.AiChatPercentUsed < 100 ? "quota" : "credits",
                renewsAt = workspace.RenewalDate,
                canSend = usage.AiChatPercentUsed < 100 || (usage.AutoSwitchToCredits && workspace.Balance > 0),
                autoSwitchToCredits = usage.AutoSwitchToCredits,
                creditCosts = new { chatPrompt = 1, agentQuery = 2, agentExecution = 5 },
            });
        });
    }

    private static (int Days, DateTimeOffset From, DateTimeOffset To) Range(HttpContext context, SandboxState state)
    {
        var raw = context.Request.Query["days"].ToString();
        var days = 30;
        if (raw.Length > 0 && (!int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out days) || !Ranges.Contains(days)))
            throw ApiError.Field("days", "days must be 7, 14, 30 or 90.");
        var now = state.Now;
        var today = new DateTimeOffset(now.Year, now.Month, now.Day, 0, 0, 0, TimeSpan.Zero);
        return (days, today.AddDays(-(days - 1)), now);
    }
}
