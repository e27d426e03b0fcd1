using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Qbraid.Account.Common;
using Qbraid.Account.Http;
using Qbraid.Account.Organizations.Transactions;

namespace Qbraid.Account.Organizations.InviteCodes;

internal sealed class InviteCodesClient : IInviteCodesClient
{
    public const int MaxUsesLimit = 1000;

    private readonly WorkspaceContext _context;

    public InviteCodesClient(WorkspaceContext context) => _context = context;

    private string OrgId => _context.OrganizationId;

    public Task<IReadOnlyList<InviteCode>> ListAsync(CancellationToken cancellationToken = default)
        => _context.SendListAsync(ApiRequest.Get(Routes.InviteCodes, OrgId), QbraidJsonContext.Default.InviteCode, cancellationToken);

    public Task<InviteCode> CreateAsync(CreateInviteCodeRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(request, nameof(request));
        Guard.InviteCodeRole(request.Role, "request.Role");
        if (request.MaxUses is { } maxUses) Guard.InRange(maxUses, 1, MaxUsesLimit, "request.MaxUses");
        if (request.ExpiresAt is { } expiresAt) Guard.InFuture(expiresAt, DateTimeOffset.UtcNow, "request.ExpiresAt");
        var body = new CreateInviteCodeBody
        {
            Role = request.Role,
            MaxUses = request.MaxUses,
            ExpiresAt = request.ExpiresAt is { } at ? TransactionCsvWriter.FormatTime(at) : null,
        };
        var api = ApiRequest.Post(Routes.InviteCodes, OrgId)
            .WithJson(body, QbraidJsonContext.Default.CreateInviteCodeBody)
            .WithIdempotencyKey(idempotencyKey);
        return _context.SendAsync(api, QbraidJsonContext.Default.InviteCode, cancellationToken);
    }

    public Task RevokeAsync(string codeId, CancellationToken cancellationToken = default)
    {
        Guard.ObjectId(codeId, nameof(codeId));
        return _context.SendAsync(ApiRequest.Delete(Routes.InviteCode, OrgId, codeId), cancellationToken);
    }
}
