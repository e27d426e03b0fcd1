using Qbraid.Account.Http;

namespace Qbraid.Account.ApiKeys;

internal sealed class ApiKeysClient : IApiKeysClient
{
    private readonly WorkspaceContext _context;

    public ApiKeysClient(WorkspaceContext context) => _context = context;
}
