namespace Qbraid.Account.Organizations.Credits;

/// <summary>An organization's credit pool.</summary>
public interface IOrganizationCreditsClient
{
}
