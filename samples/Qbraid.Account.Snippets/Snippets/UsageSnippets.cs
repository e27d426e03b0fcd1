using Qbraid.Account.Usage;

namespace Qbraid.Account.Snippets.Snippets;

internal static class UsageSnippets
{
    public static async Task Summary(IQbraidAccountClient client, string organizationId)
    {
        // begin-snippet: usage-summary
        // Usage is per workspace: the personal one here, client.Organization(id).Usage for an organization.
        IUsageClient usage = client.Personal.Usage;

        UsageSummary summary = await usage.GetSummaryAsync(UsageRange.Last30Days);
        Console.WriteLine($"credits charged: {summary.Credits?.Charged}, available: {summary.Credits?.Available}");
        Console.WriteLine($"compute hours: {summary.ComputeHours?.Used} of {summary.ComputeHours?.Quota}");

        CreditUsage credits = await usage.GetCreditsAsync(UsageRange.Last7Days);
        foreach (DailyCreditUsage day in credits.Daily)
            Console.WriteLine($"{day.Date:d}: compute {day.Compute}, GPU {day.Gpu}, jobs {day.Jobs}, AI {day.Ai}");
        // end-snippet

        // begin-snippet: usage-organization
        UsageSummary inLab = await client.Organization(organizationId).Usage.GetSummaryAsync(UsageRange.Last90Days);
        Console.WriteLine($"{inLab.ComputeHours?.Used} compute hours in the lab over 90 days");
        // end-snippet
    }

    public static async Task Sessions(IQbraidAccountClient client)
    {
        // begin-snippet: usage-sessions
        // Newest first; pages are fetched as you enumerate.
        await foreach (UsageSession session in client.Personal.Usage.ListSessionsAsync(new UsageSessionListOptions { PageSize = 25 }))
        {
            Console.WriteLine($"{session.StartedAt:g} {session.InstanceType} {session.VCpus} vCPU {session.ComputeHours} h {session.Credits} credits");
        }
        // end-snippet
    }

    public static async Task AiQuota(IQbraidAccountClient client)
    {
        // begin-snippet: usage-ai-quota
        AiQuota quota = await client.Personal.Usage.GetAiQuotaAsync();
        Console.WriteLine($"AI chat plan: {quota.Plan}");

        // When the quota runs out, keep chatting on credits instead of stopping.
        UsageSettings settings = await client.Personal.Usage.UpdateSettingsAsync(autoSwitchToCredits: true);
        Console.WriteLine($"auto-switch to credits: {settings.AutoSwitchToCredits}");
        // end-snippet
    }
}
