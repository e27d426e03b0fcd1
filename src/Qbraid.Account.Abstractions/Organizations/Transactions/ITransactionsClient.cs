namespace Qbraid.Account.Organizations.Transactions;

/// <summary>An organization's credit transaction log.</summary>
public interface ITransactionsClient
{
}
