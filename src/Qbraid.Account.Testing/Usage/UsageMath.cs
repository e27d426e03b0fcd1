using Qbraid.Account.Testing.State;

namespace Qbraid.Account.Testing.Usage;

/// <summary>The documented quotas and the figures derived from a workspace's sessions.</summary>
internal static class UsageMath
{
    public static decimal ComputeQuota(string tier) => tier switch
    {
        "standard" => 400m,
        "pro" => 2_000m,
        _ => 25m,
    };

    public static decimal StorageQuotaGB(string tier) => tier switch
    {
        "standard" => 50m,
        "pro" => 150m,
        _ => 15m,
    };

    public static int AiMultiplier(string tier) => tier switch
    {
        "standard" => 5,
        "pro" => 10,
        _ => 1,
    };

    public static DateTimeOffset NextMonth(DateTimeOffset now) => new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(1);

    /// <summary>The usage, tier, spendable balance and renewal date of the caller's workspace.</summary>
    public static Workspace For(Http.Caller caller, SandboxState state)
    {
        if (caller.Organization is { } org && caller.Member is { } member)
            return new Workspace(member.Usage, org.EffectiveTier, member.Credits, org.Subscription?.CurrentPeriodEnd ?? NextMonth(state.Now));
        var user = caller.User;
        var tier = user.Plan.Status == "canceled" ? "free" : user.Plan.Tier;
        return new Workspace(user.Usage, tier, user.QbraidCredits, user.Plan.CurrentPeriodEnd ?? NextMonth(state.Now));
    }

    /// <summary>vCPU count × hours of the sessions started in [from, to].</summary>
    public static decimal ComputeHours(UsageProfile usage, DateTimeOffset from, DateTimeOffset to)
        => Math.Round(usage.Sessions.Where(s => s.StartedAt >= from && s.StartedAt <= to).Sum(s => s.ComputeHours), 4);

    public static decimal CreditsCharged(UsageProfile usage, DateTimeOffset from, DateTimeOffset to)
        => usage.Sessions.Where(s => s.StartedAt >= from && s.StartedAt <= to).Sum(s => s.Credits)
           + usage.Charges.Where(c => c.At >= from && c.At <= to).Sum(c => c.Credits);

    internal sealed record Workspace(UsageProfile Usage, string Tier, decimal Balance, DateTimeOffset RenewalDate);
}
