using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Qbraid.Account.Common;
using Qbraid.Account.Http;

namespace Qbraid.Account.Invitations;

internal sealed class InvitationsClient : IInvitationsClient
{
    private readonly WorkspaceContext _context;

    public InvitationsClient(WorkspaceContext context) => _context = context;

    public Task<IReadOnlyList<ReceivedInvitation>> ListAsync(CancellationToken cancellationToken = default)
        => _context.SendListAsync(ApiRequest.Get(Routes.MyInvitations), QbraidJsonContext.Default.ReceivedInvitation, cancellationToken);

    public Task<Membership> AcceptAsync(string invitationId, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        Guard.ObjectId(invitationId, nameof(invitationId));
        var api = ApiRequest.Post(Routes.InvitationAccept, invitationId).WithIdempotencyKey(idempotencyKey);
        return _context.SendAsync(api, QbraidJsonContext.Default.Membership, cancellationToken);
    }

    public Task DeclineAsync(string invitationId, CancellationToken cancellationToken = default)
    {
        Guard.ObjectId(invitationId, nameof(invitationId));
        return _context.SendAsync(ApiRequest.Post(Routes.InvitationDecline, invitationId), cancellationToken);
    }

    public Task<Membership> JoinByCodeAsync(string code, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        var trimmed = Guard.InviteCode(code, nameof(code));
        var api = ApiRequest.Post(Routes.OrganizationsJoin)
            .WithJson(new JoinOrganizationBody { Code = trimmed }, QbraidJsonContext.Default.JoinOrganizationBody)
            .WithIdempotencyKey(idempotencyKey);
        return _context.SendAsync(api, QbraidJsonContext.Default.Membership, cancellationToken);
    }
}
