namespace Qbraid.Account.Usage;

/// <summary>Usage settings of the workspace (<c>PATCH /usage/settings</c>).</summary>
public sealed record UsageSettings
{
    /// <summary>
    /// Whether AI chat keeps working on credits once its quota is used up: about 1 credit per
    /// chat prompt, 2 per agent query, 5 per agent execution.
    /// </summary>
    public bool AutoSwitchToCredits { get; init; }
}
