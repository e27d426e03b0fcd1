using System.Diagnostics;

namespace Qbraid.Account.WebApi.Tests;

public sealed class HealthAndTelemetryTests(WebApiHost host) : IClassFixture<WebApiHost>
{
    [Fact]
    public async Task The_health_check_verifies_the_key()
    {
        using var response = await host.Client().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        Assert.True(host.Sandbox.RequestCount("GET", "/users/verify") >= 1);
    }

    [Fact]
    public async Task A_rejected_key_makes_the_app_unhealthy()
    {
        using var response = await host.Client(apiKey: "qbr_not_a_real_key").GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unreachable_qBraid_degrades_the_app()
    {
        var client = host.Client();
        host.Sandbox.Faults.Next("GET", "/users/verify", count: 1, statusCode: 503);

        using var response = await client.GetAsync("/healthz");

        // Degraded still answers 200 by default: the app runs, qBraid is the problem.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Degraded", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task With_the_console_exporter_on_OpenTelemetry_listens_to_the_SDK()
    {
        using var probe = new ActivitySource("Qbraid.Account");
        var client = host.Client(settings: s => s["Telemetry:ConsoleExporter"] = "true");

        using var response = await client.GetAsync("/me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // OpenTelemetry's tracer provider subscribes to every ActivitySource named Qbraid.Account.
        Assert.True(probe.HasListeners());
    }
}
