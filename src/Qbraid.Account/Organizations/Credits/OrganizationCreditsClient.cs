using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Qbraid.Account.Billing;
using Qbraid.Account.Common;
using Qbraid.Account.Http;
using Qbraid.Account.Wallet;

namespace Qbraid.Account.Organizations.Credits;

internal sealed class OrganizationCreditsClient : IOrganizationCreditsClient
{
    private readonly WorkspaceContext _context;

    public OrganizationCreditsClient(WorkspaceContext context) => _context = context;

    private string OrgId => _context.OrganizationId;

    public Task<OrganizationCreditBalance> GetBalanceAsync(CancellationToken cancellationToken = default)
        => _context.SendAsync(ApiRequest.Get(Routes.OrgCredits, OrgId), QbraidJsonContext.Default.OrganizationCreditBalance, cancellationToken);

    public Task<CheckoutSession> CreateCheckoutAsync(CreditCheckoutRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        var api = ApiRequest.Post(Routes.OrgCreditsCheckout, OrgId)
            .WithJson(PersonalWalletClient.Validate(request), QbraidJsonContext.Default.CreditCheckoutRequest)
            .WithIdempotencyKey(idempotencyKey);
        return _context.SendAsync(api, QbraidJsonContext.Default.CheckoutSession, cancellationToken);
    }

    public Task<CreditTransfer> TransferAsync(TransferCreditsRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        Validate(request);
        var api = ApiRequest.Post(Routes.OrgCreditTransfers, OrgId)
            .WithJson(request, QbraidJsonContext.Default.TransferCreditsRequest)
            .WithIdempotencyKey(idempotencyKey);
        return _context.SendAsync(api, QbraidJsonContext.Default.CreditTransfer, cancellationToken);
    }

    public AsyncPageable<CreditRequest> ListRequestsAsync(CreditRequestListOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = ApiRequest.Get(Routes.OrgCreditRequests, OrgId);
        if (options?.Status is { } status)
            request.WithQuery("status", Guard.WireValue(status.Value, "options.Status"));
        if (options?.PageSize is { } size) Guard.InRange(size, 1, QbraidPageable<CreditRequest>.MaxPageSize, "options.PageSize");
        return _context.List(request, QbraidJsonContext.Default.CreditRequest, options?.PageSize, cancellationToken);
    }

    public Task<CreditRequest> ApproveRequestAsync(string requestId, decimal? amount = null, string? note = null, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        Guard.ObjectId(requestId, nameof(requestId));
        if (amount is { } value) Guard.Positive(value, nameof(amount));
        Guard.OptionalText(note, nameof(note));
        var request = ApiRequest.Post(Routes.OrgCreditRequestApprove, OrgId, requestId)
            .WithJson(new ApproveCreditRequestBody(amount, note), QbraidJsonContext.Default.ApproveCreditRequestBody)
            .WithIdempotencyKey(idempotencyKey);
        return _context.SendAsync(request, QbraidJsonContext.Default.CreditRequest, cancellationToken);
    }

    public Task<CreditRequest> DenyRequestAsync(string requestId, string? note = null, CancellationToken cancellationToken = default)
    {
        Guard.ObjectId(requestId, nameof(requestId));
        Guard.OptionalText(note, nameof(note));
        var request = ApiRequest.Post(Routes.OrgCreditRequestDeny, OrgId, requestId)
            .WithJson(new DenyCreditRequestBody(note), QbraidJsonContext.Default.DenyCreditRequestBody);
        return _context.SendAsync(request, QbraidJsonContext.Default.CreditRequest, cancellationToken);
    }

    private static void Validate(TransferCreditsRequest request)
    {
        Guard.NotNull(request, nameof(request));
        if (request.All && request.Recipients is not null)
            throw new ArgumentException("request must set either Recipients or All = true, not both.", nameof(request));
        if (!request.All)
        {
            if (request.Recipients is null)
                throw new ArgumentException("request must set either Recipients (the members' ids) or All = true.", nameof(request));
            Guard.NotEmpty(request.Recipients, "request.Recipients");
            // Ids are hex, so duplicates are compared without regard to case.
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var memberId in request.Recipients)
            {
                Guard.ObjectId(memberId, "request.Recipients");
                if (!seen.Add(memberId))
                    throw new ArgumentException($"request.Recipients lists member {memberId} more than once.", "request.Recipients");
            }
        }
        Guard.Positive(request.AmountPerMember, "request.AmountPerMember");
        Guard.WireValue(request.CreditType.Value, "request.CreditType");
        Guard.OptionalText(request.Message, "request.Message");
    }
}
