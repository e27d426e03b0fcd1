using Qbraid.Account.Http;

namespace Qbraid.Account.Organizations.Settings;

internal sealed class OrganizationSettingsClient : IOrganizationSettingsClient
{
    private readonly WorkspaceContext _context;

    public OrganizationSettingsClient(WorkspaceContext context) => _context = context;
}
