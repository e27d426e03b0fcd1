using System;
using System.Threading;
using System.Threading.Tasks;
using Qbraid.Account.Billing;
using Qbraid.Account.Common;
using Qbraid.Account.Http;

namespace Qbraid.Account.Wallet;

internal sealed class PersonalWalletClient : IPersonalWalletClient
{
    private readonly WorkspaceContext _context;

    public PersonalWalletClient(WorkspaceContext context) => _context = context;

    public Task<CreditBalance> GetBalanceAsync(CancellationToken cancellationToken = default)
        => _context.SendAsync(ApiRequest.Get(Routes.CreditsBalance), QbraidJsonContext.Default.CreditBalance, cancellationToken);

    public Task<CreditPricing> GetPricingAsync(CancellationToken cancellationToken = default)
        => _context.SendAsync(ApiRequest.Get(Routes.CreditsPricing), QbraidJsonContext.Default.CreditPricing, cancellationToken);

    public Task<WalletOverview> GetOverviewAsync(CancellationToken cancellationToken = default)
        => _context.SendAsync(ApiRequest.Get(Routes.Wallet), QbraidJsonContext.Default.WalletOverview, cancellationToken);

    public AsyncPageable<Payment> ListPaymentsAsync(PaymentListOptions? options = null, CancellationToken cancellationToken = default)
        => _context.List(ApiRequest.Get(Routes.Payments), QbraidJsonContext.Default.Payment, options?.PageSize, cancellationToken);

    public Task<CheckoutSession> CreateCreditCheckoutAsync(CreditCheckoutRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        var api = ApiRequest.Post(Routes.CreditsCheckout)
            .WithJson(Validate(request), QbraidJsonContext.Default.CreditCheckoutRequest)
            .WithIdempotencyKey(idempotencyKey);
        return _context.SendAsync(api, QbraidJsonContext.Default.CheckoutSession, cancellationToken);
    }

    /// <summary>The one check for a credit purchase, personal or into an organization's pool.</summary>
    internal static CreditCheckoutRequest Validate(CreditCheckoutRequest request)
    {
        Guard.NotNull(request, nameof(request));
        Guard.Positive(request.AmountUsd, "request.AmountUsd");
        Guard.OptionalText(request.PromoCode, "request.PromoCode");
        return request;
    }

    public Task<PersonalSubscription> GetSubscriptionAsync(CancellationToken cancellationToken = default)
        => _context.SendAsync(ApiRequest.Get(Routes.Subscription), QbraidJsonContext.Default.PersonalSubscription, cancellationToken);

    public Task<CheckoutSession> CreateSubscriptionCheckoutAsync(SubscriptionCheckoutRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(request, nameof(request));
        BillingRules.PaidTier(request.Tier, "request.Tier"); // free is not for sale
        BillingRules.Interval(request.Interval, "request.Interval");
        var api = ApiRequest.Post(Routes.SubscriptionCheckout)
            .WithJson(request, QbraidJsonContext.Default.SubscriptionCheckoutRequest)
            .WithIdempotencyKey(idempotencyKey);
        return _context.SendAsync(api, QbraidJsonContext.Default.CheckoutSession, cancellationToken);
    }

    public Task<PortalSession> CreatePortalSessionAsync(string? returnUrl = null, CancellationToken cancellationToken = default)
    {
        if (returnUrl is not null) Guard.HttpUrl(returnUrl, nameof(returnUrl));
        var api = ApiRequest.Post(Routes.BillingPortal)
            .WithJson(new PortalSessionBody { ReturnUrl = returnUrl }, QbraidJsonContext.Default.PortalSessionBody);
        return _context.SendAsync(api, QbraidJsonContext.Default.PortalSession, cancellationToken);
    }
}
