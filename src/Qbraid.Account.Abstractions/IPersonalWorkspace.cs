using Qbraid.Account.Invitations;
using Qbraid.Account.Wallet;

namespace Qbraid.Account;

/// <summary>The personal workspace, "qBraid Default". Buying credits, personal plans and the Stripe portal exist only here.</summary>
public interface IPersonalWorkspace : IWorkspace
{
    /// <summary>The personal wallet: balance, overview, pricing, payments, credit and plan checkouts, the Stripe portal.</summary>
    IPersonalWalletClient Wallet { get; }

    /// <summary>Joining organizations: the invitations you received (list, accept, decline) and joining with an invite code.</summary>
    IInvitationsClient Invitations { get; }
}
