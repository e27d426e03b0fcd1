using Qbraid.Account.Tests.Infrastructure;
using WireMock.ResponseBuilders;

namespace Qbraid.Account.Tests.Organizations.Seats;

public sealed class AssignTests : WireMockTestBase
{
    private static readonly string Path = $"/organizations/{OrgId}/seats/assignments";

    private const string Assignment = """
        {"memberId":"64b7f0c2a1d3e4f5a6b7c8d9","name":"Ada Lovelace","email":"ada@example.com","assignedAt":"2026-01-02T03:04:05Z"}
        """;

    [Fact]
    public async Task Assign_posts_the_member_id_with_a_generated_idempotency_key()
    {
        GivenData("POST", Path, Assignment, status: 201);

        var assignment = await Org.Seats.AssignAsync(MemberId);

        Assert.Equal(MemberId, assignment.MemberId);
        Assert.Equal("Ada Lovelace", assignment.Name);
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), assignment.AssignedAt);
        var request = SingleRequest();
        Assert.Equal("POST", request.RequestMessage!.Method);
        Assert.Equal(P(Path), request.RequestMessage!.AbsolutePath);
        AssertWorkspaceHeaders(request, OrgId);
        Assert.True(Guid.TryParse(Header(request, "Idempotency-Key"), out _));
        Assert.Equal($$"""{"memberId":"{{MemberId}}"}""", request.RequestMessage!.Body);
    }

    [Fact]
    public async Task Assign_uses_the_callers_idempotency_key()
    {
        GivenData("POST", Path, Assignment);

        await Org.Seats.AssignAsync(MemberId, idempotencyKey: "seat-for-ada");

        Assert.Equal("seat-for-ada", Header(SingleRequest(), "Idempotency-Key"));
    }

    [Fact]
    public async Task Assign_without_a_free_seat_is_a_conflict_and_is_not_retried()
    {
        Given("POST", Path, 409, """{"success":false,"message":"No seat is available. Add seats to your subscription."}""",
            r => r.WithHeader("X-Request-Id", "req-409"));

        var ex = await Assert.ThrowsAsync<QbraidConflictException>(() => Org.Seats.AssignAsync(MemberId));

        Assert.Equal(409, ex.StatusCode);
        Assert.Equal("req-409", ex.RequestId);
        Assert.Contains("No seat is available.", ex.Message);
        Assert.Single(Requests);
    }

    [Fact]
    public async Task Assign_retries_a_server_error_with_the_same_key()
    {
        Server.Given(Request("POST", Path)).InScenario("flaky").WillSetStateTo("up")
              .RespondWith(Response.Create().WithStatusCode(502));
        Server.Given(Request("POST", Path)).InScenario("flaky").WhenStateIs("up")
              .RespondWith(Response.Create().WithStatusCode(201).WithHeader("Content-Type", "application/json").WithBody(Envelope(Assignment)));

        var assignment = await Org.Seats.AssignAsync(MemberId);

        Assert.Equal(MemberId, assignment.MemberId);
        var requests = RequestsTo(Path);
        Assert.Equal(2, requests.Count);
        Assert.NotNull(Header(requests[0], "Idempotency-Key"));
        Assert.Equal(Header(requests[0], "Idempotency-Key"), Header(requests[1], "Idempotency-Key"));
    }

    [Fact]
    public async Task Assign_with_a_bad_member_id_fails_before_any_request()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Org.Seats.AssignAsync("ada@example.com"));

        Assert.Equal("memberId", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }
}
