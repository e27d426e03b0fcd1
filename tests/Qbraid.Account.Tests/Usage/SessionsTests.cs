using Qbraid.Account.Tests.Infrastructure;
using Qbraid.Account.Usage;
using WireMock.ResponseBuilders;

namespace Qbraid.Account.Tests.Usage;

public sealed class SessionsTests : WireMockTestBase
{
    private static string SessionJson(string id, string endedAt = "\"2026-11-20T12:00:00Z\"") => $$"""
        {"id":"{{id}}","startedAt":"2026-11-20T09:00:00Z","endedAt":{{endedAt}},"instanceType":"cpu-2","vCpus":2,
         "durationSeconds":10800,"computeHours":6,"credits":12.5}
        """;

    [Fact]
    public async Task List_walks_pages_and_stops_after_the_last()
    {
        GivenPage(1, $"[{SessionJson("s1")},{SessionJson("s2")}]", """{"page":1,"limit":2,"total":3,"totalPages":2}""");
        GivenPage(2, $"[{SessionJson("s3", "null")}]", """{"page":2,"limit":2,"total":3,"totalPages":2}""");

        var sessions = await Org.Usage.ListSessionsAsync(new UsageSessionListOptions { PageSize = 2 }).ToListAsync();

        Assert.Equal(["s1", "s2", "s3"], sessions.Select(s => s.Id));
        Assert.Equal(2, sessions[0].VCpus);
        Assert.Equal(10800, sessions[0].DurationSeconds);
        Assert.Equal(6m, sessions[0].ComputeHours);
        Assert.Equal(12.5m, sessions[0].Credits);
        Assert.Equal("cpu-2", sessions[0].InstanceType);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero), sessions[0].EndedAt);
        Assert.Null(sessions[2].EndedAt);
        var entries = Requests.ToList();
        Assert.Equal(["1", "2"], entries.Select(e => Query(e, "page")));
        Assert.All(entries, e =>
        {
            Assert.Equal("2", Query(e, "limit"));
            AssertWorkspaceHeaders(e, OrgId);
        });
    }

    [Fact]
    public async Task List_without_pagination_is_one_page()
    {
        GivenData("GET", "/usage/sessions", $"[{SessionJson("s1")}]");

        var sessions = await Personal.Usage.ListSessionsAsync().ToListAsync();

        Assert.Single(sessions);
        var request = SingleRequest();
        Assert.Equal("1", Query(request, "page"));
        Assert.Equal("50", Query(request, "limit"));
        AssertWorkspaceHeaders(request, organizationId: null);
    }

    [Fact]
    public void List_with_a_bad_page_size_fails_before_any_request()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Personal.Usage.ListSessionsAsync(new UsageSessionListOptions { PageSize = 500 }));

        Assert.Equal("options.PageSize", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    private void GivenPage(int page, string itemsJson, string paginationJson)
        => Server.Given(Request("GET", "/usage/sessions").WithParam("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(Envelope(itemsJson, paginationJson)));
}
