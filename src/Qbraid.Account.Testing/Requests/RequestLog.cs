using Qbraid.Account.Testing.Http;

namespace Qbraid.Account.Testing;

/// <summary>
/// Every request, recorded when it arrives (so a count read after the client's call returns
/// always includes it) and completed with its status just before the response starts.
/// </summary>
internal sealed class RequestLog
{
    private readonly object _gate = new();
    private readonly List<Entry> _entries = [];

    public Entry Add(SandboxRequest request)
    {
        var entry = new Entry(request);
        lock (_gate) _entries.Add(entry);
        return entry;
    }

    public IReadOnlyList<SandboxRequest> Snapshot()
    {
        lock (_gate) return _entries.Select(e => e.Request).ToList();
    }

    public int Count(string method, string path)
    {
        var pattern = new PathPattern(path);
        lock (_gate) return _entries.Count(e => PathPattern.MethodMatches(method, e.Request.Method) && pattern.Matches(e.Request.Path));
    }

    public void Clear()
    {
        lock (_gate) _entries.Clear();
    }

    public void Update(Entry entry, Func<SandboxRequest, SandboxRequest> change)
    {
        lock (_gate) entry.Request = change(entry.Request);
    }

    internal sealed class Entry(SandboxRequest request)
    {
        public SandboxRequest Request { get; set; } = request;
    }
}
