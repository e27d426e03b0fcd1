using System.Diagnostics;
using System.Diagnostics.Metrics;
using Qbraid.Account.Tests.Infrastructure;

namespace Qbraid.Account.Tests.Http;

/// <summary>The ActivitySource and Meter named Qbraid.Account, seen through listeners.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class TelemetryTests : WireMockTestBase
{
    [Fact]
    public async Task A_call_emits_one_activity_with_route_template_status_and_workspace_kind()
    {
        GivenData("GET", "/organizations/" + OrgId, $$"""{"id":"{{OrgId}}","name":"Lab"}""");
        var activities = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == "Qbraid.Account",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => { lock (activities) activities.Add(a); },
        };
        ActivitySource.AddActivityListener(listener);

        await Org.GetAsync();

        var activity = Assert.Single(activities, a => (string?)a.GetTagItem("url.template") == "/organizations/{orgId}");
        Assert.Equal(ActivityKind.Client, activity.Kind);
        Assert.Equal("GET", activity.GetTagItem("http.request.method"));
        Assert.Equal(200, activity.GetTagItem("http.response.status_code"));
        Assert.Equal("organization", activity.GetTagItem("qbraid.workspace.kind"));
        Assert.DoesNotContain(OrgId, activity.DisplayName);
    }

    [Fact]
    public async Task Duration_and_retries_are_measured()
    {
        var path = "/organizations/" + OrgId;
        Server.Given(Request("GET", path)).InScenario("t").WillSetStateTo("ok")
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(503));
        Server.Given(Request("GET", path)).InScenario("t").WhenStateIs("ok")
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithBody(Envelope($$"""{"id":"{{OrgId}}","name":"Lab"}""")));
        var durations = new List<(double Value, Dictionary<string, object?> Tags)>();
        long retries = 0;
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, l) => { if (instrument.Meter.Name == "Qbraid.Account") l.EnableMeasurementEvents(instrument); },
        };
        meters.SetMeasurementEventCallback<double>((i, v, tags, _) =>
        {
            if (i.Name == "qbraid.account.call.duration")
                lock (durations) durations.Add((v, tags.ToArray().ToDictionary(t => t.Key, t => t.Value)));
        });
        meters.SetMeasurementEventCallback<long>((i, v, tags, _) =>
        {
            if (i.Name == "qbraid.account.call.retries" && tags.ToArray().Any(t => t.Key == "url.template" && (string?)t.Value == "/organizations/{orgId}"))
                Interlocked.Add(ref retries, v);
        });
        meters.Start();

        await Org.GetAsync();

        var call = Assert.Single(durations, d => (string?)d.Tags["url.template"] == "/organizations/{orgId}");
        Assert.True(call.Value > 0);
        Assert.Equal("200", call.Tags["http.response.status_code"]);
        Assert.Equal("organization", call.Tags["qbraid.workspace.kind"]);
        Assert.Equal(1, Interlocked.Read(ref retries));
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry listeners (process-wide)";
}
