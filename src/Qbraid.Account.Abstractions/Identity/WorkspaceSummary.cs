using System.Collections.Generic;

namespace Qbraid.Account.Identity;

/// <summary>One entry of the dashboard's workspace switcher.</summary>
public sealed record WorkspaceSummary
{
    /// <summary>The workspace to pass to <see cref="IQbraidAccountClient.Workspace(Account.Workspace)"/>.</summary>
    public required Workspace Workspace { get; init; }

    /// <summary>"qBraid Default" for the personal workspace, else the organization's name (or its id when the server gives none).</summary>
    public required string Name { get; init; }

    /// <summary>The caller's roles in the organization; empty for the personal workspace.</summary>
    public IReadOnlyList<string> Roles { get; init => field = value ?? []; } = [];

    /// <summary>The organization's plan tier, when known.</summary>
    public string? SubscriptionTier { get; init; }

    /// <summary>The caller's membership status, when known.</summary>
    public string? Status { get; init; }

    /// <summary>Whether this is the organization the qBraid web app has selected.</summary>
    public bool IsCurrent { get; init; }
}
