using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Qbraid.Account.Common;
using Qbraid.Account.Http;

namespace Qbraid.Account.ApiKeys;

internal sealed class ApiKeysClient : IApiKeysClient
{
    public const int NameMaxLength = 100;

    private readonly WorkspaceContext _context;

    public ApiKeysClient(WorkspaceContext context) => _context = context;

    public Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken = default)
        => _context.SendListAsync(ApiRequest.Get(Routes.ApiKeys), QbraidJsonContext.Default.ApiKey, cancellationToken);

    public Task<CreatedApiKey> CreateAsync(CreateApiKeyRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(request, nameof(request));
        Guard.NotBlank(request.Name, "request.Name", NameMaxLength);
        if (request.Scopes is { } scopes)
        {
            for (var i = 0; i < scopes.Count; i++)
                Guard.NotBlank(scopes[i], $"request.Scopes[{i}]");
        }
        var api = ApiRequest.Post(Routes.ApiKeys)
            .WithJson(request, QbraidJsonContext.Default.CreateApiKeyRequest)
            .WithIdempotencyKey(idempotencyKey);
        return _context.SendAsync(api, QbraidJsonContext.Default.CreatedApiKey, cancellationToken);
    }

    public Task<CreatedApiKey> RotateAsync(string id, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        Guard.ObjectId(id, nameof(id));
        var api = ApiRequest.Post(Routes.ApiKeyRotate, id).WithIdempotencyKey(idempotencyKey);
        return _context.SendAsync(api, QbraidJsonContext.Default.CreatedApiKey, cancellationToken);
    }

    public Task RevokeAsync(string id, CancellationToken cancellationToken = default)
    {
        Guard.ObjectId(id, nameof(id));
        return _context.SendAsync(ApiRequest.Delete(Routes.ApiKey, id), cancellationToken);
    }
}
