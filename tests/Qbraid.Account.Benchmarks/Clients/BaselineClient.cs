using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Qbraid.Account.Identity;
using Qbraid.Account.Organizations.Transactions;

namespace Qbraid.Account.Benchmarks.Clients;

/// <summary>
/// The practical limit: what a developer writes by hand with <see cref="HttpClient"/> and
/// source-generated System.Text.Json. Same headers as the SDK's essentials (key, organization,
/// Accept), body read as a stream straight into the generated metadata, no retries, no logging.
/// </summary>
public sealed class BaselineClient : IDisposable
{
    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json");

    private readonly HttpClient _http;
    private readonly string _apiKey;
    private readonly Uri _verifyUri;
    private readonly string _baseUrl;

    public BaselineClient(Uri baseUrl, string apiKey)
    {
        _http = new HttpClient(new SocketsHttpHandler());
        _apiKey = apiKey;
        _baseUrl = baseUrl.ToString();
        _verifyUri = new Uri(baseUrl, "users/verify");
    }

    public async Task<UserVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _verifyUri);
        request.Headers.TryAddWithoutValidation("X-API-KEY", _apiKey);
        request.Headers.Accept.Add(Json);
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var envelope = await JsonSerializer.DeserializeAsync(stream, BaselineJson.Verify, cancellationToken).ConfigureAwait(false);
        return envelope?.Data ?? throw new InvalidOperationException("no data");
    }

    public async Task<ApiEnvelope<List<Transaction>>> ListTransactionsAsync(string organizationId, int page, int limit, CancellationToken cancellationToken = default)
    {
        var uri = new Uri(string.Create(CultureInfo.InvariantCulture, $"{_baseUrl}organizations/{organizationId}/transactions?page={page}&limit={limit}"));
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.TryAddWithoutValidation("X-API-KEY", _apiKey);
        request.Headers.TryAddWithoutValidation("X-Organization-Id", organizationId);
        request.Headers.Accept.Add(Json);
        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var envelope = await JsonSerializer.DeserializeAsync(stream, BaselineJson.TransactionPage, cancellationToken).ConfigureAwait(false);
        return envelope?.Data is null ? throw new InvalidOperationException("no data") : envelope;
    }

    public void Dispose() => _http.Dispose();
}
