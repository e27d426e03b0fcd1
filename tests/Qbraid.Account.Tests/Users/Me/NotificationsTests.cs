using Qbraid.Account.Profile;
using Qbraid.Account.Tests.Infrastructure;

namespace Qbraid.Account.Tests.Users.Me;

public sealed class NotificationsTests : WireMockTestBase
{
    [Fact]
    public async Task Get_reads_every_preference()
    {
        GivenData("GET", "/users/me/notifications", """{"productUpdates":false,"billing":true,"jobs":true,"organization":false,"security":true}""");

        var prefs = await Personal.Profile.GetNotificationsAsync();

        Assert.Equal(new NotificationPreferences { ProductUpdates = false, Billing = true, Jobs = true, Organization = false, Security = true }, prefs);
        var request = SingleRequest();
        Assert.Equal("GET", request.RequestMessage!.Method);
        AssertWorkspaceHeaders(request, organizationId: null);
    }

    [Fact]
    public async Task Update_sends_only_the_fields_set_and_reads_the_result()
    {
        GivenData("PATCH", "/users/me/notifications", """{"productUpdates":false,"billing":true,"jobs":false,"organization":true,"security":true}""");

        var prefs = await Org.Profile.UpdateNotificationsAsync(new UpdateNotificationPreferencesRequest { ProductUpdates = false, Jobs = false });

        Assert.False(prefs.ProductUpdates);
        Assert.True(prefs.Organization);
        var request = SingleRequest();
        Assert.Equal("PATCH", request.RequestMessage!.Method);
        AssertWorkspaceHeaders(request, OrgId);
        Assert.Null(Header(request, "Idempotency-Key"));
        var body = Body(request);
        Assert.Equal(["productUpdates", "jobs"], body.EnumerateObject().Select(p => p.Name));
        Assert.False(body.GetProperty("productUpdates").GetBoolean());
        Assert.False(body.GetProperty("jobs").GetBoolean());
    }

    [Fact]
    public async Task Update_with_nothing_set_fails_before_any_request()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Personal.Profile.UpdateNotificationsAsync(new UpdateNotificationPreferencesRequest()));

        Assert.Equal("request", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }
}
