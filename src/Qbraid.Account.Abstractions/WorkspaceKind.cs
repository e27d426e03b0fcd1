namespace Qbraid.Account;

/// <summary>The two kinds of workspace the qBraid dashboard switches between.</summary>
public enum WorkspaceKind
{
    /// <summary>The personal workspace, "qBraid Default".</summary>
    Personal = 0,

    /// <summary>An organization's workspace.</summary>
    Organization = 1,
}
