using System.Threading;
using System.Threading.Tasks;
using Qbraid.Account.Billing;
using Qbraid.Account.Common;
using Qbraid.Account.Http;

namespace Qbraid.Account.Wallet;

internal sealed class MemberWalletClient : IMemberWalletClient
{
    private readonly WorkspaceContext _context;

    public MemberWalletClient(WorkspaceContext context) => _context = context;

    public Task<CreditBalance> GetBalanceAsync(CancellationToken cancellationToken = default)
    {
        // The documented endpoint takes the organization as a query parameter; the header alone
        // is not guaranteed to select the member's wallet, so send both.
        var api = ApiRequest.Get(Routes.CreditsBalance).WithQuery("organizationId", _context.OrganizationId);
        return _context.SendAsync(api, QbraidJsonContext.Default.CreditBalance, cancellationToken);
    }

    public Task<CreditRequest> RequestCreditsAsync(RequestCreditsRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(request, nameof(request));
        Guard.Positive(request.Amount, "request.Amount");
        Guard.OptionalText(request.Reason, "request.Reason");
        var api = ApiRequest.Post(Routes.CreditRequests)
            .WithJson(request, QbraidJsonContext.Default.RequestCreditsRequest)
            .WithIdempotencyKey(idempotencyKey);
        return _context.SendAsync(api, QbraidJsonContext.Default.CreditRequest, cancellationToken);
    }

    public AsyncPageable<CreditRequest> ListCreditRequestsAsync(MemberCreditRequestListOptions? options = null, CancellationToken cancellationToken = default)
    {
        var api = ApiRequest.Get(Routes.CreditRequests)
            .WithQuery("status", options?.Status is { } status ? Guard.WireValue(status.Value, "options.Status") : null);
        return _context.List(api, QbraidJsonContext.Default.CreditRequest, options?.PageSize, cancellationToken);
    }
}
