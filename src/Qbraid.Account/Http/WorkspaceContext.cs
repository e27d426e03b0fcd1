using System.Collections.Generic;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace Qbraid.Account.Http;

/// <summary>
/// What every sub-client holds: the client's shared pipeline plus the workspace and key it acts as.
/// Immutable, so workspace views can be handed to any thread.
/// </summary>
internal sealed class WorkspaceContext
{
    public WorkspaceContext(QbraidPipeline pipeline, Workspace workspace, string apiKey)
    {
        Pipeline = pipeline;
        Scope = new WorkspaceScope(workspace, apiKey);
    }

    public QbraidPipeline Pipeline { get; }

    public WorkspaceScope Scope { get; }

    public Workspace Workspace => Scope.Workspace;

    /// <summary>The organization id of an organization workspace (callers only use it there).</summary>
    public string OrganizationId => Scope.Workspace.OrganizationId!;

    public Task<T> SendAsync<T>(ApiRequest request, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
        => Pipeline.SendAsync(request, Scope, typeInfo, cancellationToken);

    public Task SendAsync(ApiRequest request, CancellationToken cancellationToken)
        => Pipeline.SendAsync(request, Scope, cancellationToken);

    /// <summary>A whole (unpaged) list in <c>data</c>.</summary>
    public async Task<IReadOnlyList<T>> SendListAsync<T>(ApiRequest request, JsonTypeInfo<T> elementInfo, CancellationToken cancellationToken)
        => (await Pipeline.SendPageAsync(request, Scope, elementInfo, cancellationToken).ConfigureAwait(false)).Items;

    /// <summary>A lazy paged list; nothing is sent until it is enumerated.</summary>
    public QbraidPageable<T> List<T>(ApiRequest request, JsonTypeInfo<T> elementInfo, int? pageSize, CancellationToken cancellationToken, int maxPageSize = QbraidPageable<T>.MaxPageSize)
        => new QbraidPageable<T>(this, request, elementInfo, pageSize, cancellationToken, maxPageSize);
}
