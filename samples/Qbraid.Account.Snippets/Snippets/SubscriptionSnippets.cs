using Qbraid.Account.Billing;
using Qbraid.Account.Organizations.Subscription;

namespace Qbraid.Account.Snippets.Snippets;

internal static class SubscriptionSnippets
{
    public static async Task GetChangeCancel(IQbraidAccountClient client, string organizationId)
    {
        // begin-snippet: subscription
        IOrganizationSubscriptionClient subscription = client.Organization(organizationId).Subscription;

        OrganizationSubscription? plan = await subscription.GetAsync();   // null: no team plan yet
        if (plan is null)
        {
            // A team plan has at least 2 seats; the user pays at CheckoutUrl.
            CheckoutSession checkout = await subscription.CreateCheckoutAsync(SubscriptionTier.Standard, BillingInterval.Monthly, seats: 5);
            Console.WriteLine($"pay at {checkout.CheckoutUrl}");
        }
        else
        {
            Console.WriteLine($"{plan.Tier} {plan.Interval}, {plan.Seats} seats, renews {plan.CurrentPeriodEnd:d}");

            // PATCH: only what you set changes.
            plan = await subscription.UpdateAsync(new UpdateSubscriptionRequest { Seats = plan.Seats + 2 });
            Console.WriteLine($"now {plan.Seats} seats");
        }
        // end-snippet

        // begin-snippet: subscription-cancel
        // Cancels at the end of the paid period; until then everything keeps working.
        OrganizationSubscription canceled = await subscription.CancelAsync();
        Console.WriteLine($"ends {canceled.CurrentPeriodEnd:d} (cancel at period end: {canceled.CancelAtPeriodEnd})");
        // end-snippet
    }
}
