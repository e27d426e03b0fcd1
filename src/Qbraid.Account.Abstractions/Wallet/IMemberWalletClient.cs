namespace Qbraid.Account.Wallet;

/// <summary>The caller's own wallet inside an organization.</summary>
public interface IMemberWalletClient
{
}
