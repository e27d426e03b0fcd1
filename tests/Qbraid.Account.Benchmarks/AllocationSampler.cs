using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace Qbraid.Account.Benchmarks;

/// <summary>
/// A developer's allocation profile without tools: the runtime's GC AllocationTick events (one per
/// ~100 KB allocated, naming the type that crossed the mark), counted by type. Sampled, so only
/// the big sources show; enough to see what a client allocates that the baseline doesn't.
/// </summary>
public sealed class AllocationSampler : EventListener
{
    private readonly ConcurrentDictionary<string, long> _bytes = new();
    private volatile bool _on;

    public void Start()
    {
        _bytes.Clear();
        _on = true;
    }

    public IReadOnlyList<KeyValuePair<string, long>> Stop()
    {
        _on = false;
        return _bytes.OrderByDescending(p => p.Value).ToList();
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!_on || eventData.EventName is null || !eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.Payload is null) return;
        var index = eventData.PayloadNames!.IndexOf("TypeName");
        var amountIndex = eventData.PayloadNames.IndexOf("AllocationAmount64");
        if (index < 0) return;
        var name = eventData.Payload[index] as string ?? "?";
        var amount = amountIndex >= 0 ? Convert.ToInt64(eventData.Payload[amountIndex], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        _bytes.AddOrUpdate(name, amount, (_, old) => old + amount);
    }
}
