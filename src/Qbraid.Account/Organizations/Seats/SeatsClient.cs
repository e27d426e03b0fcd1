using Qbraid.Account.Http;

namespace Qbraid.Account.Organizations.Seats;

internal sealed class SeatsClient : ISeatsClient
{
    private readonly WorkspaceContext _context;

    public SeatsClient(WorkspaceContext context) => _context = context;
}
