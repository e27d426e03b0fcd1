using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Qbraid.Account.Http;

/// <summary>
/// Checks an image before it is uploaded (avatar: 1 MB, organization logo: 200 KB) by size and by
/// its first bytes (PNG, JPEG or WEBP; the file name is not trusted), and wraps it as the
/// multipart field <c>file</c>. The bytes are kept in memory so a retry resends the same body.
/// </summary>
internal static class ImageUpload
{
    public const int AvatarMaxBytes = 1024 * 1024;
    public const int LogoMaxBytes = 200 * 1024;

    public static async Task<ApiRequest> CreateAsync(ApiRequest request, Stream content, int maxBytes, string paramName, CancellationToken cancellationToken)
    {
        if (content is null) throw new ArgumentNullException(paramName, $"{paramName} is required: a PNG, JPEG or WEBP image stream.");
        if (!content.CanRead) throw new ArgumentException($"{paramName} must be a readable stream.", paramName);
        var bytes = await ReadLimitedAsync(content, maxBytes, paramName, cancellationToken).ConfigureAwait(false);
        var (mediaType, extension) = Detect(bytes) ?? throw new ArgumentException(
            $"{paramName} must be a PNG, JPEG or WEBP image (checked by its first bytes, not its name).", paramName);
        var boundary = "qbraid-" + Guid.NewGuid().ToString("N");
        return request.WithBody(Multipart(boundary, "file", "upload" + extension, mediaType, bytes), "multipart/form-data; boundary=" + boundary);
    }

    /// <summary>The media type and file extension for PNG, JPEG or WEBP content; <see langword="null"/> otherwise.</summary>
    public static (string MediaType, string Extension)? Detect(byte[] bytes)
    {
        if (bytes.Length >= 8 && bytes[0] == 0x89 && bytes[1] == 0x50 && bytes[2] == 0x4E && bytes[3] == 0x47
            && bytes[4] == 0x0D && bytes[5] == 0x0A && bytes[6] == 0x1A && bytes[7] == 0x0A)
            return ("image/png", ".png");
        if (bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF)
            return ("image/jpeg", ".jpg");
        if (bytes.Length >= 12 && bytes[0] == (byte)'R' && bytes[1] == (byte)'I' && bytes[2] == (byte)'F' && bytes[3] == (byte)'F'
            && bytes[8] == (byte)'W' && bytes[9] == (byte)'E' && bytes[10] == (byte)'B' && bytes[11] == (byte)'P')
            return ("image/webp", ".webp");
        return null;
    }

    private static async Task<byte[]> ReadLimitedAsync(Stream content, int maxBytes, string paramName, CancellationToken cancellationToken)
    {
        if (content.CanSeek && content.Length - content.Position > maxBytes)
            throw TooLarge(paramName, maxBytes, content.Length - content.Position);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        while (true)
        {
#if NET5_0_OR_GREATER
            var read = await content.ReadAsync(chunk.AsMemory(), cancellationToken).ConfigureAwait(false);
#else
            var read = await content.ReadAsync(chunk, 0, chunk.Length, cancellationToken).ConfigureAwait(false);
#endif
            if (read == 0) break;
            if (buffer.Length + read > maxBytes) throw TooLarge(paramName, maxBytes, null);
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0) throw new ArgumentException($"{paramName} is empty: expected a PNG, JPEG or WEBP image.", paramName);
        return buffer.ToArray();
    }

    private static ArgumentException TooLarge(string paramName, int maxBytes, long? actual)
        => new($"{paramName} must be at most {Describe(maxBytes)} ({maxBytes:N0} bytes){(actual is { } a ? $"; got {a:N0} bytes" : string.Empty)}.", paramName);

    private static string Describe(int bytes) => bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} MB" : $"{bytes / 1024} KB";

    private static byte[] Multipart(string boundary, string field, string fileName, string mediaType, byte[] bytes)
    {
        var head = Encoding.UTF8.GetBytes(
            $"--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{fileName}\"\r\nContent-Type: {mediaType}\r\n\r\n");
        var tail = Encoding.UTF8.GetBytes($"\r\n--{boundary}--\r\n");
        var body = new byte[head.Length + bytes.Length + tail.Length];
        Buffer.BlockCopy(head, 0, body, 0, head.Length);
        Buffer.BlockCopy(bytes, 0, body, head.Length, bytes.Length);
        Buffer.BlockCopy(tail, 0, body, head.Length + bytes.Length, tail.Length);
        return body;
    }
}
