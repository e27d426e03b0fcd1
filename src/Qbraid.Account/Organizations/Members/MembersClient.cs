using Qbraid.Account.Http;

namespace Qbraid.Account.Organizations.Members;

internal sealed class MembersClient : IMembersClient
{
    private readonly WorkspaceContext _context;

    public MembersClient(WorkspaceContext context) => _context = context;
}
