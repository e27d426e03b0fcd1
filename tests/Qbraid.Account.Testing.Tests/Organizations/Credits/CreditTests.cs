namespace Qbraid.Account.Testing.Tests.Organizations.Credits;

public class CreditTests : SandboxTest
{
    [Fact]
    public async Task Admins_and_managers_see_the_pool_members_do_not()
    {
        Assert.Equal(12_500m, (await InOrg("ada").Get(OrgPath("credits"))).Ok().Data.Dec("balance"));
        Assert.Equal(12_500m, (await InOrg("alan").Get(OrgPath("credits"))).Ok().Data.Dec("balance"));
        (await InOrg("katherine").Get(OrgPath("credits"))).Expect(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_transfer_moves_credits_to_each_recipient_and_writes_one_transaction_each()
    {
        string[] recipients = [Lab.Member("alan").MemberId, Lab.Member("katherine").MemberId];

        var transfer = (await InOrg("ada").Post(OrgPath("credits/transfers"), new { recipients, amountPerMember = 250.25m, creditType = "org_allocated", message = "Q3" }))
            .Expect(HttpStatusCode.Created).Data;

        Assert.Equal(500.5m, transfer.Dec("total"));
        Assert.Equal(recipients, transfer.GetProperty("recipients").Items().Select(r => r.Str("memberId")));
        Assert.Equal(12_500m - 500.5m, await PoolAsync());
        Assert.Equal(1_050.25m, (await MemberAsync(recipients[0])).Dec("credits"));
        Assert.Equal(550.25m, (await MemberAsync(recipients[1])).Dec("credits"));
        Assert.Equal(550.25m, (await InOrg("katherine").Get("billing/credits/balance")).Data.Dec("qbraidCredits"));
        var written = (await TransactionsAsync("?limit=2")).ToList();
        Assert.All(written, t =>
        {
            Assert.Equal("transfer", t.Str("type"));
            Assert.Equal(250.25m, t.Dec("amount"));
            Assert.Equal("organization", t.GetProperty("from").Str("kind"));
            Assert.Equal("Q3", t.Str("description"));
        });
        Assert.Equal(recipients.Reverse(), written.Select(t => t.GetProperty("to").Str("id")));
    }

    [Fact]
    public async Task Promo_credits_are_written_as_promo()
    {
        await InOrg("ada").Post(OrgPath("credits/transfers"), new { recipients = new[] { Lab.Member("alan").MemberId }, amountPerMember = 10m, creditType = "promo" });

        Assert.Equal("promo", (await TransactionsAsync("?limit=1"))[0].Str("type"));
    }

    [Fact]
    public async Task All_sends_to_every_active_member()
    {
        var transfer = (await InOrg("ada").Post(OrgPath("credits/transfers"), new { all = true, amountPerMember = 10m })).Expect(HttpStatusCode.Created).Data;

        Assert.Equal(4, transfer.GetProperty("recipients").GetArrayLength());
        Assert.Equal(40m, transfer.Dec("total"));
        Assert.DoesNotContain(Lab.Member("edsger").MemberId, transfer.GetProperty("recipients").Items().Select(r => r.Str("memberId")));
    }

    [Fact]
    public async Task A_transfer_the_pool_cannot_cover_is_409_and_moves_nothing()
    {
        string[] recipients = [Lab.Member("alan").MemberId, Lab.Member("katherine").MemberId];
        var before = (await TransactionsAsync("?limit=1"))[0].Str("id");

        var reply = await InOrg("ada").Post(OrgPath("credits/transfers"), new { recipients, amountPerMember = 6_250.01m });

        reply.Expect(HttpStatusCode.Conflict);
        Assert.Equal(12_500m, await PoolAsync());
        Assert.Equal(800m, (await MemberAsync(recipients[0])).Dec("credits"));
        Assert.Equal(before, (await TransactionsAsync("?limit=1"))[0].Str("id"));
        (await InOrg("ada").Post(OrgPath("credits/transfers"), new { recipients, amountPerMember = 6_250m })).Expect(HttpStatusCode.Created);
        Assert.Equal(0m, await PoolAsync());
    }

    [Theory]
    [InlineData("{\"amountPerMember\":10}")]
    [InlineData("{\"all\":true,\"recipients\":[\"0123456789abcdef01234567\"],\"amountPerMember\":10}")]
    [InlineData("{\"recipients\":[],\"amountPerMember\":10}")]
    [InlineData("{\"all\":true,\"amountPerMember\":0}")]
    [InlineData("{\"all\":true,\"amountPerMember\":1.00001}")]
    [InlineData("{\"all\":true,\"amountPerMember\":10,\"creditType\":\"gift\"}")]
    public async Task Invalid_transfers_are_400(string body)
        => (await InOrg("ada").Send(HttpMethod.Post, OrgPath("credits/transfers"), new StringContent(body, System.Text.Encoding.UTF8, "application/json")))
            .Expect(HttpStatusCode.BadRequest);

    [Fact]
    public async Task Transfers_to_unknown_or_inactive_members_are_refused()
    {
        (await InOrg("ada").Post(OrgPath("credits/transfers"), new { recipients = new[] { "0123456789abcdef01234567" }, amountPerMember = 1m })).Expect(HttpStatusCode.NotFound);
        (await InOrg("ada").Post(OrgPath("credits/transfers"), new { recipients = new[] { Lab.Member("edsger").MemberId }, amountPerMember = 1m })).Expect(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Managers_cannot_transfer_or_buy()
    {
        (await InOrg("alan").Post(OrgPath("credits/transfers"), new { all = true, amountPerMember = 1m })).Expect(HttpStatusCode.Forbidden);
        (await InOrg("alan").Post(OrgPath("credits/checkout"), new { amountUsd = 10m })).Expect(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Bought_credits_land_in_the_pool_with_a_purchase_transaction()
    {
        var checkout = (await InOrg("ada").Post(OrgPath("credits/checkout"), new { amountUsd = 100m, promoCode = "LAB" })).Ok().Data;
        Assert.Equal(10_000m, checkout.Dec("credits"));
        Assert.Equal(12_500m, await PoolAsync());

        await Sandbox.CompleteCheckoutAsync(checkout.Str("sessionId"));

        Assert.Equal(22_500m, await PoolAsync());
        var purchase = (await TransactionsAsync("?limit=1"))[0];
        Assert.Equal("purchase", purchase.Str("type"));
        Assert.Equal("external", purchase.GetProperty("from").Str("kind"));
        Assert.Equal(1_200m, (await InOrg("ada").Get("billing/credits/balance")).Data.Dec("qbraidCredits"));
    }

    [Fact]
    public async Task Credit_requests_are_reviewed_by_admins_only()
    {
        var pending = (await InOrg("ada").Get(OrgPath("credit-requests?status=pending"))).Ok().Data.Items();
        Assert.Equal(500m, Assert.Single(pending).Dec("amount"));
        Assert.Equal(3, (await InOrg("ada").Get(OrgPath("credit-requests"))).Data.GetArrayLength());
        (await InOrg("alan").Get(OrgPath("credit-requests"))).Expect(HttpStatusCode.Forbidden);
        (await InOrg("alan").Post(OrgPath($"credit-requests/{pending[0].Str("id")}/approve"))).Expect(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Approving_in_full_moves_the_credits_to_the_requester()
    {
        var request = await PendingRequestAsync();

        var approved = (await InOrg("ada").Post(OrgPath($"credit-requests/{request}/approve"), new { note = "Go" })).Ok().Data;

        Assert.Equal("approved", approved.Str("status"));
        Assert.Equal(500m, approved.Dec("approvedAmount"));
        Assert.Equal("Go", approved.Str("decisionNote"));
        Assert.Equal("Ada Lovelace", approved.Str("decidedBy"));
        Assert.Equal(800m, (await MemberAsync(Lab.Member("katherine").MemberId)).Dec("credits"));
        Assert.Equal(12_000m, await PoolAsync());
        var transaction = (await TransactionsAsync("?type=request_approval&limit=1"))[0];
        Assert.Equal(Lab.Member("katherine").MemberId, transaction.GetProperty("to").Str("id"));
        Assert.Equal("approved", (await InOrg("katherine").Get("billing/credits/requests?status=approved")).Data[0].Str("status"));
    }

    [Fact]
    public async Task Approving_in_part_moves_only_that_much()
    {
        var request = await PendingRequestAsync();

        var approved = (await InOrg("ada").Post(OrgPath($"credit-requests/{request}/approve"), new { amount = 120m })).Ok().Data;

        Assert.Equal(500m, approved.Dec("amount"));
        Assert.Equal(120m, approved.Dec("approvedAmount"));
        Assert.Equal(420m, (await MemberAsync(Lab.Member("katherine").MemberId)).Dec("credits"));
    }

    [Fact]
    public async Task Approving_more_than_requested_is_400()
        => (await InOrg("ada").Post(OrgPath($"credit-requests/{await PendingRequestAsync()}/approve"), new { amount = 501m })).Expect(HttpStatusCode.BadRequest);

    [Fact]
    public async Task A_decided_request_is_409()
    {
        var request = await PendingRequestAsync();
        (await InOrg("ada").Post(OrgPath($"credit-requests/{request}/deny"), new { note = "No" })).Ok();

        (await InOrg("ada").Post(OrgPath($"credit-requests/{request}/approve"))).Expect(HttpStatusCode.Conflict);
        (await InOrg("ada").Post(OrgPath($"credit-requests/{request}/deny"))).Expect(HttpStatusCode.Conflict);
        Assert.Equal(300m, (await MemberAsync(Lab.Member("katherine").MemberId)).Dec("credits"));
    }

    [Fact]
    public async Task Approving_when_the_pool_is_short_is_409_and_leaves_it_pending()
    {
        var big = (await InOrg("katherine").Post("billing/credits/requests", new { amount = 20_000m })).Data.Str("id");

        (await InOrg("ada").Post(OrgPath($"credit-requests/{big}/approve"))).Expect(HttpStatusCode.Conflict);

        Assert.Equal(2, (await InOrg("ada").Get(OrgPath("credit-requests?status=pending"))).Data.GetArrayLength());
        (await InOrg("ada").Post(OrgPath($"credit-requests/{big}/approve"), new { amount = 12_500m })).Ok();
    }

    [Fact]
    public async Task A_denied_request_moves_nothing()
    {
        var denied = (await InOrg("ada").Post(OrgPath($"credit-requests/{await PendingRequestAsync()}/deny"))).Ok().Data;

        Assert.Equal("denied", denied.Str("status"));
        Assert.Equal(JsonValueKind.Null, denied.GetProperty("approvedAmount").ValueKind);
        Assert.Equal(12_500m, await PoolAsync());
    }

    private async Task<string> PendingRequestAsync()
        => (await InOrg("ada").Get(OrgPath("credit-requests?status=pending"))).Ok().Data[0].Str("id");
}
