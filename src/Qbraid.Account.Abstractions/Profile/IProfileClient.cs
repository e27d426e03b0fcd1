namespace Qbraid.Account.Profile;

/// <summary>The signed-in user's profile (the same in every workspace).</summary>
public interface IProfileClient
{
}
