using Qbraid.Account.Billing;
using Qbraid.Account.Organizations.Subscription;
using Qbraid.Account.Organizations.Transactions;

namespace Qbraid.Account.ScenarioTests.Organizations.Seats;

public class SeatTests : ScenarioTest
{
    // Two seats, both taken; "bob" has none. Assigning a seat moves 50 credits from the pool.
    protected override Action<SandboxSeedBuilder> Seed => seed => seed
        .User("ada")
        .Organization("lab", o => o
            .Owner("grace", seat: true)
            .Member("ada", SandboxRole.Admin, seat: true)
            .Member("bob", SandboxRole.Member, credits: 10m)
            .Member("cy", SandboxRole.Member)
            .Subscription(SandboxTier.Standard, seats: 2)
            .Pool(1_000m)
            .MemberDefaults(seatAssignmentCredits: 50m));

    private string Bob => Lab.Member("bob").MemberId;

    [Fact]
    public async Task The_summary_counts_the_seats()
    {
        var seats = await InOrg("bob").Seats.GetAsync();

        Assert.Equal(SubscriptionTier.Standard, seats.Tier);
        Assert.Equal(2, seats.Total);
        Assert.Equal(2, seats.Assigned);
        Assert.Equal(0, seats.Available);
        Assert.Equal(new[] { Lab.Owner.MemberId, Lab.Member("ada").MemberId }.Order(), seats.Assignments.Select(a => a.MemberId).Order());
    }

    [Fact]
    public async Task Assigning_when_no_seat_is_free_is_a_conflict_and_moves_nothing()
    {
        var ex = await Assert.ThrowsAsync<QbraidConflictException>(() => InOrg("ada").Seats.AssignAsync(Bob));

        Assert.Equal(409, ex.StatusCode);
        Assert.Null((await MemberAsync(Bob)).Seat);
        Assert.Equal(10m, (await MemberAsync(Bob)).Credits);
        Assert.Equal(1_000m, await PoolAsync());
        Assert.Empty(await NewTransactionsAsync());
    }

    [Fact]
    public async Task Assigning_a_seat_moves_the_seat_credits_from_the_pool_to_the_member()
    {
        await InOrg("ada").Subscription.UpdateAsync(new UpdateSubscriptionRequest { Seats = 3 });

        var assignment = await InOrg("ada").Seats.AssignAsync(Bob);

        Assert.Equal(Bob, assignment.MemberId);
        var bob = await MemberAsync(Bob);
        Assert.Equal(SubscriptionTier.Standard, bob.Seat!.Tier);
        Assert.Equal(60m, bob.Credits);
        Assert.Equal(60m, (await InOrg("bob").Wallet.GetBalanceAsync()).QbraidCredits);
        Assert.Equal(950m, await PoolAsync());
        var seats = await InOrg("ada").Seats.GetAsync();
        Assert.Equal(3, seats.Assigned);
        Assert.Equal(0, seats.Available);
        var credit = Assert.Single(await NewTransactionsAsync(TransactionType.SeatAllocation));
        Assert.Equal(50m, credit.Amount);
        Assert.Equal(Bob, credit.To!.Id);
    }

    [Fact]
    public async Task Revoking_a_seat_frees_it_and_the_member_keeps_their_credits()
    {
        await InOrg("ada").Subscription.UpdateAsync(new UpdateSubscriptionRequest { Seats = 3 });
        await InOrg("ada").Seats.AssignAsync(Bob);

        await InOrg("ada").Seats.RevokeAsync(Bob);

        var bob = await MemberAsync(Bob);
        Assert.Null(bob.Seat);
        Assert.Equal(60m, bob.Credits);
        Assert.Equal(950m, await PoolAsync());
        var seats = await InOrg("ada").Seats.GetAsync();
        Assert.Equal(1, seats.Available);
        Assert.DoesNotContain(seats.Assignments, a => a.MemberId == Bob);
        Assert.Empty(await NewTransactionsAsync(TransactionType.RefundToPool));
    }

    [Fact]
    public async Task A_freed_seat_can_go_to_someone_else()
    {
        var ada = Lab.Member("ada").MemberId;
        await InOrg("grace").Seats.RevokeAsync(ada);

        await InOrg("grace").Seats.AssignAsync(Bob);

        await Assert.ThrowsAsync<QbraidConflictException>(() => InOrg("grace").Seats.AssignAsync(Lab.Member("cy").MemberId));
        Assert.NotNull((await MemberAsync(Bob)).Seat);
        Assert.Null((await MemberAsync(ada)).Seat);
    }
}
