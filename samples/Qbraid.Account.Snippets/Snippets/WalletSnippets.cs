using Qbraid.Account.Billing;
using Qbraid.Account.Wallet;

namespace Qbraid.Account.Snippets.Snippets;

internal static class WalletSnippets
{
    public static async Task Personal(IQbraidAccountClient client)
    {
        // begin-snippet: wallet-balance
        IPersonalWalletClient wallet = client.Personal.Wallet;

        CreditBalance balance = await wallet.GetBalanceAsync();
        Console.WriteLine($"{balance.QbraidCredits} credits (1 credit = $0.01), auto-recharge {balance.AutoRecharge}");

        WalletOverview overview = await wallet.GetOverviewAsync();
        foreach (DailyCredits day in overview.Last7Days)
            Console.WriteLine($"{day.Date:d}: {day.Credits}");
        // end-snippet

        // begin-snippet: wallet-buy-credits
        CreditPricing pricing = await wallet.GetPricingAsync();
        Console.WriteLine($"{pricing.CreditsPerUsd} credits per dollar");

        // Creates a Stripe checkout session: send the user to CheckoutUrl to pay.
        CheckoutSession checkout = await wallet.CreateCreditCheckoutAsync(new CreditCheckoutRequest(amountUsd: 25m));
        Console.WriteLine($"pay at {checkout.CheckoutUrl} for {checkout.Credits} credits");
        // end-snippet

        // begin-snippet: wallet-payments
        await foreach (Payment payment in wallet.ListPaymentsAsync(new PaymentListOptions { PageSize = 50 }))
            Console.WriteLine($"{payment.CreatedAt:d} {payment.Description} ${payment.AmountUsd} {payment.Status}");
        // end-snippet

        // begin-snippet: wallet-plan
        PersonalSubscription plan = await wallet.GetSubscriptionAsync();
        Console.WriteLine($"plan: {plan.Tier} ({plan.Status})");

        CheckoutSession upgrade = await wallet.CreateSubscriptionCheckoutAsync(
            new SubscriptionCheckoutRequest(SubscriptionTier.Pro, BillingInterval.Annual));
        Console.WriteLine($"upgrade at {upgrade.CheckoutUrl}");

        // The Stripe customer portal: invoices, payment methods, cancellation.
        PortalSession portal = await wallet.CreatePortalSessionAsync(returnUrl: "https://example.com/account");
        Console.WriteLine(portal.Url);
        // end-snippet
    }

    public static async Task Member(IQbraidAccountClient client, string organizationId)
    {
        // begin-snippet: wallet-request-credits
        // In an organization, your wallet holds what the admins gave you; ask them for more.
        IMemberWalletClient wallet = client.Organization(organizationId).Wallet;

        CreditBalance mine = await wallet.GetBalanceAsync();
        Console.WriteLine($"{mine.QbraidCredits} credits to spend in this organization");

        CreditRequest request = await wallet.RequestCreditsAsync(new RequestCreditsRequest(500m, "GPU run for the VQE benchmark"));
        Console.WriteLine($"request {request.Id}: {request.Status}");

        await foreach (CreditRequest past in wallet.ListCreditRequestsAsync())
            Console.WriteLine($"{past.CreatedAt:d} {past.Amount} {past.Status}");
        // end-snippet
    }
}
