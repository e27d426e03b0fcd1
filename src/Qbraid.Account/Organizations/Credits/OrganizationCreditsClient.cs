using Qbraid.Account.Http;

namespace Qbraid.Account.Organizations.Credits;

internal sealed class OrganizationCreditsClient : IOrganizationCreditsClient
{
    private readonly WorkspaceContext _context;

    public OrganizationCreditsClient(WorkspaceContext context) => _context = context;
}
