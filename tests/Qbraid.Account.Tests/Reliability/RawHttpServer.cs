using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Qbraid.Account.Tests.Reliability;

/// <summary>One request as the raw server read it off the socket.</summary>
public sealed class RawRequest
{
    public RawRequest(int number, int connection, string method, string target, Dictionary<string, string> headers, byte[] body)
    {
        Number = number;
        Connection = connection;
        Method = method;
        Target = target;
        Headers = headers;
        Body = body;
    }

    /// <summary>1-based order of arrival on this server.</summary>
    public int Number { get; }

    /// <summary>Which TCP connection carried it (1-based accept order).</summary>
    public int Connection { get; }

    public string Method { get; }

    /// <summary>Path and query as sent, e.g. <c>/api/v1/users/me?x=1</c>.</summary>
    public string Target { get; }

    public string Path => Target.Split('?')[0];

    public string Query => Target.Contains('?') ? Target[(Target.IndexOf('?') + 1)..] : string.Empty;

    public Dictionary<string, string> Headers { get; }

    public byte[] Body { get; }

    public string BodyText => Encoding.UTF8.GetString(Body);

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public string? QueryValue(string name)
    {
        foreach (var pair in Query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            if (key == name) return eq < 0 ? string.Empty : Uri.UnescapeDataString(pair[(eq + 1)..]);
        }
        return null;
    }
}

/// <summary>What the raw server does with one request.</summary>
public abstract record RawReply
{
    /// <summary>A complete answer.</summary>
    public sealed record Respond(int Status, byte[] Body, IReadOnlyList<KeyValuePair<string, string>> Headers) : RawReply;

    /// <summary>Reads the request, then closes the connection without a byte of response.</summary>
    public sealed record Close : RawReply;

    /// <summary>Sends the status line, headers (with the full Content-Length) and only the first <paramref name="Sent"/> body bytes, then closes.</summary>
    public sealed record Cut(int Status, byte[] Body, int Sent, IReadOnlyList<KeyValuePair<string, string>> Headers) : RawReply;

    /// <summary>Sends the headers at once, then the body a chunk at a time with a pause between chunks.</summary>
    public sealed record Slow(int Status, byte[] Body, int ChunkBytes, TimeSpan Pause, IReadOnlyList<KeyValuePair<string, string>> Headers) : RawReply;

    /// <summary>Holds the request for <paramref name="Delay"/>, then answers.</summary>
    public sealed record Delayed(TimeSpan Delay, Respond Then) : RawReply;

    public static Respond Json(int status, string body, params (string Name, string Value)[] headers)
        => new(status, Encoding.UTF8.GetBytes(body), [new("Content-Type", "application/json"), .. headers.Select(h => new KeyValuePair<string, string>(h.Name, h.Value))]);

    public static Respond Text(int status, string contentType, string body, params (string Name, string Value)[] headers)
        => new(status, Encoding.UTF8.GetBytes(body), [new("Content-Type", contentType), .. headers.Select(h => new KeyValuePair<string, string>(h.Name, h.Value))]);
}

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1 over a bare <see cref="TcpListener"/>, for the faults a
/// mock server can't produce: a connection closed with no response, a body cut short, a body
/// trickled slower than the attempt timeout. It also counts TCP connections, so tests can bound
/// them. With <c>keepAlive: false</c> every answer closes its connection, so the client's own
/// connection-level retry (on a reused connection) never blurs the request counts.
/// </summary>
public sealed class RawHttpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<RawRequest, Task<RawReply>> _handler;
    private readonly bool _keepAlive;
    private readonly ConcurrentQueue<RawRequest> _log = new();
    private readonly ConcurrentBag<TcpClient> _open = new();
    private int _connections;
    private int _openConnections;
    private int _maxOpenConnections;
    private int _requests;

    public RawHttpServer(Func<RawRequest, Task<RawReply>> handler, bool keepAlive = true)
    {
        _handler = handler;
        _keepAlive = keepAlive;
        _listener.Start(512);
        // On the thread pool, not the test framework's synchronization context: accepting must
        // never wait for a test thread to be free.
        _ = Task.Run(AcceptLoop);
    }

    public RawHttpServer(Func<RawRequest, RawReply> handler, bool keepAlive = true)
        : this(request => Task.FromResult(handler(request)), keepAlive)
    {
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public Uri BaseUrl => new($"http://127.0.0.1:{Port}/api/v1/");

    /// <summary>TCP connections accepted so far.</summary>
    public int Connections => Volatile.Read(ref _connections);

    /// <summary>The most connections that were open at the same moment.</summary>
    public int MaxOpenConnections => Volatile.Read(ref _maxOpenConnections);

    /// <summary>Every request read so far, in arrival order.</summary>
    public IReadOnlyList<RawRequest> Requests => _log.OrderBy(r => r.Number).ToList();

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception)
            {
                return;
            }
            var id = Interlocked.Increment(ref _connections);
            var open = Interlocked.Increment(ref _openConnections);
            int seen;
            while (open > (seen = Volatile.Read(ref _maxOpenConnections)) && Interlocked.CompareExchange(ref _maxOpenConnections, open, seen) != seen)
            {
            }
            _open.Add(client);
            _ = Task.Run(() => Serve(client, id));
        }
    }

    private async Task Serve(TcpClient client, int connection)
    {
        try
        {
            client.NoDelay = true;
            var stream = client.GetStream();
            var buffer = new List<byte>(8192);
            var chunk = new byte[8192];
            while (!_stop.IsCancellationRequested)
            {
                var request = await ReadRequest(stream, buffer, chunk, connection);
                if (request is null) return;
                _log.Enqueue(request);
                RawReply reply;
                try
                {
                    reply = await _handler(request);
                }
                catch (Exception ex)
                {
                    reply = RawReply.Text(599, "text/plain", "handler failed: " + ex.Message);
                }
                if (!await Write(client, stream, reply)) return;
                if (!_keepAlive) return;
            }
        }
        catch (Exception)
        {
            // The peer went away (cancelled call, disposed client): nothing to answer.
        }
        finally
        {
            Interlocked.Decrement(ref _openConnections);
            client.Dispose();
        }
    }

    private async Task<RawRequest?> ReadRequest(NetworkStream stream, List<byte> buffer, byte[] chunk, int connection)
    {
        int headerEnd;
        while ((headerEnd = IndexOf(buffer, "\r\n\r\n"u8)) < 0)
        {
            var read = await stream.ReadAsync(chunk, _stop.Token);
            if (read == 0) return null;
            buffer.AddRange(chunk.AsSpan(0, read).ToArray());
        }
        var head = Encoding.ASCII.GetString(buffer.GetRange(0, headerEnd).ToArray());
        var lines = head.Split("\r\n");
        var parts = lines[0].Split(' ');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            headers[name] = headers.TryGetValue(name, out var existing) ? existing + "," + value : value;
        }
        var length = headers.TryGetValue("Content-Length", out var cl) && int.TryParse(cl, out var n) ? n : 0;
        var total = headerEnd + 4 + length;
        while (buffer.Count < total)
        {
            var read = await stream.ReadAsync(chunk, _stop.Token);
            if (read == 0) return null;
            buffer.AddRange(chunk.AsSpan(0, read).ToArray());
        }
        var body = buffer.GetRange(headerEnd + 4, length).ToArray();
        buffer.RemoveRange(0, total);
        return new RawRequest(Interlocked.Increment(ref _requests), connection, parts[0], parts.Length > 1 ? parts[1] : "/", headers, body);
    }

    /// <summary>Writes the reply; false when the connection must close afterwards.</summary>
    private async Task<bool> Write(TcpClient client, NetworkStream stream, RawReply reply)
    {
        switch (reply)
        {
            case RawReply.Delayed delayed:
                await Task.Delay(delayed.Delay, _stop.Token);
                return await Write(client, stream, delayed.Then);
            case RawReply.Respond respond:
                await stream.WriteAsync(Head(respond.Status, respond.Headers, respond.Body.Length, !_keepAlive), _stop.Token);
                await stream.WriteAsync(respond.Body, _stop.Token);
                await stream.FlushAsync(_stop.Token);
                return _keepAlive;
            case RawReply.Close:
                client.Client.LingerState = new LingerOption(true, 0);
                return false;
            case RawReply.Cut cut:
                await stream.WriteAsync(Head(cut.Status, cut.Headers, cut.Body.Length, true), _stop.Token);
                await stream.WriteAsync(cut.Body.AsMemory(0, Math.Min(cut.Sent, cut.Body.Length)), _stop.Token);
                await stream.FlushAsync(_stop.Token);
                await Task.Delay(20, _stop.Token); // let the partial body reach the client before the close
                return false;
            case RawReply.Slow slow:
                await stream.WriteAsync(Head(slow.Status, slow.Headers, slow.Body.Length, true), _stop.Token);
                await stream.FlushAsync(_stop.Token);
                for (var offset = 0; offset < slow.Body.Length; offset += slow.ChunkBytes)
                {
                    await Task.Delay(slow.Pause, _stop.Token);
                    await stream.WriteAsync(slow.Body.AsMemory(offset, Math.Min(slow.ChunkBytes, slow.Body.Length - offset)), _stop.Token);
                    await stream.FlushAsync(_stop.Token);
                }
                return false;
            default:
                throw new InvalidOperationException("unknown reply " + reply);
        }
    }

    private static byte[] Head(int status, IReadOnlyList<KeyValuePair<string, string>> headers, int length, bool close)
    {
        var text = new StringBuilder();
        text.Append("HTTP/1.1 ").Append(status).Append(' ').Append(Reason(status)).Append("\r\n");
        foreach (var (name, value) in headers) text.Append(name).Append(": ").Append(value).Append("\r\n");
        text.Append("Content-Length: ").Append(length).Append("\r\n");
        if (close) text.Append("Connection: close\r\n");
        text.Append("\r\n");
        return Encoding.ASCII.GetBytes(text.ToString());
    }

    private static string Reason(int status) => status switch
    {
        200 => "OK",
        204 => "No Content",
        302 => "Found",
        408 => "Request Timeout",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "Status",
    };

    private static int IndexOf(List<byte> buffer, ReadOnlySpan<byte> pattern)
    {
        for (var i = 0; i + pattern.Length <= buffer.Count; i++)
        {
            var match = true;
            for (var j = 0; j < pattern.Length && match; j++) match = buffer[i + j] == pattern[j];
            if (match) return i;
        }
        return -1;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        foreach (var client in _open) client.Dispose();
    }
}
