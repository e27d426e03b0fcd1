using Qbraid.Account.Tests.Infrastructure;

namespace Qbraid.Account.Tests.Http;

/// <summary>Every error body shape the contract allows, through a real call (GET /organizations/{id}).</summary>
public sealed class ErrorMappingTests : WireMockTestBase
{
    private const string OrgPath = "/organizations/" + OrgId;

    public ErrorMappingTests()
        : base()
    {
    }

    private QbraidAccountClient NoRetry => CreateClient(o => o.Retry.MaxRetries = 0);

    [Theory]
    [InlineData(400, typeof(QbraidValidationException))]
    [InlineData(422, typeof(QbraidValidationException))]
    [InlineData(401, typeof(QbraidAuthenticationException))]
    [InlineData(403, typeof(QbraidPermissionException))]
    [InlineData(404, typeof(QbraidNotFoundException))]
    [InlineData(409, typeof(QbraidConflictException))]
    [InlineData(410, typeof(QbraidGoneException))]
    [InlineData(429, typeof(QbraidRateLimitException))]
    [InlineData(500, typeof(QbraidServerException))]
    [InlineData(503, typeof(QbraidServerException))]
    [InlineData(418, typeof(QbraidApiException))]
    public async Task Each_status_maps_to_its_exception_with_status_code_and_request_id(int status, Type expected)
    {
        Given("GET", OrgPath, status, """{"success":false,"message":"Nope."}""", r => r.WithHeader("X-Request-Id", "req-" + status));
        using var client = NoRetry;

        var ex = await Assert.ThrowsAnyAsync<QbraidApiException>(() => client.Organization(OrgId).GetAsync());

        Assert.IsType(expected, ex);
        Assert.Equal(status, ex.StatusCode);
        Assert.Equal("req-" + status, ex.RequestId);
        Assert.Contains("Nope.", ex.Message);
        Assert.Contains("req-" + status, ex.Message);
    }

    [Fact]
    public async Task A_message_list_is_joined()
    {
        Given("GET", OrgPath, 400, """{"success":false,"message":["name must not be empty","website must be a URL"]}""");

        var ex = await Assert.ThrowsAsync<QbraidValidationException>(() => Org.GetAsync());

        Assert.Contains("name must not be empty; website must be a URL", ex.Message);
    }

    [Fact]
    public async Task An_error_object_gives_code_and_message()
    {
        Given("GET", OrgPath, 409, """{"success":false,"error":{"code":"POOL_TOO_SMALL","message":"The pool holds 10 credits."}}""");

        var ex = await Assert.ThrowsAsync<QbraidConflictException>(() => Org.GetAsync());

        Assert.Equal("POOL_TOO_SMALL", ex.ErrorCode);
        Assert.Contains("The pool holds 10 credits.", ex.Message);
    }

    [Fact]
    public async Task An_error_string_beside_a_message_is_the_error_code()
    {
        Given("GET", OrgPath, 403, """{"success":false,"message":"Owners can't leave.","error":"OWNER_CANNOT_LEAVE"}""");

        var ex = await Assert.ThrowsAsync<QbraidPermissionException>(() => Org.GetAsync());

        Assert.Equal("OWNER_CANNOT_LEAVE", ex.ErrorCode);
        Assert.Contains("Owners can't leave.", ex.Message);
    }

    [Fact]
    public async Task Field_errors_are_exposed()
    {
        Given("GET", OrgPath, 422, """{"success":false,"message":"Invalid settings","errors":{"website":["must be an absolute URL"],"seatAssignmentCredits":"must be at most 100000"}}""");

        var ex = await Assert.ThrowsAsync<QbraidValidationException>(() => Org.GetAsync());

        Assert.Equal(["must be an absolute URL"], ex.FieldErrors["website"]);
        Assert.Equal(["must be at most 100000"], ex.FieldErrors["seatAssignmentCredits"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html><body><h1>502 Bad Gateway</h1></body></html>")]
    [InlineData("{\"success\":false,\"message\":\"cut of")]
    [InlineData("[1,2,3]")]
    public async Task Empty_html_and_truncated_error_bodies_still_map_by_status(string body)
    {
        Given("GET", OrgPath, 404, body, r => r.WithHeader("Content-Type", "text/html"));

        var ex = await Assert.ThrowsAsync<QbraidNotFoundException>(() => Org.GetAsync());

        Assert.Contains("404", ex.Message);
        Assert.Equal(body.Length > 1024 ? body[..1024] : body, ex.ResponseBodyExcerpt);
    }

    [Fact]
    public async Task Retry_after_seconds_and_rate_limit_headers_are_read()
    {
        Given("GET", OrgPath, 429, """{"success":false,"message":"Too many requests"}""", r => r
            .WithHeader("Retry-After", "3600")
            .WithHeader("X-RateLimit-Limit", "1000")
            .WithHeader("X-RateLimit-Remaining", "0")
            .WithHeader("X-RateLimit-Reset", "1795000000"));

        var ex = await Assert.ThrowsAsync<QbraidRateLimitException>(() => Org.GetAsync());

        Assert.Equal(TimeSpan.FromHours(1), ex.RetryAfter);
        Assert.Equal(1000, ex.Limit);
        Assert.Equal(0, ex.Remaining);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1795000000), ex.ResetsAt);
        Assert.Single(Requests); // beyond the 30 s cap: no retry, fail fast
    }

    [Fact]
    public async Task Retry_after_as_an_http_date_is_read()
    {
        var date = DateTimeOffset.UtcNow.AddHours(2);
        Given("GET", OrgPath, 429, "", r => r.WithHeader("Retry-After", date.ToString("R")));

        var ex = await Assert.ThrowsAsync<QbraidRateLimitException>(() => Org.GetAsync());

        Assert.InRange(ex.RetryAfter!.Value, TimeSpan.FromMinutes(115), TimeSpan.FromMinutes(121));
    }

    [Fact]
    public async Task Success_false_on_200_is_an_api_exception()
    {
        Given("GET", OrgPath, 200, """{"success":false,"message":"Organization context required."}""");

        var ex = await Assert.ThrowsAsync<QbraidApiException>(() => Org.GetAsync());

        Assert.Equal(200, ex.StatusCode);
        Assert.Contains("Organization context required.", ex.Message);
    }

    [Fact]
    public async Task Jsend_fail_on_200_is_an_api_exception()
    {
        Given("GET", OrgPath, 200, """{"status":"fail","data":{"errors":{"name":["taken"]}}}""");

        var ex = await Assert.ThrowsAsync<QbraidApiException>(() => Org.GetAsync());

        Assert.Contains("name: taken", ex.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html>ok</html>")]
    [InlineData("{\"success\":true}")]
    [InlineData("{\"success\":true,\"data\":null}")]
    [InlineData("{\"success\":true,\"data\":{\"id\":\"507f1f77bcf86cd799439011\",\"name\":\"Lab\"")]
    [InlineData("{\"success\":true,\"data\":{\"id\":42,\"name\":\"Lab\"}}")]
    [InlineData("{\"success\":true,\"data\":{\"name\":\"Lab\"}}")]
    [InlineData("{\"success\":true,\"data\":{\"id\":null,\"name\":\"Lab\"}}")]
    [InlineData("{\"success\":true,\"data\":[]}")]
    [InlineData("{\"success\":true,\"data\":{\"id\":\"507f1f77bcf86cd799439011\",\"name\":\"Lab\",\"memberCount\":1e999}}")]
    public async Task An_unreadable_success_body_is_a_response_exception_not_a_raw_one(string body)
    {
        Given("GET", OrgPath, 200, body, r => r.WithHeader("X-Request-Id", "req-bad"));

        var ex = await Assert.ThrowsAsync<QbraidResponseException>(() => Org.GetAsync());

        Assert.Equal(200, ex.StatusCode);
        Assert.Equal("req-bad", ex.RequestId);
        Assert.Contains("req-bad", ex.Message);
    }

    [Fact]
    public async Task Jsend_success_and_bare_payloads_are_accepted()
    {
        Given("GET", OrgPath, 200, """{"status":"success","data":{"id":"507f1f77bcf86cd799439011","name":"Lab","memberCount":"7"}}""");
        var jsend = await Org.GetAsync();
        Assert.Equal("Lab", jsend.Name);
        Assert.Equal(7, jsend.MemberCount); // numbers as strings are tolerated

        Server.Reset();
        Given("GET", OrgPath, 200, """{"id":"507f1f77bcf86cd799439011","name":"Bare"}""");
        var bare = await Org.GetAsync();
        Assert.Equal("Bare", bare.Name);
    }

    [Fact]
    public async Task A_server_message_echoing_the_key_is_redacted()
    {
        Given("GET", OrgPath, 401, $$"""{"success":false,"message":"Key {{ApiKey}} is invalid"}""");

        var ex = await Assert.ThrowsAsync<QbraidAuthenticationException>(() => Org.GetAsync());

        Assert.DoesNotContain(ApiKey, ex.Message);
        Assert.DoesNotContain(ApiKey, ex.ResponseBodyExcerpt);
        Assert.DoesNotContain(ApiKey, ex.ToString());
    }
}
