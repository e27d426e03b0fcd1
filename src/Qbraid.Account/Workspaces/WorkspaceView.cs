using Qbraid.Account.ApiKeys;
using Qbraid.Account.Http;
using Qbraid.Account.Profile;
using Qbraid.Account.Usage;

namespace Qbraid.Account.Workspaces;

/// <summary>What both workspace views share; sub-clients are created once per view and hold no mutable state.</summary>
internal abstract class WorkspaceView : IWorkspace
{
    protected WorkspaceView(WorkspaceContext context)
    {
        Context = context;
        Profile = new ProfileClient(context);
        ApiKeys = new ApiKeysClient(context);
        Usage = new UsageClient(context);
    }

    internal WorkspaceContext Context { get; }

    public Workspace Workspace => Context.Workspace;

    public IProfileClient Profile { get; }

    public IApiKeysClient ApiKeys { get; }

    public IUsageClient Usage { get; }

    internal WorkspaceScope Scope => Context.Scope;

    public override string ToString() => Context.Scope.ToString();
}
