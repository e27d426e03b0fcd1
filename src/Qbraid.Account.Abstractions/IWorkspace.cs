using Qbraid.Account.ApiKeys;
using Qbraid.Account.Profile;
using Qbraid.Account.Usage;

namespace Qbraid.Account;

/// <summary>What both kinds of workspace offer: the caller's profile, the workspace's API keys and its usage.</summary>
public interface IWorkspace
{
    /// <summary>Which workspace this view acts in.</summary>
    Workspace Workspace { get; }

    /// <summary>The signed-in user's profile, notification preferences, account deletion and leaving organizations.</summary>
    IProfileClient Profile { get; }

    /// <summary>The API keys of this workspace (a key belongs to one organization or to the personal workspace).</summary>
    IApiKeysClient ApiKeys { get; }

    /// <summary>Credits, compute hours, storage and AI quota used in this workspace.</summary>
    IUsageClient Usage { get; }
}
