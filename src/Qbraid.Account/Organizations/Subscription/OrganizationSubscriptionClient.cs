using Qbraid.Account.Http;

namespace Qbraid.Account.Organizations.Subscription;

internal sealed class OrganizationSubscriptionClient : IOrganizationSubscriptionClient
{
    private readonly WorkspaceContext _context;

    public OrganizationSubscriptionClient(WorkspaceContext context) => _context = context;
}
