using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Qbraid.Account.Http;

/// <summary>
/// The SDK's <see cref="ActivitySource"/> and <see cref="Meter"/>, both named <c>Qbraid.Account</c>:
/// subscribe with OpenTelemetry's <c>AddSource("Qbraid.Account")</c> / <c>AddMeter("Qbraid.Account")</c>.
/// Both cost nothing when nobody listens.
/// </summary>
internal static class QbraidTelemetry
{
    public const string Name = "Qbraid.Account";

    public static readonly ActivitySource Source = new(Name, UserAgent.Version);

    public static readonly Meter Meter = new(Name, UserAgent.Version);

    /// <summary>Whole-call duration (retries and waits included), seconds; tags: route template, method, status, workspace kind.</summary>
    public static readonly Histogram<double> CallDuration = Meter.CreateHistogram<double>(
        "qbraid.account.call.duration", unit: "s", description: "Duration of qBraid account API calls, retries included.");

    /// <summary>Attempts after the first; tags: route template, method.</summary>
    public static readonly Counter<long> Retries = Meter.CreateCounter<long>(
        "qbraid.account.call.retries", unit: "{retry}", description: "qBraid account API attempts that were retries.");

    public const string RouteTag = "url.template";
    public const string MethodTag = "http.request.method";
    public const string StatusTag = "http.response.status_code";
    public const string WorkspaceKindTag = "qbraid.workspace.kind";
    public const string ErrorTypeTag = "error.type";
}
