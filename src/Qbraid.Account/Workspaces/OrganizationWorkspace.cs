using System.Threading;
using System.Threading.Tasks;
using Qbraid.Account.Http;
using Qbraid.Account.Organizations;
using Qbraid.Account.Organizations.Credits;
using Qbraid.Account.Organizations.InviteCodes;
using Qbraid.Account.Organizations.Members;
using Qbraid.Account.Organizations.Seats;
using Qbraid.Account.Organizations.Settings;
using Qbraid.Account.Organizations.Subscription;
using Qbraid.Account.Organizations.Transactions;
using Qbraid.Account.Wallet;

namespace Qbraid.Account.Workspaces;

internal sealed class OrganizationWorkspace : WorkspaceView, IOrganizationWorkspace
{
    public OrganizationWorkspace(WorkspaceContext context)
        : base(context)
    {
        Wallet = new MemberWalletClient(context);
        Members = new MembersClient(context);
        InviteCodes = new InviteCodesClient(context);
        Seats = new SeatsClient(context);
        Credits = new OrganizationCreditsClient(context);
        Subscription = new OrganizationSubscriptionClient(context);
        Transactions = new TransactionsClient(context);
        Settings = new OrganizationSettingsClient(context);
    }

    public string OrganizationId => Context.OrganizationId;

    public IMemberWalletClient Wallet { get; }

    public IMembersClient Members { get; }

    public IInviteCodesClient InviteCodes { get; }

    public ISeatsClient Seats { get; }

    public IOrganizationCreditsClient Credits { get; }

    public IOrganizationSubscriptionClient Subscription { get; }

    public ITransactionsClient Transactions { get; }

    public IOrganizationSettingsClient Settings { get; }

    public Task<OrganizationDetails> GetAsync(CancellationToken cancellationToken = default)
        => Context.SendAsync(ApiRequest.Get(Routes.Organization, OrganizationId), QbraidJsonContext.Default.OrganizationDetails, cancellationToken);
}
