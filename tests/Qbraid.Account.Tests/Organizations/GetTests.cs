using Qbraid.Account.Tests.Infrastructure;

namespace Qbraid.Account.Tests.Organizations;

public sealed class GetTests : WireMockTestBase
{
    private const string Details = """
        {"id":"507f1f77bcf86cd799439011","name":"Quantum Lab","description":"Error correction research",
         "website":"https://lab.example.org","address":"1 Qubit Way, Chicago, IL","logoLightUrl":"https://cdn.example.org/light.png",
         "logoDarkUrl":"https://cdn.example.org/dark.png","ownerId":"65a1b2c3d4e5f60718293a4b","memberCount":42,
         "subscriptionTier":"pro","createdAt":"2025-03-04T05:06:07Z","somethingNew":{"x":1}}
        """;

    [Fact]
    public async Task Get_sends_the_org_header_and_reads_the_details()
    {
        GivenData("GET", $"/organizations/{OrgId}", Details);

        var org = await Org.GetAsync();

        Assert.Equal(OrgId, org.Id);
        Assert.Equal("Quantum Lab", org.Name);
        Assert.Equal("Error correction research", org.Description);
        Assert.Equal("https://lab.example.org", org.Website);
        Assert.Equal("1 Qubit Way, Chicago, IL", org.Address);
        Assert.Equal("https://cdn.example.org/light.png", org.LogoLightUrl);
        Assert.Equal("https://cdn.example.org/dark.png", org.LogoDarkUrl);
        Assert.Equal("65a1b2c3d4e5f60718293a4b", org.OwnerId);
        Assert.Equal(42, org.MemberCount);
        Assert.Equal("pro", org.SubscriptionTier);
        Assert.Equal(new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.Zero), org.CreatedAt);
        var request = SingleRequest();
        Assert.Equal("GET", request.RequestMessage!.Method);
        Assert.Equal(P($"/organizations/{OrgId}"), request.RequestMessage!.AbsolutePath);
        AssertWorkspaceHeaders(request, OrgId);
        Assert.Null(Header(request, "Idempotency-Key"));
    }

    [Fact]
    public async Task Get_with_an_upper_case_id_uses_the_lower_case_id_in_path_and_header()
    {
        GivenData("GET", $"/organizations/{OrgId}", Details);

        var org = await Client.Organization(OrgId.ToUpperInvariant()).GetAsync();

        Assert.Equal("Quantum Lab", org.Name);
        var request = SingleRequest();
        Assert.Equal(P($"/organizations/{OrgId}"), request.RequestMessage!.AbsolutePath);
        AssertWorkspaceHeaders(request, OrgId);
    }

    [Fact]
    public async Task Get_reads_optional_fields_as_null_when_absent()
    {
        GivenData("GET", $"/organizations/{OrgId}", """{"id":"507f1f77bcf86cd799439011","name":"Tiny Org","memberCount":1}""");

        var org = await Org.GetAsync();

        Assert.Equal("Tiny Org", org.Name);
        Assert.Null(org.Description);
        Assert.Null(org.SubscriptionTier);
        Assert.Null(org.CreatedAt);
    }

    [Fact]
    public async Task Get_for_an_organization_the_key_cannot_see_is_not_found()
    {
        Given("GET", $"/organizations/{OtherOrgId}", 404, """{"success":false,"message":"Organization not found."}""",
            r => r.WithHeader("X-Request-Id", "req-404"));

        var ex = await Assert.ThrowsAsync<QbraidNotFoundException>(() => Client.Organization(OtherOrgId).GetAsync());

        Assert.Equal(404, ex.StatusCode);
        Assert.Equal("req-404", ex.RequestId);
        Assert.Contains("Organization not found.", ex.Message);
        AssertWorkspaceHeaders(SingleRequest(), OtherOrgId);
    }
}
