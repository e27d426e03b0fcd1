using Qbraid.Account.Organizations.Transactions;

namespace Qbraid.Account.Snippets.Snippets;

internal static class TransactionSnippets
{
    public static async Task ListAndExport(IQbraidAccountClient client, string organizationId)
    {
        // begin-snippet: transactions-list
        ITransactionsClient transactions = client.Organization(organizationId).Transactions;

        var lastMonth = new TransactionListOptions
        {
            Type = TransactionType.Transfer,
            From = DateTimeOffset.UtcNow.AddDays(-30),
        };
        // Newest first, fetched page by page as you go.
        await foreach (Transaction t in transactions.ListAsync(lastMonth))
            Console.WriteLine($"{t.CreatedAt:g} {t.Type} {t.Amount} {t.From?.Name} -> {t.To?.Name} by {t.Actor?.Name}");
        // end-snippet

        // begin-snippet: transactions-export
        // RFC 4180 CSV, streamed page by page (constant memory), formula-safe for spreadsheets.
        long rows = await transactions.ExportCsvAsync("transactions.csv", new TransactionListOptions { From = DateTimeOffset.UtcNow.AddDays(-90) });
        Console.WriteLine($"{rows} transactions written");

        // Or to any stream, e.g. an HTTP response body:
        await using var output = new MemoryStream();
        await transactions.ExportCsvAsync(output, progress: new Progress<long>(n => Console.WriteLine($"{n} rows...")));
        // end-snippet
        Check.That(rows > 0 && File.Exists("transactions.csv"), "no transactions were exported");
    }
}
