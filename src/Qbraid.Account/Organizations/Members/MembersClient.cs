using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Qbraid.Account.Common;
using Qbraid.Account.Http;

namespace Qbraid.Account.Organizations.Members;

internal sealed class MembersClient : IMembersClient
{
    private readonly WorkspaceContext _context;

    public MembersClient(WorkspaceContext context) => _context = context;

    private string OrgId => _context.OrganizationId;

    public AsyncPageable<OrganizationMember> ListAsync(MemberListOptions? options = null, CancellationToken cancellationToken = default)
    {
        // A blank search box means "no search", not an error: UIs pass it through as typed.
        var search = string.IsNullOrWhiteSpace(options?.Search) ? null : options!.Search!.Trim();
        var request = ApiRequest.Get(Routes.Members, OrgId)
            .WithQuery("role", options?.Role is { } role ? Guard.WireValue(role.Value, "options.Role") : null)
            .WithQuery("status", options?.Status is { } status ? Guard.WireValue(status.Value, "options.Status") : null)
            .WithQuery("search", search);
        return _context.List(request, QbraidJsonContext.Default.OrganizationMember, options?.PageSize, cancellationToken);
    }

    public Task<OrganizationMember> GetAsync(string memberId, CancellationToken cancellationToken = default)
    {
        Guard.ObjectId(memberId, nameof(memberId));
        return _context.SendAsync(ApiRequest.Get(Routes.Member, OrgId, memberId), QbraidJsonContext.Default.OrganizationMember, cancellationToken);
    }

    public Task<Invitation> InviteAsync(InviteMemberRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(request, nameof(request));
        Guard.Email(request.Email, "request.Email");
        Guard.AssignableRole(request.Role, "request.Role");
        if (request.Credits is { } credits) Guard.NotNegative(credits, "request.Credits");
        Guard.OptionalText(request.Message, "request.Message");
        var api = ApiRequest.Post(Routes.Invitations, OrgId)
            .WithJson(request, QbraidJsonContext.Default.InviteMemberRequest)
            .WithIdempotencyKey(idempotencyKey);
        return _context.SendAsync(api, QbraidJsonContext.Default.Invitation, cancellationToken);
    }

    public async Task<BulkInvitationResult> BulkInviteAsync(Stream csv, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        var entries = await InvitationCsv.ReadAsync(csv, nameof(csv), cancellationToken).ConfigureAwait(false);
        return await SendBulkAsync(entries, idempotencyKey, cancellationToken).ConfigureAwait(false);
    }

    public Task<BulkInvitationResult> BulkInviteAsync(IEnumerable<BulkInvitationEntry> entries, string? idempotencyKey = null, CancellationToken cancellationToken = default)
        => SendBulkAsync(InvitationCsv.Check(entries, nameof(entries)), idempotencyKey, cancellationToken);

    private Task<BulkInvitationResult> SendBulkAsync(IReadOnlyList<BulkInvitationEntry> entries, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var api = ApiRequest.Post(Routes.InvitationsBulk, OrgId)
            .WithBody(InvitationCsv.Write(entries), InvitationCsv.ContentType)
            .WithIdempotencyKey(idempotencyKey);
        return _context.SendAsync(api, QbraidJsonContext.Default.BulkInvitationResult, cancellationToken);
    }

    public AsyncPageable<Invitation> ListInvitationsAsync(InvitationListOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = ApiRequest.Get(Routes.Invitations, OrgId)
            .WithQuery("status", options?.Status is { } status ? Guard.WireValue(status.Value, "options.Status") : null);
        return _context.List(request, QbraidJsonContext.Default.Invitation, options?.PageSize, cancellationToken);
    }

    public Task CancelInvitationAsync(string invitationId, CancellationToken cancellationToken = default)
    {
        Guard.ObjectId(invitationId, nameof(invitationId));
        return _context.SendAsync(ApiRequest.Delete(Routes.Invitation, OrgId, invitationId), cancellationToken);
    }

    public Task<OrganizationMember> ChangeRoleAsync(string memberId, MemberRole role, CancellationToken cancellationToken = default)
    {
        Guard.ObjectId(memberId, nameof(memberId));
        Guard.AssignableRole(role, nameof(role));
        var api = ApiRequest.Patch(Routes.Member, OrgId, memberId)
            .WithJson(new ChangeMemberRoleBody { Role = role }, QbraidJsonContext.Default.ChangeMemberRoleBody);
        return _context.SendAsync(api, QbraidJsonContext.Default.OrganizationMember, cancellationToken);
    }

    public Task<OrganizationMember> SuspendAsync(string memberId, CancellationToken cancellationToken = default)
    {
        Guard.ObjectId(memberId, nameof(memberId));
        return _context.SendAsync(ApiRequest.Post(Routes.MemberSuspend, OrgId, memberId), QbraidJsonContext.Default.OrganizationMember, cancellationToken);
    }

    public Task<OrganizationMember> ReactivateAsync(string memberId, CancellationToken cancellationToken = default)
    {
        Guard.ObjectId(memberId, nameof(memberId));
        return _context.SendAsync(ApiRequest.Post(Routes.MemberReactivate, OrgId, memberId), QbraidJsonContext.Default.OrganizationMember, cancellationToken);
    }

    public Task RemoveAsync(string memberId, CancellationToken cancellationToken = default)
    {
        Guard.ObjectId(memberId, nameof(memberId));
        return _context.SendAsync(ApiRequest.Delete(Routes.Member, OrgId, memberId), cancellationToken);
    }
}
