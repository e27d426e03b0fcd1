using Qbraid.Account.Billing;
using Qbraid.Account.Tests.Infrastructure;

namespace Qbraid.Account.Tests.Organizations.Seats;

public sealed class GetTests : WireMockTestBase
{
    private static readonly string Path = $"/organizations/{OrgId}/seats";

    [Fact]
    public async Task Get_reads_counts_and_assignments()
    {
        GivenData("GET", Path, """
            {"tier":"standard","total":5,"assigned":2,"available":3,"assignments":[
              {"memberId":"64b7f0c2a1d3e4f5a6b7c8d9","name":"Ada Lovelace","email":"ada@example.com","assignedAt":"2026-01-02T03:04:05Z"},
              {"memberId":"64b7f0c2a1d3e4f5a6b7c8da","name":"Grace Hopper","email":"grace@example.com","assignedAt":"2026-01-03T00:00:00Z"}]}
            """);

        var seats = await Org.Seats.GetAsync();

        Assert.Equal(SubscriptionTier.Standard, seats.Tier);
        Assert.Equal(5, seats.Total);
        Assert.Equal(2, seats.Assigned);
        Assert.Equal(3, seats.Available);
        Assert.Equal(["64b7f0c2a1d3e4f5a6b7c8d9", "64b7f0c2a1d3e4f5a6b7c8da"], seats.Assignments.Select(a => a.MemberId));
        Assert.Equal("Ada Lovelace", seats.Assignments[0].Name);
        Assert.Equal("ada@example.com", seats.Assignments[0].Email);
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), seats.Assignments[0].AssignedAt);
        var request = SingleRequest();
        Assert.Equal("GET", request.RequestMessage!.Method);
        Assert.Equal(P(Path), request.RequestMessage!.AbsolutePath);
        AssertWorkspaceHeaders(request, OrgId);
        Assert.Null(Header(request, "Idempotency-Key"));
    }

    [Fact]
    public async Task Get_without_a_team_plan_has_no_tier_and_no_assignments()
    {
        GivenData("GET", Path, """{"tier":null,"total":0,"assigned":0,"available":0}""");

        var seats = await Org.Seats.GetAsync();

        Assert.Null(seats.Tier);
        Assert.Equal(0, seats.Total);
        Assert.Empty(seats.Assignments);
    }
}
