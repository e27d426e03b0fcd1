namespace Qbraid.Account.Organizations.Settings;

/// <summary>The answer to <c>PUT .../settings/logo</c>.</summary>
internal sealed record OrganizationLogo
{
    public required string Url { get; init; }
}
