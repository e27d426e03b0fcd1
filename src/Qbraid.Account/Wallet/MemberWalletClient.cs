using Qbraid.Account.Http;

namespace Qbraid.Account.Wallet;

internal sealed class MemberWalletClient : IMemberWalletClient
{
    private readonly WorkspaceContext _context;

    public MemberWalletClient(WorkspaceContext context) => _context = context;
}
