using Qbraid.Account.Organizations.Credits;
using Qbraid.Account.Tests.Infrastructure;
using WireMock.ResponseBuilders;

namespace Qbraid.Account.Tests.Organizations.Credits;

public sealed class TransferTests : WireMockTestBase
{
    private const string Path = "/organizations/" + OrgId + "/credits/transfers";
    private const string Alice = "64b7f0c2a1d3e4f5a6b7c8d9";
    private const string Bob = "64b7f0c2a1d3e4f5a6b7c8da";

    private const string Transfer = """
        {"id":"6561a0b1c2d3e4f5a6b7c8d9","recipients":[{"memberId":"64b7f0c2a1d3e4f5a6b7c8d9","amount":250},{"memberId":"64b7f0c2a1d3e4f5a6b7c8da","amount":250}],
         "total":500,"createdAt":"2026-11-25T13:49:52Z"}
        """;

    [Fact]
    public async Task Transfer_to_members_posts_the_recipients_and_reads_the_transfer()
    {
        GivenData("POST", Path, Transfer, status: 201);

        var transfer = await Org.Credits.TransferAsync(TransferCreditsRequest.ToMembers([Alice, Bob], 250m, message: "For the GPU run"));

        Assert.Equal("6561a0b1c2d3e4f5a6b7c8d9", transfer.Id);
        Assert.Equal(500m, transfer.Total);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 13, 49, 52, TimeSpan.Zero), transfer.CreatedAt);
        Assert.Equal([Alice, Bob], transfer.Recipients.Select(r => r.MemberId));
        Assert.All(transfer.Recipients, r => Assert.Equal(250m, r.Amount));
        var request = SingleRequest();
        Assert.Equal("POST", request.RequestMessage!.Method);
        Assert.Equal(P(Path), request.RequestMessage!.AbsolutePath);
        AssertWorkspaceHeaders(request, OrgId);
        BillingAreaAssert.GeneratedIdempotencyKey(request);
        BillingAreaAssert.JsonBody(request, $$"""
            {"recipients":["{{Alice}}","{{Bob}}"],"amountPerMember":250,"creditType":"org_allocated","message":"For the GPU run"}
            """);
    }

    [Fact]
    public async Task Transfer_to_all_members_sends_all_true_and_no_recipients()
    {
        GivenData("POST", Path, Transfer, status: 201);

        await Org.Credits.TransferAsync(TransferCreditsRequest.ToAllMembers(100m, CreditType.Promo), idempotencyKey: "welcome-bonus");

        var request = SingleRequest();
        Assert.Equal("welcome-bonus", Header(request, "Idempotency-Key"));
        BillingAreaAssert.JsonBody(request, """{"all":true,"amountPerMember":100,"creditType":"promo"}""");
    }

    [Fact]
    public async Task Transfer_larger_than_the_pool_is_a_conflict_and_is_not_retried()
    {
        Given("POST", Path, 409, """{"success":false,"message":"Insufficient credits in the organization pool.","error":{"code":"POOL_TOO_SMALL"}}""",
            r => r.WithHeader("X-Request-Id", "req-409"));

        var ex = await Assert.ThrowsAsync<QbraidConflictException>(
            () => Org.Credits.TransferAsync(TransferCreditsRequest.ToMembers([Alice], 1_000_000m)));

        Assert.Equal(409, ex.StatusCode);
        Assert.Equal("POOL_TOO_SMALL", ex.ErrorCode);
        Assert.Equal("req-409", ex.RequestId);
        Assert.Contains("Insufficient credits", ex.Message);
        Assert.Single(Requests);
    }

    [Fact]
    public async Task Transfer_retried_after_a_503_resends_the_same_idempotency_key()
    {
        Server.Given(Request("POST", Path)).InScenario("flaky").WillSetStateTo("up")
            .RespondWith(Response.Create().WithStatusCode(503));
        Server.Given(Request("POST", Path)).InScenario("flaky").WhenStateIs("up")
            .RespondWith(Response.Create().WithStatusCode(201).WithHeader("Content-Type", "application/json").WithBody(Envelope(Transfer)));

        var transfer = await Org.Credits.TransferAsync(TransferCreditsRequest.ToMembers([Alice, Bob], 250m));

        Assert.Equal(500m, transfer.Total);
        var keys = Requests.Select(BillingAreaAssert.GeneratedIdempotencyKey).ToList();
        Assert.Equal(2, keys.Count);
        Assert.Equal(keys[0], keys[1]);
    }

    public static TheoryData<string, string> BadRequests => new()
    {
        { "both", "request" },
        { "neither", "request" },
        { "empty", "request.Recipients" },
        { "bad-id", "request.Recipients" },
        { "duplicate", "request.Recipients" },
        { "zero-amount", "request.AmountPerMember" },
        { "negative-amount", "request.AmountPerMember" },
        { "unset-credit-type", "request.CreditType" },
        { "blank-message", "request.Message" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Transfer_rejects_a_bad_request_before_sending(string @case, string paramName)
    {
        var request = @case switch
        {
            "both" => TransferCreditsRequest.ToMembers([Alice], 10m) with { All = true },
            "neither" => new TransferCreditsRequest { AmountPerMember = 10m },
            "empty" => TransferCreditsRequest.ToMembers([], 10m),
            "bad-id" => TransferCreditsRequest.ToMembers([Alice, "not-an-id"], 10m),
            // Ids are hex: the same id in another case is the same member.
            "duplicate" => TransferCreditsRequest.ToMembers([Alice, Bob, Alice.ToUpperInvariant()], 10m),
            "zero-amount" => TransferCreditsRequest.ToAllMembers(0m),
            "negative-amount" => TransferCreditsRequest.ToMembers([Alice], -1m),
            "unset-credit-type" => TransferCreditsRequest.ToAllMembers(10m) with { CreditType = default },
            "blank-message" => TransferCreditsRequest.ToAllMembers(10m) with { Message = " " },
            _ => throw new InvalidOperationException(@case),
        };

        var ex = await Assert.ThrowsAnyAsync<ArgumentException>(() => Org.Credits.TransferAsync(request));

        Assert.Equal(paramName, ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public async Task Transfer_rejects_a_null_request()
    {
        var ex = await Assert.ThrowsAsync<ArgumentNullException>(() => Org.Credits.TransferAsync(null!));

        Assert.Equal("request", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    [Fact]
    public void ToMembers_copies_the_ids_and_defaults_to_org_allocated()
    {
        var ids = new List<string> { Alice };

        var request = TransferCreditsRequest.ToMembers(ids, 5m);
        ids.Add(Bob);

        Assert.Equal([Alice], request.Recipients!);
        Assert.False(request.All);
        Assert.Equal(CreditType.OrgAllocated, request.CreditType);
        Assert.Equal("org_allocated", request.CreditType.ToString());
    }
}
