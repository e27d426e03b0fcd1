namespace Qbraid.Account.Testing.Tests.Conventions;

public class PagingTests : SandboxTest
{
    [Fact]
    public async Task Default_page_is_1_with_50_items()
    {
        var reply = (await InOrg("ada").Get(OrgPath("transactions"))).Ok();

        Assert.Equal(50, reply.Data.GetArrayLength());
        var pagination = reply.Body.GetProperty("pagination");
        Assert.Equal(1, pagination.Int("page"));
        Assert.Equal(50, pagination.Int("limit"));
        Assert.Equal(300, pagination.Int("total"));
        Assert.Equal(6, pagination.Int("totalPages"));
    }

    [Fact]
    public async Task Limit_100_is_the_maximum()
    {
        var ada = InOrg("ada");
        Assert.Equal(100, (await ada.Get(OrgPath("transactions?limit=100"))).Ok().Data.GetArrayLength());

        var tooMany = await ada.Get(OrgPath("transactions?limit=101"));
        tooMany.Expect(HttpStatusCode.BadRequest);
        Assert.True(tooMany.Body.GetProperty("errors").TryGetProperty("limit", out _));
    }

    [Theory]
    [InlineData("page=0")]
    [InlineData("limit=0")]
    [InlineData("page=abc")]
    public async Task Bad_paging_values_are_400(string query)
        => (await InOrg("ada").Get(OrgPath("transactions?" + query))).Expect(HttpStatusCode.BadRequest);

    [Fact]
    public async Task Walking_the_pages_returns_every_item_once()
    {
        var ada = InOrg("ada");
        var ids = new List<string>();
        for (var page = 1; ; page++)
        {
            var reply = (await ada.Get(OrgPath($"transactions?page={page}&limit=70"))).Ok();
            ids.AddRange(reply.Data.Items().Select(t => t.Str("id")));
            if (page >= reply.Body.GetProperty("pagination").Int("totalPages")) break;
        }

        Assert.Equal(300, ids.Count);
        Assert.Equal(300, ids.Distinct().Count());
    }

    [Fact]
    public async Task A_page_past_the_end_is_empty()
    {
        var reply = (await InOrg("ada").Get(OrgPath("transactions?page=99"))).Ok();

        Assert.Equal(0, reply.Data.GetArrayLength());
        Assert.Equal(300, reply.Body.GetProperty("pagination").Int("total"));
    }
}
