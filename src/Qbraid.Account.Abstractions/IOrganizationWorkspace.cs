using System.Threading;
using System.Threading.Tasks;
using Qbraid.Account.Organizations;
using Qbraid.Account.Organizations.Credits;
using Qbraid.Account.Organizations.InviteCodes;
using Qbraid.Account.Organizations.Members;
using Qbraid.Account.Organizations.Seats;
using Qbraid.Account.Organizations.Settings;
using Qbraid.Account.Organizations.Subscription;
using Qbraid.Account.Organizations.Transactions;
using Qbraid.Account.Wallet;

namespace Qbraid.Account;

/// <summary>
/// One organization's workspace. Every request sends <c>X-Organization-Id</c>; organization-admin
/// resources also carry the id in the path. Requesting credits exists only here.
/// </summary>
public interface IOrganizationWorkspace : IWorkspace
{
    /// <summary>The organization's 24-hex id (lower case).</summary>
    string OrganizationId { get; }

    /// <summary>The caller's own wallet in this organization: spendable balance and credit requests to the admins.</summary>
    IMemberWalletClient Wallet { get; }

    /// <summary>Members and invitations.</summary>
    IMembersClient Members { get; }

    /// <summary>Shareable invite codes (admin only): list, create, revoke.</summary>
    IInviteCodesClient InviteCodes { get; }

    /// <summary>Team-plan seats and their assignments.</summary>
    ISeatsClient Seats { get; }

    /// <summary>The organization's credit pool: balance, purchases, transfers to members, members' credit requests.</summary>
    IOrganizationCreditsClient Credits { get; }

    /// <summary>The team subscription.</summary>
    IOrganizationSubscriptionClient Subscription { get; }

    /// <summary>The credit transaction log, its filters and CSV export.</summary>
    ITransactionsClient Transactions { get; }

    /// <summary>General settings, member defaults and logos.</summary>
    IOrganizationSettingsClient Settings { get; }

    /// <summary>The organization's details (<c>GET /organizations/{orgId}</c>).</summary>
    Task<OrganizationDetails> GetAsync(CancellationToken cancellationToken = default);
}
