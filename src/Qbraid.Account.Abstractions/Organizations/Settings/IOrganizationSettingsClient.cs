namespace Qbraid.Account.Organizations.Settings;

/// <summary>An organization's settings.</summary>
public interface IOrganizationSettingsClient
{
}
