namespace Qbraid.Account.Organizations.Subscription;

/// <summary>An organization's team subscription.</summary>
public interface IOrganizationSubscriptionClient
{
}
