using Qbraid.Account.Http;

namespace Qbraid.Account.Usage;

internal sealed class UsageClient : IUsageClient
{
    private readonly WorkspaceContext _context;

    public UsageClient(WorkspaceContext context) => _context = context;
}
