using Qbraid.Account.Common;

namespace Qbraid.Account.Billing;

/// <summary>
/// What a personal or team plan request may carry, checked the same way in both workspaces: the
/// contract sells only standard and pro, billed monthly or annually; the server would answer 400.
/// </summary>
internal static class BillingRules
{
    public static void PaidTier(SubscriptionTier tier, string paramName)
    {
        Guard.WireValue(tier.Value, paramName);
        Guard.OneOf(tier, paramName, SubscriptionTier.Standard, SubscriptionTier.Pro);
    }

    public static void Interval(BillingInterval interval, string paramName)
    {
        Guard.WireValue(interval.Value, paramName);
        Guard.OneOf(interval, paramName, BillingInterval.Monthly, BillingInterval.Annual);
    }
}
