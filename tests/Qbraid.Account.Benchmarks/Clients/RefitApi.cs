using Qbraid.Account.Identity;
using Qbraid.Account.Organizations.Transactions;
using Refit;

namespace Qbraid.Account.Benchmarks.Clients;

/// <summary>The same two calls as a Refit interface, read with Refit's default (System.Text.Json) serializer.</summary>
[Headers("Accept: application/json")]
public interface IQbraidRefitApi
{
    [Get("/users/verify")]
    Task<ApiEnvelope<UserVerification>> VerifyAsync([Header("X-API-KEY")] string apiKey, CancellationToken cancellationToken = default);

    [Get("/organizations/{orgId}/transactions")]
    Task<ApiEnvelope<List<Transaction>>> ListTransactionsAsync(
        string orgId,
        int page,
        int limit,
        [Header("X-API-KEY")] string apiKey,
        [Header("X-Organization-Id")] string organizationId,
        CancellationToken cancellationToken = default);
}

/// <summary>Builds the Refit client the way its README shows: an <see cref="HttpClient"/> with a base address.</summary>
public static class RefitClient
{
    public static (IQbraidRefitApi Api, HttpClient Http) Create(Uri baseUrl)
    {
        // Refit appends the relative path to BaseAddress's path; it wants no trailing slash.
        var http = new HttpClient(new SocketsHttpHandler()) { BaseAddress = new Uri(baseUrl.ToString().TrimEnd('/')) };
        return (RestService.For<IQbraidRefitApi>(http), http);
    }
}
