using Qbraid.Account.Billing;
using Qbraid.Account.Organizations.Credits;
using Qbraid.Account.Organizations.Transactions;
using Qbraid.Account.Wallet;

namespace Qbraid.Account.ScenarioTests.Organizations.Credits;

/// <summary>A member asks; an admin approves all or part (the member's balance grows by that much) or denies.</summary>
public class CreditRequestTests : ScenarioTest
{
    private string KatherineId => Lab.Member(Katherine).MemberId;

    [Fact]
    public async Task A_request_approved_in_part_grows_the_members_balance_by_the_approved_amount()
    {
        var request = await InOrg(Katherine).Wallet.RequestCreditsAsync(new RequestCreditsRequest(400m, "Error mitigation study"));
        Assert.Equal(CreditRequestStatus.Pending, request.Status);
        var balance = (await InOrg(Katherine).Wallet.GetBalanceAsync()).QbraidCredits;

        var approved = await InOrg(Ada).Credits.ApproveRequestAsync(request.Id, amount: 250m, note: "Half now, more next month");

        Assert.Equal(CreditRequestStatus.Approved, approved.Status);
        Assert.Equal(250m, approved.ApprovedAmount);
        Assert.Equal(400m, approved.Amount);
        Assert.Equal("Half now, more next month", approved.DecisionNote);
        Assert.Equal("Ada Lovelace", approved.DecidedBy);
        Assert.NotNull(approved.DecidedAt);
        Assert.Equal(balance + 250m, (await InOrg(Katherine).Wallet.GetBalanceAsync()).QbraidCredits);
        Assert.Equal(12_500m - 250m, await PoolAsync());
        var mine = await InOrg(Katherine).Wallet.ListCreditRequestsAsync(new MemberCreditRequestListOptions { Status = CreditRequestStatus.Approved }).ToListAsync();
        Assert.Equal(250m, Assert.Single(mine, r => r.Id == request.Id).ApprovedAmount);
        var written = Assert.Single(await NewTransactionsAsync(TransactionType.RequestApproval));
        Assert.Equal(250m, written.Amount);
        Assert.Equal(KatherineId, written.To!.Id);
    }

    [Fact]
    public async Task Approval_without_an_amount_grants_everything_requested()
    {
        var seeded = Assert.Single(await InOrg(Ada).Credits.ListRequestsAsync(new CreditRequestListOptions { Status = CreditRequestStatus.Pending }).ToListAsync());
        Assert.Equal(KatherineId, seeded.RequestedBy!.MemberId);

        var approved = await InOrg(Ada).Credits.ApproveRequestAsync(seeded.Id);

        Assert.Equal(seeded.Amount, approved.ApprovedAmount);
        Assert.Equal(300m + seeded.Amount, (await MemberAsync(KatherineId)).Credits);
        Assert.Empty(await InOrg(Ada).Credits.ListRequestsAsync(new CreditRequestListOptions { Status = CreditRequestStatus.Pending }).ToListAsync());
    }

    [Fact]
    public async Task Approving_more_than_requested_is_refused_by_the_server()
    {
        var request = await InOrg(Katherine).Wallet.RequestCreditsAsync(new RequestCreditsRequest(100m));

        var ex = await Assert.ThrowsAsync<QbraidValidationException>(() => InOrg(Ada).Credits.ApproveRequestAsync(request.Id, amount: 100.5m));

        Assert.Contains("amount", ex.FieldErrors.Keys);
        Assert.Equal(300m, (await MemberAsync(KatherineId)).Credits);
        Assert.Equal(12_500m, await PoolAsync());
    }

    [Fact]
    public async Task A_denied_request_moves_nothing_and_can_no_longer_be_approved()
    {
        var request = await InOrg(Katherine).Wallet.RequestCreditsAsync(new RequestCreditsRequest(1_000m, "Everything"));

        var denied = await InOrg(Ada).Credits.DenyRequestAsync(request.Id, "Not this quarter");

        Assert.Equal(CreditRequestStatus.Denied, denied.Status);
        Assert.Equal("Not this quarter", denied.DecisionNote);
        Assert.Null(denied.ApprovedAmount);
        await Assert.ThrowsAsync<QbraidConflictException>(() => InOrg(Ada).Credits.ApproveRequestAsync(request.Id));
        Assert.Equal(300m, (await MemberAsync(KatherineId)).Credits);
        Assert.Equal(12_500m, await PoolAsync());
        var deniedList = await InOrg(Ada).Credits.ListRequestsAsync(new CreditRequestListOptions { Status = CreditRequestStatus.Denied }).ToListAsync();
        Assert.Contains(deniedList, r => r.Id == request.Id);
        Assert.Empty(await NewTransactionsAsync());
    }

    [Fact]
    public async Task An_approved_request_cannot_be_decided_again()
    {
        var request = await InOrg(Katherine).Wallet.RequestCreditsAsync(new RequestCreditsRequest(10m));
        await InOrg(Ada).Credits.ApproveRequestAsync(request.Id);

        await Assert.ThrowsAsync<QbraidConflictException>(() => InOrg(Ada).Credits.ApproveRequestAsync(request.Id));
        await Assert.ThrowsAsync<QbraidConflictException>(() => InOrg(Ada).Credits.DenyRequestAsync(request.Id));

        Assert.Equal(310m, (await MemberAsync(KatherineId)).Credits);
    }
}

public class CreditRequestShortPoolTests : ScenarioTest
{
    protected override Action<SandboxSeedBuilder> Seed => seed => seed
        .User("ada")
        .Organization("lab", o => o.Owner("ada").Member("bob", SandboxRole.Member).Pool(50m).CreditRequest("bob", 80m));

    [Fact]
    public async Task Approving_more_than_the_pool_holds_is_a_conflict()
    {
        var request = Assert.Single(await InOrg("ada").Credits.ListRequestsAsync().ToListAsync());

        await Assert.ThrowsAsync<QbraidConflictException>(() => InOrg("ada").Credits.ApproveRequestAsync(request.Id));

        var approvedInPart = await InOrg("ada").Credits.ApproveRequestAsync(request.Id, amount: 50m);
        Assert.Equal(50m, approvedInPart.ApprovedAmount);
        Assert.Equal(0m, await PoolAsync());
        Assert.Equal(50m, (await InOrg("bob").Wallet.GetBalanceAsync()).QbraidCredits);
    }
}
