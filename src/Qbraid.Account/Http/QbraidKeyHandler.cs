using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace Qbraid.Account.Http;

/// <summary>
/// Puts <c>X-API-KEY</c> on the request at the last moment, just above the connection handler,
/// and takes it off again when the attempt ends. Every handler and logger above it (the SDK's own,
/// HttpClientFactory's HTTP logging a host may add back, a host's own handlers) sees a request
/// without the key, so none can log it, and a retried request doesn't carry it into the next
/// attempt's logs. The key travels on the <see cref="QbraidRequestMessage"/> until here.
/// </summary>
internal sealed class QbraidKeyHandler : DelegatingHandler
{
    public QbraidKeyHandler()
    {
    }

    public QbraidKeyHandler(HttpMessageHandler innerHandler)
        : base(innerHandler)
    {
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var key = (request as QbraidRequestMessage)?.ApiKey;
        if (key is null || request.Headers.Contains(HeaderNames.ApiKey))
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        request.Headers.TryAddWithoutValidation(HeaderNames.ApiKey, key);
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            request.Headers.Remove(HeaderNames.ApiKey);
        }
    }
}
