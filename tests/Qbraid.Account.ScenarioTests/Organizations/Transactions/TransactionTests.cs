using Qbraid.Account.Organizations.Transactions;

namespace Qbraid.Account.ScenarioTests.Organizations.Transactions;

/// <summary>The seeded ledger of 300 transactions, read through the SDK's filters and paging.</summary>
public class TransactionTests(SharedWorld shared) : ReadOnlyScenarioTest(shared)
{
    [Fact]
    public async Task The_whole_ledger_is_listed_newest_first_across_pages()
    {
        var before = Requests("GET", "/organizations/{orgId}/transactions");

        var all = await InOrg(Alan).Transactions.ListAsync(new TransactionListOptions { PageSize = 100 }).ToListAsync();

        Assert.Equal(300, all.Count);
        Assert.Equal(300, all.Select(t => t.Id).Distinct().Count());
        Assert.Equal(all.OrderByDescending(t => t.CreatedAt).Select(t => t.Id), all.Select(t => t.Id));
        Assert.Equal(3, Requests("GET", "/organizations/{orgId}/transactions") - before);
        Assert.All(all, t => Assert.True(t.Amount > 0));
    }

    [Fact]
    public async Task The_type_filter_returns_only_that_type()
    {
        var all = await InOrg(Ada).Transactions.ListAsync().ToListAsync();

        var purchases = await InOrg(Ada).Transactions.ListAsync(new TransactionListOptions { Type = TransactionType.Purchase }).ToListAsync();

        Assert.NotEmpty(purchases);
        Assert.All(purchases, t => Assert.Equal(TransactionType.Purchase, t.Type));
        Assert.Equal(all.Where(t => t.Type == TransactionType.Purchase).Select(t => t.Id), purchases.Select(t => t.Id));
    }

    [Fact]
    public async Task The_member_filter_returns_the_movements_to_or_from_that_member()
    {
        var katherine = Lab.Member(Katherine).MemberId;

        var hers = await InOrg(Ada).Transactions.ListAsync(new TransactionListOptions { MemberId = katherine }).ToListAsync();

        Assert.NotEmpty(hers);
        Assert.All(hers, t => Assert.True(t.From!.Id == katherine || t.To!.Id == katherine));
    }

    [Fact]
    public async Task The_date_filters_bound_the_period()
    {
        var all = await InOrg(Ada).Transactions.ListAsync().ToListAsync();
        var from = all[200].CreatedAt!.Value;
        var to = all[100].CreatedAt!.Value;

        var window = await InOrg(Ada).Transactions.ListAsync(new TransactionListOptions { From = from, To = to }).ToListAsync();

        Assert.All(window, t => Assert.InRange(t.CreatedAt!.Value, from, to));
        Assert.Equal(all.Count(t => t.CreatedAt >= from && t.CreatedAt <= to), window.Count);
        Assert.InRange(window.Count, 101, 300);
    }

    [Fact]
    public async Task Filters_combine()
    {
        var katherine = Lab.Member(Katherine).MemberId;
        var hers = await InOrg(Ada).Transactions.ListAsync(new TransactionListOptions { MemberId = katherine }).ToListAsync();
        var type = hers.GroupBy(t => t.Type).OrderByDescending(g => g.Count()).First().Key;

        var filtered = await InOrg(Ada).Transactions.ListAsync(new TransactionListOptions { MemberId = katherine, Type = type }).ToListAsync();

        Assert.Equal(hers.Where(t => t.Type == type).Select(t => t.Id), filtered.Select(t => t.Id));
    }
}

/// <summary>Every credit movement writes one transaction per recipient.</summary>
public class LedgerTests : ScenarioTest
{
    [Fact]
    public async Task Every_credit_movement_writes_its_transactions()
    {
        var lab = InOrg(Ada);
        var alan = Lab.Member(Alan).MemberId;
        var katherine = Lab.Member(Katherine).MemberId;
        var lin = await Sandbox.CreateUserAsync("lin");

        // A purchase landing, a transfer to two members, an accepted invitation (with its auto-assigned
        // seat credits), an approved request and a removal's refund.
        var checkout = await lab.Credits.CreateCheckoutAsync(new global::Qbraid.Account.Wallet.CreditCheckoutRequest(10m));
        await Sandbox.CompleteCheckoutAsync(checkout.SessionId);
        await lab.Credits.TransferAsync(global::Qbraid.Account.Organizations.Credits.TransferCreditsRequest.ToMembers([alan, katherine], 5m));
        var invitation = await lab.Members.InviteAsync(new global::Qbraid.Account.Organizations.Members.InviteMemberRequest { Email = lin.Email, Credits = 30m });
        var membership = await Client(lin.ApiKey).Personal.Invitations.AcceptAsync(invitation.Id);
        var request = await InOrg(Katherine).Wallet.RequestCreditsAsync(new global::Qbraid.Account.Wallet.RequestCreditsRequest(20m));
        await lab.Credits.ApproveRequestAsync(request.Id);
        await lab.Members.RemoveAsync(alan);

        var written = await NewTransactionsAsync();

        Assert.Equal(
            ["refund_to_pool", "request_approval", "seat_allocation", "invite_allocation", "transfer", "transfer", "purchase"],
            written.Select(t => t.Type.Value));
        Assert.Equal([805m, 20m, 100m, 30m, 5m, 5m, 1_000m], written.Select(t => t.Amount));
        Assert.Equal(membership.MemberId, written[2].To!.Id);
        Assert.Equal(membership.MemberId, written[3].To!.Id);
        Assert.Equal(12_500m + 1_000m - 10m - 30m - 100m - 20m + 805m, await PoolAsync());
    }
}
