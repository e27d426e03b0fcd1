using Qbraid.Account.Profile;
using Qbraid.Account.Tests.Infrastructure;

namespace Qbraid.Account.Tests.Users.Me;

public sealed class DeletionRequestTests : WireMockTestBase
{
    private const string PendingJson = """{"id":"65a1b2c3d4e5f60718293a4c","status":"pending","requestedAt":"2026-11-20T08:00:00Z"}""";

    [Fact]
    public async Task Request_posts_the_reason_with_a_generated_idempotency_key()
    {
        GivenData("POST", "/users/me/deletion-request", PendingJson);

        var deletion = await Personal.Profile.RequestDeletionAsync("Moving to another account");

        Assert.Equal("65a1b2c3d4e5f60718293a4c", deletion.Id);
        Assert.Equal(AccountDeletionStatus.Pending, deletion.Status);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero), deletion.RequestedAt);
        var request = SingleRequest();
        Assert.Equal("POST", request.RequestMessage!.Method);
        AssertWorkspaceHeaders(request, organizationId: null);
        Assert.True(Guid.TryParse(Header(request, "Idempotency-Key"), out _));
        var body = Body(request);
        Assert.Equal(["reason"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Moving to another account", body.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Request_without_a_reason_sends_an_empty_object_and_the_callers_key()
    {
        GivenData("POST", "/users/me/deletion-request", PendingJson);

        await Org.Profile.RequestDeletionAsync(idempotencyKey: "delete-me-once");

        var request = SingleRequest();
        AssertWorkspaceHeaders(request, OrgId);
        Assert.Equal("delete-me-once", Header(request, "Idempotency-Key"));
        Assert.Empty(Body(request).EnumerateObject());
    }

    [Fact]
    public async Task Request_is_retried_with_the_same_idempotency_key()
    {
        Server.Given(Request("POST", "/users/me/deletion-request")).InScenario("retry").WillSetStateTo("failed-once")
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(503));
        Server.Given(Request("POST", "/users/me/deletion-request")).InScenario("retry").WhenStateIs("failed-once")
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(Envelope(PendingJson)));

        await Personal.Profile.RequestDeletionAsync();

        var keys = Requests.Select(e => Header(e, "Idempotency-Key")).ToList();
        Assert.Equal(2, keys.Count);
        Assert.NotNull(keys[0]);
        Assert.Equal(keys[0], keys[1]);
    }

    [Fact]
    public async Task Request_with_a_blank_reason_fails_before_any_request()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => Personal.Profile.RequestDeletionAsync("  "));

        Assert.Equal("reason", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task Cancel_deletes_the_pending_request()
    {
        Given("DELETE", "/users/me/deletion-request", 204, null);

        await Personal.Profile.CancelDeletionAsync();

        var request = SingleRequest();
        Assert.Equal("DELETE", request.RequestMessage!.Method);
        Assert.Equal(P("/users/me/deletion-request"), request.RequestMessage!.Path);
        AssertWorkspaceHeaders(request, organizationId: null);
        Assert.Null(Header(request, "Idempotency-Key"));
    }

    [Fact]
    public async Task Cancel_without_a_pending_request_is_not_found()
    {
        Given("DELETE", "/users/me/deletion-request", 404, """{"success":false,"message":"No pending deletion request."}""");

        await Assert.ThrowsAsync<QbraidNotFoundException>(() => Org.Profile.CancelDeletionAsync());

        AssertWorkspaceHeaders(SingleRequest(), OrgId);
    }
}
