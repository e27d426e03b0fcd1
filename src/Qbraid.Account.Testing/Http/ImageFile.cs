using Qbraid.Account.Testing.State;

namespace Qbraid.Account.Testing.Http;

/// <summary>
/// An uploaded image in the multipart field <c>file</c>, checked like qBraid does: PNG, JPEG or
/// WEBP by its first bytes (the name and declared type are not trusted) and a size limit.
/// </summary>
internal static class ImageFile
{
    public const int AvatarMaxBytes = 1024 * 1024;
    public const int LogoMaxBytes = 200 * 1024;

    public static async Task<(byte[] Bytes, string MediaType, string Extension)> ReadAsync(HttpContext context, int maxBytes, string limitText)
    {
        if (!context.Request.HasFormContentType || !(context.Request.ContentType ?? string.Empty).StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            throw ApiError.Field("file", "Expected a multipart/form-data body with the image in the field 'file'.");
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var file = form.Files.GetFile("file") ?? throw ApiError.Field("file", "The multipart field 'file' is required.");
        if (file.Length == 0) throw ApiError.Field("file", "file is empty.");
        if (file.Length > maxBytes) throw ApiError.Field("file", $"file must be at most {limitText} ({maxBytes:N0} bytes); got {file.Length:N0} bytes.");
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, context.RequestAborted);
        var bytes = buffer.ToArray();
        var (mediaType, extension) = Detect(bytes) ?? throw ApiError.Field("file", "file must be a PNG, JPEG or WEBP image (checked by its first bytes).");
        return (bytes, mediaType, extension);
    }

    public static (string MediaType, string Extension)? Detect(byte[] bytes)
    {
        if (bytes.Length >= 8 && bytes.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
            return ("image/png", ".png");
        if (bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF)
            return ("image/jpeg", ".jpg");
        if (bytes.Length >= 12 && bytes.AsSpan(0, 4).SequenceEqual("RIFF"u8) && bytes.AsSpan(8, 4).SequenceEqual("WEBP"u8))
            return ("image/webp", ".webp");
        return null;
    }

    /// <summary>Keeps the bytes and returns the URL the sandbox serves them at (<c>/files/...</c>, no key needed).</summary>
    public static string Store(SandboxState state, string folder, string name, string mediaType, string extension, byte[] bytes)
    {
        var path = $"{folder}/{name}-{state.Hex(4)}{extension}";
        state.Files[path] = new StoredFile(mediaType, bytes);
        return $"{state.Origin}/files/{path}";
    }
}
