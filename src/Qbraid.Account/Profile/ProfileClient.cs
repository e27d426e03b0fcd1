using Qbraid.Account.Http;

namespace Qbraid.Account.Profile;

internal sealed class ProfileClient : IProfileClient
{
    private readonly WorkspaceContext _context;

    public ProfileClient(WorkspaceContext context) => _context = context;
}
