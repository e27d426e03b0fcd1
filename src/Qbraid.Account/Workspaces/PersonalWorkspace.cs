using Qbraid.Account.Http;
using Qbraid.Account.Invitations;
using Qbraid.Account.Wallet;

namespace Qbraid.Account.Workspaces;

internal sealed class PersonalWorkspace : WorkspaceView, IPersonalWorkspace
{
    public PersonalWorkspace(WorkspaceContext context)
        : base(context)
    {
        Wallet = new PersonalWalletClient(context);
        Invitations = new InvitationsClient(context);
    }

    public IPersonalWalletClient Wallet { get; }

    public IInvitationsClient Invitations { get; }
}
