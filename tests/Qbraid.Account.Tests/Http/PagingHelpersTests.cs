namespace Qbraid.Account.Tests.Http;

/// <summary>The public helpers users fake lists with.</summary>
public sealed class PagingHelpersTests
{
    [Fact]
    public async Task FromItems_splits_into_pages_with_totals_and_tokens()
    {
        var pageable = AsyncPageable<int>.FromItems(Enumerable.Range(1, 7), pageSize: 3);

        var pages = new List<Page<int>>();
        await foreach (var page in pageable.AsPagesAsync())
            pages.Add(page);

        Assert.Equal([3, 3, 1], pages.Select(p => p.Values.Count));
        Assert.All(pages, p => Assert.Equal(7, p.TotalCount));
        Assert.Equal(["2", "3", null], pages.Select(p => p.ContinuationToken));
        Assert.Equal(Enumerable.Range(1, 7), await pageable.ToListAsync());
    }

    [Fact]
    public async Task FromPages_resumes_from_a_continuation_token()
    {
        var pageable = AsyncPageable<string>.FromPages([
            Page<string>.FromValues(["a", "b"], 1, continuationToken: "2"),
            Page<string>.FromValues(["c"], 2),
        ]);

        var resumed = new List<string>();
        await foreach (var page in pageable.AsPagesAsync("2"))
            resumed.AddRange(page.Values);

        Assert.Equal(["c"], resumed);
        Assert.Throws<ArgumentOutOfRangeException>("pageNumber", () => Page<string>.FromValues([], 0));
    }
}
