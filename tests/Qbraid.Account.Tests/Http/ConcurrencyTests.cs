using Qbraid.Account.Tests.Infrastructure;

namespace Qbraid.Account.Tests.Http;

public sealed class ConcurrencyTests : WireMockTestBase
{
    [Fact]
    public async Task Two_hundred_parallel_calls_across_three_workspaces_each_carry_exactly_their_own_headers()
    {
        const string orgKey = "org-bound-key-2";
        GivenData("GET", "/users/verify", """{"valid":true,"userId":"64b7f0c2a1d3e4f5a6b7c8d9"}""");
        foreach (var id in new[] { OrgId, OtherOrgId })
            GivenData("GET", "/organizations/" + id, $$"""{"id":"{{id}}","name":"Org {{id}}"}""");
        var personal = Client.Personal;
        var first = Client.Organization(OrgId);
        var second = Client.Organization(OtherOrgId, orgKey);

        var calls = Enumerable.Range(0, 200).Select(i => (i % 3) switch
        {
            0 => Client.VerifyAsync().ContinueWith(t => t.Result.UserId),
            1 => first.GetAsync().ContinueWith(t => t.Result.Id),
            _ => second.GetAsync().ContinueWith(t => t.Result.Id),
        });
        var results = await Task.WhenAll(calls);

        Assert.Equal(200, results.Length);
        Assert.Equal(67, results.Count(r => r == OrgId));
        Assert.Equal(66, results.Count(r => r == OtherOrgId));
        var entries = Requests.ToList();
        Assert.Equal(200, entries.Count);
        foreach (var entry in entries)
        {
            var path = entry.RequestMessage!.AbsolutePath;
            var orgHeader = Header(entry, "X-Organization-Id");
            var key = Header(entry, "X-API-KEY");
            if (path.EndsWith("/users/verify"))
            {
                Assert.Null(orgHeader);
                Assert.Equal(ApiKey, key);
            }
            else
            {
                Assert.EndsWith("/" + orgHeader, path);
                Assert.Equal(orgHeader == OtherOrgId ? orgKey : ApiKey, key);
            }
        }
        Assert.True(personal.Workspace.IsPersonal); // views are values: nothing switched under them
    }
}
