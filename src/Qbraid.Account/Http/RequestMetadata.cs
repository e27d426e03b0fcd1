using System;
using System.Buffers;
using System.Net.Http;
using System.Threading;

namespace Qbraid.Account.Http;

/// <summary>
/// The message the pipeline sends: an <see cref="HttpRequestMessage"/> that also carries what the
/// SDK's call handler needs (route template, attempt count, call start) and the body that handler
/// read within the attempt. Fields rather than <see cref="HttpRequestMessage"/> options: no
/// per-call dictionary.
/// </summary>
internal sealed class QbraidRequestMessage : HttpRequestMessage
{
    private byte[]? _body;
    private int _bodyLength;
    private int _attempts;

    public QbraidRequestMessage(HttpMethod method, Uri uri, string routeTemplate)
        : base(method, uri)
    {
        RouteTemplate = routeTemplate;
    }

    public string RouteTemplate { get; }

    /// <summary>
    /// The key for <see cref="QbraidKeyHandler"/> to put on at the last moment, instead of a header
    /// every handler and logger above it would see. Never shown by ToString.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>When the call handler first saw the call (<see cref="TimeProvider.GetTimestamp"/>); the total timeout runs from here.</summary>
    public long StartedTimestamp { get; set; }

    /// <summary>Counts this attempt and returns its 1-based number.</summary>
    public int NextAttempt() => Interlocked.Increment(ref _attempts);

    /// <summary>Keeps the body of the latest attempt (a pooled buffer), releasing the previous one.</summary>
    public void SetBody(byte[] buffer, int length)
    {
        var previous = Interlocked.Exchange(ref _body, buffer);
        _bodyLength = length;
        if (previous is not null) ArrayPool<byte>.Shared.Return(previous);
    }

    /// <summary>Hands the body over (the caller returns it to the pool); <see langword="false"/> when no call handler read it.</summary>
    public bool TryTakeBody(out byte[] buffer, out int length)
    {
        length = _bodyLength;
        var taken = Interlocked.Exchange(ref _body, null);
        buffer = taken!;
        return taken is not null;
    }

    public void ReleaseBody()
    {
        var buffer = Interlocked.Exchange(ref _body, null);
        if (buffer is not null) ArrayPool<byte>.Shared.Return(buffer);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) ReleaseBody();
        base.Dispose(disposing);
    }
}

/// <summary>Per-request facts the handlers need, for any message (a request the SDK did not build reads as "(external)").</summary>
internal static class RequestMetadata
{
    public static string Route(HttpRequestMessage message)
        => message is QbraidRequestMessage call ? call.RouteTemplate : "(external)";

    /// <summary>Counts this attempt and returns its 1-based number.</summary>
    public static int NextAttempt(HttpRequestMessage message)
        => message is QbraidRequestMessage call ? call.NextAttempt() : 1;
}
