using Qbraid.Account.Tests.Infrastructure;
using Qbraid.Account.Wallet;
using WireMock.ResponseBuilders;

namespace Qbraid.Account.Tests.Billing;

public sealed class PaymentsTests : WireMockTestBase
{
    private static string PaymentJson(string id, string status, string credits = "2500") => $$"""
        {"id":"{{id}}","createdAt":"2026-11-01T12:00:00Z","description":"2,500 credits","amountUsd":25,"credits":{{credits}},
         "status":"{{status}}","receiptUrl":"https://pay.stripe.com/receipts/{{id}}"}
        """;

    [Fact]
    public async Task List_walks_three_pages_and_stops_at_the_last()
    {
        GivenPage(1, $"[{PaymentJson("pay_1", "succeeded")},{PaymentJson("pay_2", "refunded")}]", """{"page":1,"limit":2,"total":5,"totalPages":3}""");
        GivenPage(2, $"[{PaymentJson("pay_3", "pending")},{PaymentJson("pay_4", "failed")}]", """{"page":2,"limit":2,"total":5,"totalPages":3}""");
        GivenPage(3, $"[{PaymentJson("pay_5", "disputed", "null")}]", """{"page":3,"limit":2,"total":5,"totalPages":3}""");

        var payments = await Personal.Wallet.ListPaymentsAsync(new PaymentListOptions { PageSize = 2 }).ToListAsync();

        Assert.Equal(["pay_1", "pay_2", "pay_3", "pay_4", "pay_5"], payments.Select(p => p.Id));
        Assert.Equal(PaymentStatus.Succeeded, payments[0].Status);
        Assert.Equal(PaymentStatus.Refunded, payments[1].Status);
        Assert.Equal(PaymentStatus.Pending, payments[2].Status);
        Assert.Equal(PaymentStatus.Failed, payments[3].Status);
        Assert.Equal("disputed", payments[4].Status.Value); // an unknown status reads fine
        Assert.Equal(25m, payments[0].AmountUsd);
        Assert.Equal(2500m, payments[0].Credits);
        Assert.Null(payments[4].Credits);
        Assert.Equal("https://pay.stripe.com/receipts/pay_1", payments[0].ReceiptUrl);
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero), payments[0].CreatedAt);
        var entries = Requests.ToList();
        Assert.Equal(["1", "2", "3"], entries.Select(e => Query(e, "page")));
        Assert.All(entries, e =>
        {
            Assert.Equal("GET", e.RequestMessage!.Method);
            Assert.Equal("2", Query(e, "limit"));
            AssertWorkspaceHeaders(e, organizationId: null);
        });
    }

    [Fact]
    public async Task List_is_lazy_and_uses_the_default_page_size()
    {
        GivenPage(1, $"[{PaymentJson("pay_1", "succeeded")}]", """{"page":1,"limit":50,"total":1,"totalPages":1}""");

        var pageable = Personal.Wallet.ListPaymentsAsync();
        Assert.Empty(Server.LogEntries);

        var pages = new List<Page<Payment>>();
        await foreach (var page in pageable.AsPagesAsync())
            pages.Add(page);

        Assert.Single(pages);
        Assert.Equal(1, pages[0].TotalCount);
        Assert.Equal("50", Query(SingleRequest(), "limit"));
    }

    [Fact]
    public async Task List_with_a_server_error_throws_a_server_exception()
    {
        Given("GET", "/billing/payments", 500, "<html>oops</html>");

        await Assert.ThrowsAsync<QbraidServerException>(() => Personal.Wallet.ListPaymentsAsync().ToListAsync());
    }

    [Fact]
    public void List_with_a_bad_page_size_fails_before_any_request()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Personal.Wallet.ListPaymentsAsync(new PaymentListOptions { PageSize = 0 }));

        Assert.Equal("options.PageSize", ex.ParamName);
        Assert.Empty(Server.LogEntries);
    }

    private void GivenPage(int page, string itemsJson, string paginationJson)
        => Server.Given(Request("GET", "/billing/payments").WithParam("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(Envelope(itemsJson, paginationJson)));
}
