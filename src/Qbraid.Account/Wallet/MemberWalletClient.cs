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

    public Task<CreditRequest> RequestCreditsAsync(decimal amount, string? reason = null, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        Guard.Positive(amount, nameof(amount));
        if (reason is not null) Guard.NotBlank(reason, nameof(reason));
        var api = ApiRequest.Post(Routes.CreditRequests)
            .WithJson(new CreditRequestBody { Amount = amount, Reason = reason }, QbraidJsonContext.Default.CreditRequestBody)
            .WithIdempotencyKey(idempotencyKey);
        return _context.SendAsync(api, QbraidJsonContext.Default.CreditRequest, cancellationToken);
    }

    public AsyncPageable<CreditRequest> ListCreditRequestsAsync(MemberCreditRequestListOptions? options = null, CancellationToken cancellationToken = default)
    {
        var api = ApiRequest.Get(Routes.CreditRequests).WithQuery("status", options?.Status?.Value);
        return _context.List(api, QbraidJsonContext.Default.CreditRequest, options?.PageSize, cancellationToken);
    }
}
