using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Qbraid.Account.WebApi.Tests;

/// <summary>One sandbox for a test class; the sample app in memory, configured with any key against it.</summary>
public sealed class WebApiHost : IAsyncLifetime
{
    private readonly List<IDisposable> _factories = [];

    public QbraidSandbox Sandbox { get; private set; } = null!;

    public SeededOrganization Lab => Sandbox.Seed.Organization(SandboxSeed.Lab);

    public async Task InitializeAsync() => Sandbox = await QbraidSandbox.StartAsync();

    /// <summary>
    /// An HttpClient to the sample app whose SDK uses <paramref name="apiKey"/> (Ada's personal key
    /// by default) against the sandbox, with no retries so faults surface at once.
    /// </summary>
    public HttpClient Client(string? apiKey = null, string environment = "Testing", Action<IDictionary<string, string?>>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Qbraid:ApiKey"] = apiKey ?? Sandbox.Keys.Personal,
            ["Qbraid:BaseUrl"] = Sandbox.BaseUrl.ToString(),
            // Only these settings: not the machine's QBRAID_* variables or qbraidrc.
            ["Qbraid:UseEnvironment"] = "false",
            ["Qbraid:Retry:MaxRetries"] = "0",
        };
        settings?.Invoke(values);
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment(environment);
            foreach (var (key, value) in values) web.UseSetting(key, value);
        });
        _factories.Add(factory);
        return factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        foreach (var factory in _factories) factory.Dispose();
        await Sandbox.DisposeAsync();
    }
}
