using System.Text;
using Qbraid.Account.Organizations.Settings;
using Qbraid.Account.Tests.Infrastructure;

namespace Qbraid.Account.Tests.Organizations.Settings;

public sealed class LogoTests : WireMockTestBase
{
    private const string Path = "/organizations/" + OrgId + "/settings/logo";

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static byte[] Png(int size)
    {
        var bytes = new byte[size];
        PngSignature.CopyTo(bytes, 0);
        return bytes;
    }

    [Fact]
    public async Task UploadLogo_puts_a_png_as_multipart_file_with_the_light_variant()
    {
        GivenData("PUT", Path, """{"url":"https://cdn.example/org/logo-light.png"}""");

        var url = await Org.Settings.UploadLogoAsync(LogoVariant.Light, new MemoryStream(Png(4096)));

        Assert.Equal("https://cdn.example/org/logo-light.png", url);
        var request = SingleRequest();
        Assert.Equal("PUT", request.RequestMessage!.Method);
        Assert.Equal(P(Path), request.RequestMessage!.AbsolutePath);
        Assert.Equal("light", Query(request, "variant"));
        AssertWorkspaceHeaders(request, OrgId);
        BillingAreaAssert.NoIdempotencyKey(request);
        Assert.StartsWith("multipart/form-data; boundary=", Header(request, "Content-Type"));
        var body = Encoding.Latin1.GetString(request.RequestMessage!.BodyAsBytes!);
        Assert.Contains("Content-Disposition: form-data; name=\"file\"; filename=\"upload.png\"", body);
        Assert.Contains("Content-Type: image/png", body);
    }

    [Fact]
    public async Task UploadLogo_sends_the_dark_variant_for_a_jpeg_of_exactly_200_KB()
    {
        GivenData("PUT", Path, """{"url":"https://cdn.example/org/logo-dark.jpg"}""");
        var jpeg = new byte[200 * 1024];
        jpeg[0] = 0xFF; jpeg[1] = 0xD8; jpeg[2] = 0xFF;

        var url = await Org.Settings.UploadLogoAsync(LogoVariant.Dark, new MemoryStream(jpeg));

        Assert.Equal("https://cdn.example/org/logo-dark.jpg", url);
        Assert.Equal("dark", Query(SingleRequest(), "variant"));
    }

    [Fact]
    public async Task UploadLogo_rejects_a_201_KB_image_with_zero_requests()
    {
        GivenData("PUT", Path, """{"url":"https://cdn.example/never.png"}""");

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Org.Settings.UploadLogoAsync(LogoVariant.Light, new MemoryStream(Png(201 * 1024))));

        Assert.Equal("image", ex.ParamName);
        Assert.Contains("200 KB", ex.Message);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task UploadLogo_rejects_a_201_KB_unseekable_stream_with_zero_requests()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Org.Settings.UploadLogoAsync(LogoVariant.Dark, new UnseekableStream(Png(201 * 1024))));

        Assert.Equal("image", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task UploadLogo_rejects_content_that_is_not_an_image()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(
            () => Org.Settings.UploadLogoAsync(LogoVariant.Light, new MemoryStream(Encoding.UTF8.GetBytes("<svg xmlns='http://www.w3.org/2000/svg'/>"))));

        Assert.Equal("image", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task UploadLogo_rejects_an_undefined_variant_and_a_null_stream()
    {
        var variant = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Org.Settings.UploadLogoAsync((LogoVariant)7, new MemoryStream(Png(100))));
        var image = await Assert.ThrowsAsync<ArgumentNullException>(() => Org.Settings.UploadLogoAsync(LogoVariant.Light, null!));

        Assert.Equal("variant", variant.ParamName);
        Assert.Equal("image", image.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    private sealed class UnseekableStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();
    }
}
