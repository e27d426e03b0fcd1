using System.Net;
using System.Net.Sockets;

namespace Qbraid.Account.Tests.Infrastructure;

/// <summary>
/// A TCP listener on 127.0.0.1 that reads each request's first bytes and closes the connection
/// without answering: the "connection closed with no response" fault. Stops when disposed.
/// </summary>
public sealed class ClosingServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private int _connections;

    public ClosingServer()
    {
        _listener.Start();
        _ = AcceptLoop();
    }

    public Uri BaseUrl => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/api/v1/");

    public int Connections => Volatile.Read(ref _connections);

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
            Interlocked.Increment(ref _connections);
            using (client)
            {
                var buffer = new byte[4096];
                try
                {
                    await client.GetStream().ReadAsync(buffer, _stop.Token).AsTask().WaitAsync(TimeSpan.FromSeconds(2));
                }
                catch (Exception)
                {
                    // The close below is the point; a read failure changes nothing.
                }
                client.Client.LingerState = new LingerOption(true, 0);
            }
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }
}
