using Qbraid.Account.Http;

namespace Qbraid.Account.Organizations.Transactions;

internal sealed class TransactionsClient : ITransactionsClient
{
    private readonly WorkspaceContext _context;

    public TransactionsClient(WorkspaceContext context) => _context = context;
}
