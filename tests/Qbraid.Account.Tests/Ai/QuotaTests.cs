using Qbraid.Account.Tests.Infrastructure;

namespace Qbraid.Account.Tests.Ai;

public sealed class QuotaTests : WireMockTestBase
{
    [Fact]
    public async Task Quota_reads_the_plan_and_keeps_undocumented_fields()
    {
        GivenData("GET", "/ai/quota", """
            {"plan":"pro","used":120,"limit":1000,"resetsAt":"2026-12-01T00:00:00Z","models":{"chat":true}}
            """);

        var quota = await Personal.Usage.GetAiQuotaAsync();

        Assert.Equal("pro", quota.Plan);
        Assert.Equal(120, quota.AdditionalData["used"].GetInt32());
        Assert.Equal(1000, quota.AdditionalData["limit"].GetInt32());
        Assert.Equal("2026-12-01T00:00:00Z", quota.AdditionalData["resetsAt"].GetString());
        Assert.True(quota.AdditionalData["models"].GetProperty("chat").GetBoolean());
        Assert.False(quota.AdditionalData.ContainsKey("plan"));
        var request = SingleRequest();
        Assert.Equal("GET", request.RequestMessage!.Method);
        Assert.Equal(P("/ai/quota"), request.RequestMessage!.Path);
        AssertWorkspaceHeaders(request, organizationId: null);
    }

    [Fact]
    public async Task Quota_in_an_organization_sends_its_header()
    {
        GivenData("GET", "/ai/quota", """{"plan":"standard"}""");

        var quota = await Org.Usage.GetAiQuotaAsync();

        Assert.Equal("standard", quota.Plan);
        Assert.Empty(quota.AdditionalData);
        AssertWorkspaceHeaders(SingleRequest(), OrgId);
    }
}
