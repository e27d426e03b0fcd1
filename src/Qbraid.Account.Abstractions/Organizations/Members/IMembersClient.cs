namespace Qbraid.Account.Organizations.Members;

/// <summary>An organization's members and invitations.</summary>
public interface IMembersClient
{
}
