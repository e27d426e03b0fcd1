using Qbraid.Account.Http;
using Qbraid.Account.Wallet;

namespace Qbraid.Account.Workspaces;

internal sealed class PersonalWorkspace : WorkspaceView, IPersonalWorkspace
{
    public PersonalWorkspace(WorkspaceContext context)
        : base(context)
    {
        Wallet = new PersonalWalletClient(context);
    }

    public IPersonalWalletClient Wallet { get; }
}
