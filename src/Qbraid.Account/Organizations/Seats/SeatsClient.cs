using System.Threading;
using System.Threading.Tasks;
using Qbraid.Account.Common;
using Qbraid.Account.Http;

namespace Qbraid.Account.Organizations.Seats;

internal sealed class SeatsClient : ISeatsClient
{
    private readonly WorkspaceContext _context;

    public SeatsClient(WorkspaceContext context) => _context = context;

    private string OrgId => _context.OrganizationId;

    public Task<SeatSummary> GetAsync(CancellationToken cancellationToken = default)
        => _context.SendAsync(ApiRequest.Get(Routes.Seats, OrgId), QbraidJsonContext.Default.SeatSummary, cancellationToken);

    public Task<SeatAssignment> AssignAsync(string memberId, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        Guard.ObjectId(memberId, nameof(memberId));
        var api = ApiRequest.Post(Routes.SeatAssignments, OrgId)
            .WithJson(new SeatAssignmentBody { MemberId = memberId }, QbraidJsonContext.Default.SeatAssignmentBody)
            .WithIdempotencyKey(idempotencyKey);
        return _context.SendAsync(api, QbraidJsonContext.Default.SeatAssignment, cancellationToken);
    }

    public Task RevokeAsync(string memberId, CancellationToken cancellationToken = default)
    {
        Guard.ObjectId(memberId, nameof(memberId));
        return _context.SendAsync(ApiRequest.Delete(Routes.SeatAssignment, OrgId, memberId), cancellationToken);
    }
}
