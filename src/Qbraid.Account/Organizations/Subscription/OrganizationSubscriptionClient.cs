using System;
using System.Threading;
using System.Threading.Tasks;
using Qbraid.Account.Billing;
using Qbraid.Account.Common;
using Qbraid.Account.Http;

namespace Qbraid.Account.Organizations.Subscription;

internal sealed class OrganizationSubscriptionClient : IOrganizationSubscriptionClient
{
    /// <summary>A team plan needs at least two seats (contract).</summary>
    internal const int MinSeats = 2;

    private readonly WorkspaceContext _context;

    public OrganizationSubscriptionClient(WorkspaceContext context) => _context = context;

    private string OrgId => _context.OrganizationId;

    public async Task<OrganizationSubscription?> GetAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await _context.SendAsync(ApiRequest.Get(Routes.OrgSubscription, OrgId), QbraidJsonContext.Default.OrganizationSubscription, cancellationToken).ConfigureAwait(false);
        }
        catch (QbraidNotFoundException)
        {
            // The contract answers 404 for "no team plan": a normal state, not an error.
            return null;
        }
    }

    public Task<CheckoutSession> CreateCheckoutAsync(SubscriptionTier tier, BillingInterval interval, int seats, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        BillingRules.PaidTier(tier, nameof(tier));
        BillingRules.Interval(interval, nameof(interval));
        Guard.AtLeast(seats, MinSeats, nameof(seats));
        var request = ApiRequest.Post(Routes.OrgSubscriptionCheckout, OrgId)
            .WithJson(new OrganizationSubscriptionCheckoutBody(tier, interval, seats), QbraidJsonContext.Default.OrganizationSubscriptionCheckoutBody)
            .WithIdempotencyKey(idempotencyKey);
        return _context.SendAsync(request, QbraidJsonContext.Default.CheckoutSession, cancellationToken);
    }

    public Task<OrganizationSubscription> UpdateAsync(UpdateSubscriptionRequest request, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(request, nameof(request));
        if (!request.Tier.HasValue && !request.Interval.HasValue && !request.Seats.HasValue)
            throw new ArgumentException("request must set at least one of Tier, Interval or Seats.", nameof(request));
        if (request.Tier.HasValue) BillingRules.PaidTier(request.Tier.Value, "request.Tier");
        if (request.Interval.HasValue) BillingRules.Interval(request.Interval.Value, "request.Interval");
        if (request.Seats.HasValue) Guard.AtLeast(request.Seats.Value, MinSeats, "request.Seats");
        var api = ApiRequest.Patch(Routes.OrgSubscription, OrgId)
            .WithJson(request, QbraidJsonContext.Default.UpdateSubscriptionRequest);
        return _context.SendAsync(api, QbraidJsonContext.Default.OrganizationSubscription, cancellationToken);
    }

    public Task<OrganizationSubscription> CancelAsync(CancellationToken cancellationToken = default)
        => _context.SendAsync(ApiRequest.Post(Routes.OrgSubscriptionCancel, OrgId), QbraidJsonContext.Default.OrganizationSubscription, cancellationToken);
}
