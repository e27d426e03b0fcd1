namespace Qbraid.Account.Wallet;

/// <summary>The personal wallet (qBraid Default only).</summary>
public interface IPersonalWalletClient
{
}
