namespace Qbraid.Account.Testing.Tests.Organizations.Transactions;

public class TransactionTests : SandboxTest
{
    [Fact]
    public async Task Transactions_are_newest_first_with_parties_and_actor()
    {
        var items = (await InOrg("ada").Get(OrgPath("transactions?limit=100"))).Ok().Data.Items();

        var times = items.Select(t => DateTimeOffset.Parse(t.Str("createdAt"))).ToList();
        Assert.Equal(times.OrderByDescending(t => t), times);
        Assert.All(items, t =>
        {
            Assert.True(t.Dec("amount") > 0);
            Assert.Contains(t.GetProperty("from").Str("kind"), new[] { "organization", "member", "external" });
            Assert.Contains(t.GetProperty("to").Str("kind"), new[] { "organization", "member", "external" });
        });
        Assert.True(items.Select(t => t.Str("type")).Distinct().Count() >= 8);
    }

    [Fact]
    public async Task Filter_by_type_member_and_time()
    {
        var ada = InOrg("ada");
        var alan = Lab.Member("alan").MemberId;

        var transfers = (await ada.Get(OrgPath("transactions?type=transfer&limit=100"))).Ok().Data.Items();
        Assert.NotEmpty(transfers);
        Assert.All(transfers, t => Assert.Equal("transfer", t.Str("type")));

        var alans = (await ada.Get(OrgPath($"transactions?memberId={alan}&limit=100"))).Ok().Data.Items();
        Assert.NotEmpty(alans);
        Assert.All(alans, t => Assert.True(t.GetProperty("from").Str("id") == alan || t.GetProperty("to").Str("id") == alan));

        var from = DateTimeOffset.UtcNow.AddDays(-30);
        var to = DateTimeOffset.UtcNow.AddDays(-10);
        var window = (await ada.Get(OrgPath($"transactions?from={from.UtcDateTime:O}&to={to.UtcDateTime:O}&limit=100"))).Ok().Data.Items();
        Assert.NotEmpty(window);
        Assert.All(window, t => Assert.InRange(DateTimeOffset.Parse(t.Str("createdAt")), from, to));
    }

    [Fact]
    public async Task Served_times_sent_back_as_bounds_include_their_transactions()
    {
        var ada = InOrg("ada");
        var items = (await ada.Get(OrgPath("transactions?limit=100"))).Ok().Data.Items();
        var to = items[10].Str("createdAt");
        var from = items[20].Str("createdAt");

        var window = (await ada.Get(OrgPath($"transactions?from={Uri.EscapeDataString(from)}&to={Uri.EscapeDataString(to)}&limit=100"))).Ok().Data.Items();

        Assert.Equal(items.Skip(10).Take(11).Select(t => t.Str("id")), window.Select(t => t.Str("id")));
    }

    [Fact]
    public async Task A_bare_date_as_to_includes_that_whole_day()
    {
        var newest = DateTimeOffset.Parse((await TransactionsAsync("?limit=1"))[0].Str("createdAt")).UtcDateTime;
        var day = newest.ToString("yyyy-MM-dd");

        var items = (await InOrg("ada").Get(OrgPath($"transactions?from={day}&to={day}"))).Ok().Data.Items();

        Assert.Contains(items, t => DateTimeOffset.Parse(t.Str("createdAt")).UtcDateTime == newest);
    }

    [Theory]
    [InlineData("type=gift")]
    [InlineData("from=yesterday")]
    [InlineData("memberId=123")]
    [InlineData("from=2026-05-01&to=2026-04-01")]
    public async Task Bad_filters_are_400(string query)
        => (await InOrg("ada").Get(OrgPath("transactions?" + query))).Expect(HttpStatusCode.BadRequest);

    [Fact]
    public async Task Managers_see_transactions_members_do_not()
    {
        (await InOrg("alan").Get(OrgPath("transactions"))).Ok();
        (await InOrg("katherine").Get(OrgPath("transactions"))).Expect(HttpStatusCode.Forbidden);
    }
}
