using System;
using System.Buffers;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Qbraid.Account.Http;

/// <summary>
/// The one way a response body is read: whole, into one pooled buffer sized from Content-Length
/// when the server gives it (the caller returns the buffer to the pool). Used inside the attempt by
/// <see cref="QbraidCallHandler"/>, and by the pipeline for a caller's own <see cref="HttpClient"/>.
/// </summary>
internal static class PooledBody
{
    public static async Task<(byte[] Buffer, int Length)> ReadAsync(HttpContent? content, int maxBytes, CancellationToken cancellationToken)
    {
        if (content is null) return (ArrayPool<byte>.Shared.Rent(1), 0);
        var declared = content.Headers.ContentLength;
        if (declared > maxBytes) throw TooLarge(maxBytes);
        var buffer = ArrayPool<byte>.Shared.Rent(declared is { } size ? (int)size + 1 : 16 * 1024);
        var length = 0;
        try
        {
#if NET5_0_OR_GREATER
            using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
            using var stream = await QbraidCallHandler.WaitAsync(content.ReadAsStreamAsync(), cancellationToken).ConfigureAwait(false);
#endif
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (buffer.Length >= maxBytes) throw TooLarge(maxBytes);
                    var bigger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, maxBytes));
                    Buffer.BlockCopy(buffer, 0, bigger, 0, length);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }
#if NET5_0_OR_GREATER
                var read = await stream.ReadAsync(buffer.AsMemory(length, buffer.Length - length), cancellationToken).ConfigureAwait(false);
#else
                // netstandard2.0 streams may ignore the token: wait on it separately.
                var read = await QbraidCallHandler.WaitAsync(stream.ReadAsync(buffer, length, buffer.Length - length, cancellationToken), cancellationToken).ConfigureAwait(false);
#endif
                if (read == 0) break;
                length += read;
            }
            return (buffer, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private static IOException TooLarge(int maxBytes) => new($"The response body is larger than {maxBytes / (1024 * 1024)} MB.");
}
