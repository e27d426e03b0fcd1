using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Qbraid.Account.Snippets.Snippets;

internal static class ObservabilitySnippets
{
    public static void OpenTelemetry(HostApplicationBuilder builder)
    {
        // begin-snippet: observability-opentelemetry
        builder.Services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddSource("Qbraid.Account").AddConsoleExporter())
            .WithMetrics(metrics => metrics.AddMeter("Qbraid.Account").AddConsoleExporter());
        // end-snippet
    }

    public static async Task Logging(string apiKey, Uri baseUrl)
    {
        // begin-snippet: observability-logging
        // One Debug event per attempt: method, route template, status, elapsed, request id, attempt.
        // Never headers, bodies or the key.
        using var loggerFactory = LoggerFactory.Create(logging => logging
            .AddSimpleConsole()
            .AddFilter("Qbraid.Account", LogLevel.Debug));
        using var client = new QbraidAccountClient(new QbraidAccountOptions { ApiKey = apiKey, BaseUrl = baseUrl }, loggerFactory);
        await client.VerifyAsync();
        // end-snippet
    }

    public static async Task Listeners(IQbraidAccountClient client)
    {
        var spans = 0;
        var durations = 0;
        // begin-snippet: observability-listeners
        // Without OpenTelemetry: the plain .NET listeners see the same activities and measurements.
        using var activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Qbraid.Account",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                spans++;
                Console.WriteLine($"{activity.DisplayName}: {activity.GetTagItem("http.response.status_code")} in {activity.Duration.TotalMilliseconds:F0} ms");
            },
        };
        ActivitySource.AddActivityListener(activities);

        using var meters = new MeterListener();
        meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "Qbraid.Account") listener.EnableMeasurementEvents(instrument);
        };
        meters.SetMeasurementEventCallback<double>((instrument, seconds, tags, _) =>
        {
            durations++;
            Console.WriteLine($"{instrument.Name}: {seconds:F3} s");
        });
        meters.Start();

        await client.VerifyAsync(); // qbraid GET /users/verify: 200 in 12 ms
        // end-snippet
        Check.That(spans >= 1 && durations >= 1, "no activity or measurement was seen");
    }
}
