using Qbraid.Account.Benchmarks.Clients;
using Qbraid.Account.Organizations.Transactions;

namespace Qbraid.Account.Benchmarks.Benchmarks;

/// <summary>
/// The CSV export, written the same way for every client: the same CSV writer (the SDK's own,
/// internal <see cref="TransactionCsvWriter"/>), the same page size, one page held at a time. Only
/// fetching and reading the pages differs. The SDK goes through its public ExportCsvAsync.
/// </summary>
public static class Exports
{
    public static async Task<long> BaselineAsync(BaselineClient client, string organizationId, int pageSize, Stream destination)
    {
        using var writer = new TransactionCsvWriter(destination);
        await writer.WriteHeaderAsync().ConfigureAwait(false);
        for (var page = 1; ; page++)
        {
            var envelope = await client.ListTransactionsAsync(organizationId, page, pageSize).ConfigureAwait(false);
            await writer.WritePageAsync(envelope.Data!).ConfigureAwait(false);
            if (IsLast(page, envelope)) break;
        }
        return writer.RowCount;
    }

    public static async Task<long> RefitAsync(IQbraidRefitApi api, string organizationId, int pageSize, Stream destination)
    {
        using var writer = new TransactionCsvWriter(destination);
        await writer.WriteHeaderAsync().ConfigureAwait(false);
        for (var page = 1; ; page++)
        {
            var envelope = await api.ListTransactionsAsync(organizationId, page, pageSize, Infrastructure.BenchEnvironment.ApiKey, organizationId).ConfigureAwait(false);
            await writer.WritePageAsync(envelope.Data!).ConfigureAwait(false);
            if (IsLast(page, envelope)) break;
        }
        return writer.RowCount;
    }

    public static Task<long> SdkAsync(IQbraidAccountClient client, string organizationId, int pageSize, Stream destination)
        => client.Organization(organizationId).Transactions.ExportCsvAsync(destination, new TransactionListOptions { PageSize = pageSize });

    /// <summary>The naive way: read the whole log into memory, then write it.</summary>
    public static async Task<long> SdkNaiveAsync(IQbraidAccountClient client, string organizationId, int pageSize, Stream destination)
    {
        var all = await client.Organization(organizationId).Transactions.ListAsync(new TransactionListOptions { PageSize = pageSize }).ToListAsync().ConfigureAwait(false);
        using var writer = new TransactionCsvWriter(destination);
        await writer.WriteHeaderAsync().ConfigureAwait(false);
        for (var start = 0; start < all.Count; start += pageSize)
        {
            var slice = new ArraySegment<Transaction>(((List<Transaction>)all).GetRange(start, Math.Min(pageSize, all.Count - start)).ToArray());
            await writer.WritePageAsync(slice).ConfigureAwait(false);
        }
        return writer.RowCount;
    }

    private static bool IsLast<T>(int page, ApiEnvelope<List<T>> envelope)
        => envelope.Data is not { Count: > 0 } || envelope.Pagination?.TotalPages is not { } totalPages || page >= totalPages;
}

/// <summary>Where an export writes during a benchmark: counts the bytes and drops them, so no disk is measured.</summary>
public sealed class CountingStream : Stream
{
    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => Position;

    public override long Position { get; set; }

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => Position += count;

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Position += buffer.Length;
        return default;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Position += count;
        return Task.CompletedTask;
    }
}
