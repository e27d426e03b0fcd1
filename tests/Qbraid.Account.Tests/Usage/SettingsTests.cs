using Qbraid.Account.Tests.Infrastructure;

namespace Qbraid.Account.Tests.Usage;

public sealed class SettingsTests : WireMockTestBase
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Settings_patch_sends_auto_switch(bool value)
    {
        GivenData("PATCH", "/usage/settings", $$"""{"autoSwitchToCredits":{{(value ? "true" : "false")}}}""");

        var settings = await Personal.Usage.UpdateSettingsAsync(value);

        Assert.Equal(value, settings.AutoSwitchToCredits);
        var request = SingleRequest();
        Assert.Equal("PATCH", request.RequestMessage!.Method);
        Assert.Equal(P("/usage/settings"), request.RequestMessage!.Path);
        AssertWorkspaceHeaders(request, organizationId: null);
        Assert.Null(Header(request, "Idempotency-Key"));
        var body = Body(request);
        Assert.Equal(["autoSwitchToCredits"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal(value, body.GetProperty("autoSwitchToCredits").GetBoolean());
    }

    [Fact]
    public async Task Settings_patch_in_an_organization_sends_its_header()
    {
        GivenData("PATCH", "/usage/settings", """{"autoSwitchToCredits":true}""");

        await Org.Usage.UpdateSettingsAsync(true);

        AssertWorkspaceHeaders(SingleRequest(), OrgId);
    }
}
