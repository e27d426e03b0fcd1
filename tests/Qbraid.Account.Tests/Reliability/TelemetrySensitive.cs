namespace Qbraid.Account.Tests.Reliability;

/// <summary>
/// Tests that either listen to every SDK activity and metric (the secret suite) or make tens of
/// thousands of calls (fuzzing) run one after the other: a listener would otherwise record, and
/// slow down, the other's calls.
/// </summary>
[CollectionDefinition(Name)]
public sealed class TelemetrySensitive
{
    public const string Name = "Reliability: telemetry listeners and bulk calls";
}
