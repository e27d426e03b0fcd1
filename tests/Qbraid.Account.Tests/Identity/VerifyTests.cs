using Qbraid.Account.Tests.Infrastructure;

namespace Qbraid.Account.Tests.Identity;

public sealed class VerifyTests : WireMockTestBase
{
    [Fact]
    public async Task Verify_sends_key_without_workspace_header_and_reads_the_user()
    {
        GivenData("GET", "/users/verify", """
            {"valid":true,"userId":"64b7f0c2a1d3e4f5a6b7c8d9","userName":"ada","userEmail":"ada@example.com",
             "userRoles":["organization_admin"],"userPermissions":["organization|billing|manage"],
             "organizationId":"507f1f77bcf86cd799439011","organizationUserId":"65a1b2c3d4e5f60718293a4b",
             "metadata":{"plan":"pro"},"somethingNew":42}
            """);

        var user = await Client.VerifyAsync();

        Assert.True(user.Valid);
        Assert.Equal("64b7f0c2a1d3e4f5a6b7c8d9", user.UserId);
        Assert.Equal("ada@example.com", user.UserEmail);
        Assert.Equal(["organization_admin"], user.UserRoles);
        Assert.Equal("pro", user.Metadata!["plan"].GetString());
        var request = SingleRequest();
        Assert.Equal("GET", request.RequestMessage!.Method);
        AssertWorkspaceHeaders(request, organizationId: null);
        Assert.Null(Header(request, "Idempotency-Key"));
    }

    [Fact]
    public async Task Verify_with_a_bad_key_is_an_authentication_exception_with_request_id()
    {
        Given("GET", "/users/verify", 401, """{"success":false,"message":"Authentication required."}""",
            r => r.WithHeader("X-Request-Id", "req-401"));

        var ex = await Assert.ThrowsAsync<QbraidAuthenticationException>(() => Client.VerifyAsync());

        Assert.Equal(401, ex.StatusCode);
        Assert.Equal("req-401", ex.RequestId);
        Assert.Contains("Authentication required.", ex.Message);
        Assert.DoesNotContain(ApiKey, ex.Message);
        Assert.Single(Requests); // 401 is not retried
    }

    [Fact]
    public async Task Missing_lists_read_as_empty_not_null()
    {
        GivenData("GET", "/users/verify", """{"valid":true,"userId":"64b7f0c2a1d3e4f5a6b7c8d9"}""");

        var user = await Client.VerifyAsync();

        Assert.NotNull(user.UserRoles);
        Assert.Empty(user.UserRoles);
        Assert.Empty(user.UserPermissions);
    }
}
