using System.Text;
using Qbraid.Account.Tests.Infrastructure;

namespace Qbraid.Account.Tests.Users.Me;

public sealed class AvatarTests : WireMockTestBase
{
    private static readonly byte[] PngHeader = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegHeader = [0xFF, 0xD8, 0xFF, 0xE0];
    private static readonly byte[] WebpHeader = "RIFF\0\0\0\0WEBPVP8 "u8.ToArray();

    public static TheoryData<string, string> Formats => new()
    {
        { "png", "image/png" },
        { "jpeg", "image/jpeg" },
        { "webp", "image/webp" },
    };

    private static byte[] Image(string format, int size)
    {
        var header = format switch { "png" => PngHeader, "jpeg" => JpegHeader, "webp" => WebpHeader, _ => throw new ArgumentException(format) };
        var bytes = new byte[size];
        new Random(42).NextBytes(bytes);
        Buffer.BlockCopy(header, 0, bytes, 0, header.Length);
        return bytes;
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Upload_sends_the_image_as_multipart_field_file(string format, string mediaType)
    {
        GivenData("PUT", "/users/me/avatar", """{"avatarUrl":"https://cdn.example.com/avatars/new.png"}""");
        var image = Image(format, 4096);

        var avatar = await Personal.Profile.UploadAvatarAsync(new MemoryStream(image));

        Assert.Equal("https://cdn.example.com/avatars/new.png", avatar.AvatarUrl);
        var request = SingleRequest();
        Assert.Equal("PUT", request.RequestMessage!.Method);
        Assert.Equal(P("/users/me/avatar"), request.RequestMessage!.Path);
        AssertWorkspaceHeaders(request, organizationId: null);
        Assert.StartsWith("multipart/form-data; boundary=", Header(request, "Content-Type"));
        var body = request.RequestMessage!.BodyAsBytes;
        Assert.NotNull(body);
        var text = Encoding.Latin1.GetString(body);
        Assert.Contains("Content-Disposition: form-data; name=\"file\"", text);
        Assert.Contains("Content-Type: " + mediaType, text);
        Assert.True(Contains(body, image), "the multipart body does not contain the image bytes");
    }

    [Fact]
    public async Task Upload_of_exactly_1_MB_is_accepted()
    {
        GivenData("PUT", "/users/me/avatar", """{"avatarUrl":"https://cdn.example.com/a.jpg"}""");

        await Org.Profile.UploadAvatarAsync(new MemoryStream(Image("jpeg", 1024 * 1024)));

        AssertWorkspaceHeaders(SingleRequest(), OrgId);
    }

    [Fact]
    public async Task Upload_larger_than_1_MB_fails_before_any_request()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Personal.Profile.UploadAvatarAsync(new MemoryStream(Image("png", 1024 * 1024 + 1))));

        Assert.Equal("image", ex.ParamName);
        Assert.Contains("1 MB", ex.Message);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task Upload_larger_than_1_MB_from_an_unseekable_stream_fails_before_any_request()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Personal.Profile.UploadAvatarAsync(new ForwardOnlyStream(Image("png", 1024 * 1024 + 1))));

        Assert.Equal("image", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task Upload_of_a_gif_fails_before_any_request()
    {
        var gif = Encoding.ASCII.GetBytes("GIF89a").Concat(new byte[100]).ToArray();

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Personal.Profile.UploadAvatarAsync(new MemoryStream(gif)));

        Assert.Equal("image", ex.ParamName);
        Assert.Contains("PNG, JPEG or WEBP", ex.Message);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task Upload_of_a_text_file_fails_before_any_request()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Personal.Profile.UploadAvatarAsync(new MemoryStream(Encoding.UTF8.GetBytes("not an image at all"))));

        Assert.Equal("image", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task Upload_of_null_fails_before_any_request()
    {
        var ex = await Assert.ThrowsAsync<ArgumentNullException>(() => Personal.Profile.UploadAvatarAsync(null!));

        Assert.Equal("image", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    private static bool Contains(byte[] haystack, byte[] needle)
        => haystack.AsSpan().IndexOf(needle) >= 0;

    /// <summary>A stream that can't seek, so the size check has to happen while reading.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
