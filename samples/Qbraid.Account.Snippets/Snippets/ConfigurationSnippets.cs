using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Qbraid.Account.Snippets.Snippets;

internal static class ConfigurationSnippets
{
    public static async Task InCode(string apiKey, Uri baseUrl)
    {
        // begin-snippet: configuration-code
        using var client = new QbraidAccountClient(new QbraidAccountOptions
        {
            ApiKey = apiKey,                  // else QBRAID_API_KEY, else ~/.qbraid/qbraidrc
            BaseUrl = baseUrl,                // else QBRAID_API_URL, ..., else the production endpoint
            ApplicationId = "my-app/1.2",     // appended to the User-Agent
        });
        var me = await client.VerifyAsync();
        Console.WriteLine($"{me.UserName} <{me.UserEmail}> via {client.BaseUrl}");
        // end-snippet
    }

    public static async Task FromEnvironment()
    {
        // begin-snippet: configuration-environment
        // QBRAID_API_KEY and QBRAID_API_URL, or `api-key` and `url` in ~/.qbraid/qbraidrc
        // (the file qBraid's Python client and CLI write).
        using var client = new QbraidAccountClient();
        Console.WriteLine((await client.VerifyAsync()).UserName);
        // end-snippet
    }

    public static async Task WithHost(string[] args)
    {
        // begin-snippet: configuration-host
        HostApplicationBuilder builder = Host.CreateApplicationBuilder(args);

        // Binds the "Qbraid" section (appsettings.json, user secrets, Qbraid__ApiKey, --Qbraid:ApiKey=...)
        // and checks it when the host starts.
        builder.Services.AddQbraidAccount(builder.Configuration.GetSection("Qbraid"));

        using IHost host = builder.Build();
        var qbraid = host.Services.GetRequiredService<IQbraidAccountClient>();
        Console.WriteLine((await qbraid.VerifyAsync()).UserName);
        // end-snippet
    }

    public static async Task Workspaces(IQbraidAccountClient client)
    {
        // begin-snippet: configuration-workspaces
        // The dashboard's workspace switcher: "qBraid Default" first, then each organization.
        foreach (var summary in await client.ListWorkspacesAsync())
        {
            IWorkspace workspace = client.Workspace(summary.Workspace);
            var usage = await workspace.Usage.GetSummaryAsync(Usage.UsageRange.Last7Days);
            Console.WriteLine($"{summary.Name}: {usage.Credits?.Charged} credits this week");
        }
        // end-snippet
    }
}
