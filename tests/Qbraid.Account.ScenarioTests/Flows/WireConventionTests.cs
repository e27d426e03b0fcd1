using Qbraid.Account.ApiKeys;
using Qbraid.Account.Billing;
using Qbraid.Account.Organizations.Credits;
using Qbraid.Account.Organizations.InviteCodes;
using Qbraid.Account.Organizations.Members;
using Qbraid.Account.Wallet;

namespace Qbraid.Account.ScenarioTests.Flows;

/// <summary>
/// The contract's conventions as the sandbox saw them: every POST that creates something or moves
/// credits or money carries its own UUID <c>Idempotency-Key</c>, the others none; every request
/// carries the key; organization paths carry <c>X-Organization-Id</c>.
/// </summary>
public class WireConventionTests : ScenarioTest
{
    private static readonly string[] Idempotent =
    [
        "/users/me/deletion-request", "/api-keys", "/api-keys/*/rotate", "/billing/credits/checkout", "/billing/subscription/checkout",
        "/billing/credits/requests", "/organizations/*/invitations", "/organizations/*/invitations/bulk", "/organizations/*/seats/assignments",
        "/organizations/*/credits/checkout", "/organizations/*/credits/transfers", "/organizations/*/credit-requests/*/approve",
        "/organizations/*/subscription/checkout", "/invitations/*/accept", "/organizations/*/invite-codes", "/organizations/join",
    ];

    private static readonly string[] NotIdempotent =
    [
        "/billing/portal", "/organizations/*/members/*/suspend", "/organizations/*/members/*/reactivate",
        "/organizations/*/credit-requests/*/deny", "/organizations/*/subscription/cancel", "/invitations/*/decline", "/organizations/*/leave",
    ];

    // The default world plus an organization without a team plan.
    protected override Action<SandboxSeedBuilder> Seed => seed =>
    {
        SandboxSeed.Default(seed);
        seed.Organization("garage", o => o.Owner(Ada));
    };

    [Fact]
    public async Task Every_post_carries_an_idempotency_key_exactly_when_the_contract_says()
    {
        await EveryPostAsync();

        var posts = Sandbox.Requests.Where(r => r.Method == "POST").ToList();
        Assert.All(Idempotent.Concat(NotIdempotent), template => Assert.True(posts.Any(r => Matches(template, r.Path)), $"no POST {template} was made"));
        Assert.All(posts, post =>
        {
            if (Idempotent.Any(t => Matches(t, post.Path)))
                Assert.True(Guid.TryParse(post.IdempotencyKey, out _), $"POST {post.Path} has no UUID Idempotency-Key");
            else
                Assert.True(post.IdempotencyKey is null, $"POST {post.Path} should carry no Idempotency-Key");
        });
        Assert.Equal(posts.Count(p => p.IdempotencyKey is not null), posts.Select(p => p.IdempotencyKey).OfType<string>().Distinct().Count());
        Assert.All(posts, p => Assert.True(p.StatusCode is >= 200 and < 300, $"POST {p.Path} answered {p.StatusCode}"));
    }

    [Fact]
    public async Task Every_request_carries_the_key_and_organization_paths_their_workspace()
    {
        await EveryPostAsync();

        Assert.All(Sandbox.Requests, r => Assert.True(r.HadApiKey));
        var scoped = Sandbox.Requests.Where(r => r.Path.StartsWith($"/organizations/{Lab.Id}/", StringComparison.Ordinal) && !r.Path.EndsWith("/leave", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(scoped);
        Assert.All(scoped, r => Assert.Equal(Lab.Id, r.OrganizationId));
        Assert.All(Sandbox.Requests.Where(r => r.Path.StartsWith("/users/", StringComparison.Ordinal) || r.Path.StartsWith("/invitations/", StringComparison.Ordinal)),
            r => Assert.Null(r.OrganizationId));
    }

    private async Task EveryPostAsync()
    {
        var me = Personal(Ada);
        var lab = InOrg(Ada);
        var katherine = Lab.Member(Katherine).MemberId;

        await me.Profile.RequestDeletionAsync();
        var key = await me.ApiKeys.CreateAsync(new CreateApiKeyRequest("conventions"));
        await me.ApiKeys.RotateAsync(key.Id);
        await me.Wallet.CreateCreditCheckoutAsync(new CreditCheckoutRequest(5m));
        await me.Wallet.CreateSubscriptionCheckoutAsync(new SubscriptionCheckoutRequest(SubscriptionTier.Pro, BillingInterval.Monthly));
        await me.Wallet.CreatePortalSessionAsync();

        var request = await InOrg(Katherine).Wallet.RequestCreditsAsync(new RequestCreditsRequest(5m));
        var other = await InOrg(Katherine).Wallet.RequestCreditsAsync(new RequestCreditsRequest(6m));
        await lab.Credits.ApproveRequestAsync(request.Id);
        await lab.Credits.DenyRequestAsync(other.Id);
        await lab.Credits.TransferAsync(TransferCreditsRequest.ToMembers([katherine], 1m));
        await lab.Credits.CreateCheckoutAsync(new CreditCheckoutRequest(5m));
        await lab.Seats.RevokeAsync(katherine);
        await lab.Seats.AssignAsync(katherine);
        await lab.Members.SuspendAsync(katherine);
        await lab.Members.ReactivateAsync(katherine);

        var lin = await Sandbox.CreateUserAsync("lin");
        var mo = await Sandbox.CreateUserAsync("mo");
        var toLin = await lab.Members.InviteAsync(new InviteMemberRequest { Email = lin.Email });
        var bulk = await lab.Members.BulkInviteAsync([new BulkInvitationEntry(mo.Email, MemberRole.Member)]);
        await Client(lin.ApiKey).Personal.Invitations.AcceptAsync(toLin.Id);
        await Client(mo.ApiKey).Personal.Invitations.DeclineAsync(bulk.Invited[0].Id);
        var code = await lab.InviteCodes.CreateAsync(new CreateInviteCodeRequest());
        await Client(mo.ApiKey).Personal.Invitations.JoinByCodeAsync(code.Code);
        await Client(mo.ApiKey).Personal.Profile.LeaveOrganizationAsync(Lab.Id);

        await lab.Subscription.CancelAsync();
        // A team plan checkout needs an organization without a plan.
        await InOrg(Ada, Sandbox.Seed.Organization("garage")).Subscription.CreateCheckoutAsync(SubscriptionTier.Pro, BillingInterval.Monthly, 2);
    }

    private static bool Matches(string template, string path)
    {
        var t = template.Split('/');
        var p = path.Split('/');
        return t.Length == p.Length && t.Zip(p).All(x => x.First == "*" || string.Equals(x.First, x.Second, StringComparison.Ordinal));
    }
}
