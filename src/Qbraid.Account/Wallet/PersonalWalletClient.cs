using Qbraid.Account.Http;

namespace Qbraid.Account.Wallet;

internal sealed class PersonalWalletClient : IPersonalWalletClient
{
    private readonly WorkspaceContext _context;

    public PersonalWalletClient(WorkspaceContext context) => _context = context;
}
