using Microsoft.Extensions.Hosting;
using Qbraid.Account.Snippets.Snippets;
using Qbraid.Account.Testing;

namespace Qbraid.Account.Snippets;

/// <summary>Every snippet method, with the arguments the sandbox's default world gives it.</summary>
internal static class SnippetCatalog
{
    public static IReadOnlyList<(string Name, Func<SnippetEnvironment, Task> Run)> All { get; } =
    [
        ("configuration: in code", e => ConfigurationSnippets.InCode(e.ApiKey, e.BaseUrl)),
        ("configuration: environment", FromEnvironment),
        ("configuration: host", e => ConfigurationSnippets.WithHost([$"--Qbraid:ApiKey={e.ApiKey}", $"--Qbraid:BaseUrl={e.BaseUrl}", "--Qbraid:UseEnvironment=false"])),
        ("configuration: workspaces", e => ConfigurationSnippets.Workspaces(e.Client)),
        ("profile: read and update", e => ProfileSnippets.ReadAndUpdate(e.Client)),
        ("profile: avatar", e => ProfileSnippets.Avatar(e.Client)),
        ("profile: notifications", e => ProfileSnippets.Notifications(e.Client)),
        ("profile: deletion", e => ProfileSnippets.Deletion(e.Client)),
        ("api keys", e => ApiKeySnippets.ListCreateRotateRevoke(e.Client)),
        ("wallet: personal", e => WalletSnippets.Personal(e.Client)),
        ("wallet: member", e => WalletSnippets.Member(e.Client, e.OrganizationId)),
        ("usage: summary", e => UsageSnippets.Summary(e.Client, e.OrganizationId)),
        ("usage: sessions", e => UsageSnippets.Sessions(e.Client)),
        ("usage: AI quota", e => UsageSnippets.AiQuota(e.Client)),
        ("members: list and invite", e => MemberSnippets.ListAndInvite(e.Client, e.OrganizationId)),
        ("members: manage", e => MemberSnippets.Manage(e.Client, e.OrganizationId, Member(e, SandboxSeed.Alan))),
        ("seats", Seats),
        ("credits: pool and transfers", e => CreditSnippets.PoolAndTransfers(e.Client, e.OrganizationId, Member(e, SandboxSeed.Katherine))),
        ("credits: requests", e => CreditSnippets.Requests(e.Client, e.OrganizationId)),
        ("subscription", e => SubscriptionSnippets.GetChangeCancel(e.Client, e.OrganizationId)),
        ("transactions", e => TransactionSnippets.ListAndExport(e.Client, e.OrganizationId)),
        ("settings", e => SettingsSnippets.GetUpdateLogo(e.Client, e.OrganizationId)),
        ("joining: invitations", Invitations),
        ("joining: code", JoinByCode),
        ("joining: invite codes", e => JoiningSnippets.Codes(e.Client, e.OrganizationId)),
        ("errors: handling", e => ErrorSnippets.Handling(e.Client, e.OrganizationId)),
        ("errors: idempotency", e => ErrorSnippets.Idempotency(e.Client, e.OrganizationId, Member(e, SandboxSeed.Katherine))),
        ("errors: retries", Retries),
        ("observability: OpenTelemetry", OpenTelemetry),
        ("observability: logging", e => ObservabilitySnippets.Logging(e.ApiKey, e.BaseUrl)),
        ("observability: listeners", e => ObservabilitySnippets.Listeners(e.Client)),
    ];

    private static string Member(SnippetEnvironment e, string handle) => e.Sandbox.Seed.Organization(SandboxSeed.Lab).Member(handle).MemberId;

    private static async Task FromEnvironment(SnippetEnvironment e)
    {
        var saved = (Key: Environment.GetEnvironmentVariable("QBRAID_API_KEY"), Url: Environment.GetEnvironmentVariable("QBRAID_API_URL"));
        Environment.SetEnvironmentVariable("QBRAID_API_KEY", e.ApiKey);
        Environment.SetEnvironmentVariable("QBRAID_API_URL", e.BaseUrl.ToString());
        try
        {
            await ConfigurationSnippets.FromEnvironment();
        }
        finally
        {
            Environment.SetEnvironmentVariable("QBRAID_API_KEY", saved.Key);
            Environment.SetEnvironmentVariable("QBRAID_API_URL", saved.Url);
        }
    }

    private static async Task Seats(SnippetEnvironment e)
    {
        // Edsger is seeded suspended and without a seat: reactivate him to receive Katherine's.
        var edsger = Member(e, SandboxSeed.Edsger);
        await e.Client.Organization(e.OrganizationId).Members.ReactivateAsync(edsger);
        await SeatSnippets.SummaryAssignRevoke(e.Client, e.OrganizationId, Member(e, SandboxSeed.Katherine), edsger);
    }

    private static async Task Invitations(SnippetEnvironment e)
    {
        // The seeded invitation is for barbara@example.com, who has no account yet.
        var barbara = await e.Sandbox.CreateUserAsync("barbara", SandboxSeed.InviteeEmail);
        using var client = Client(e, barbara.ApiKey);
        await JoiningSnippets.Invitations(client);
        var workspaces = await client.ListWorkspacesAsync();
        Check.That(workspaces.Count == 2, "barbara did not join the lab");
    }

    private static async Task JoinByCode(SnippetEnvironment e)
    {
        var marie = await e.Sandbox.CreateUserAsync("marie");
        using var client = Client(e, marie.ApiKey);
        await JoiningSnippets.JoinByCode(client, SandboxSeed.ExpiredInviteCode);
        await JoiningSnippets.JoinByCode(client, SandboxSeed.InviteCode);
        Check.That((await client.ListWorkspacesAsync()).Count == 2, "marie did not join the lab");
    }

    private static async Task Retries(SnippetEnvironment e)
    {
        var options = ErrorSnippets.Retries();
        options.ApiKey = e.ApiKey;
        options.BaseUrl = e.BaseUrl;
        using var client = new QbraidAccountClient(options);
        await client.VerifyAsync();
    }

    private static Task OpenTelemetry(SnippetEnvironment e)
    {
        var builder = Host.CreateApplicationBuilder();
        ObservabilitySnippets.OpenTelemetry(builder);
        using var host = builder.Build();
        return Task.CompletedTask;
    }

    private static QbraidAccountClient Client(SnippetEnvironment e, string apiKey) => new(new QbraidAccountOptions
    {
        ApiKey = apiKey,
        BaseUrl = e.BaseUrl,
        UseEnvironment = false,
    });
}
