using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Qbraid.Account.Common;
using Qbraid.Account.Http;

namespace Qbraid.Account.Profile;

internal sealed class ProfileClient : IProfileClient
{
    private readonly WorkspaceContext _context;

    public ProfileClient(WorkspaceContext context) => _context = context;

    public Task<UserProfile> GetAsync(CancellationToken cancellationToken = default)
        => _context.SendAsync(ApiRequest.Get(Routes.Me), QbraidJsonContext.Default.UserProfile, cancellationToken);

    public Task<UserProfile> UpdateAsync(UpdateProfileRequest request, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(request, nameof(request));
        Guard.AnyFieldSet(request.UserName.HasValue || request.FirstName.HasValue || request.LastName.HasValue, nameof(request));
        if (request.UserName.HasValue) Guard.NotBlank(request.UserName.Value, "request.UserName");
        var api = ApiRequest.Patch(Routes.Me).WithJson(request, QbraidJsonContext.Default.UpdateProfileRequest);
        return _context.SendAsync(api, QbraidJsonContext.Default.UserProfile, cancellationToken);
    }

    public async Task<ProfileAvatar> UploadAvatarAsync(Stream image, CancellationToken cancellationToken = default)
    {
        var api = await ImageUpload.CreateAsync(ApiRequest.Put(Routes.MeAvatar), image, ImageUpload.AvatarMaxBytes, nameof(image), cancellationToken).ConfigureAwait(false);
        return await _context.SendAsync(api, QbraidJsonContext.Default.ProfileAvatar, cancellationToken).ConfigureAwait(false);
    }

    public Task<NotificationPreferences> GetNotificationsAsync(CancellationToken cancellationToken = default)
        => _context.SendAsync(ApiRequest.Get(Routes.MeNotifications), QbraidJsonContext.Default.NotificationPreferences, cancellationToken);

    public Task<NotificationPreferences> UpdateNotificationsAsync(UpdateNotificationPreferencesRequest request, CancellationToken cancellationToken = default)
    {
        Guard.NotNull(request, nameof(request));
        Guard.AnyFieldSet(
            request.ProductUpdates.HasValue || request.Billing.HasValue || request.Jobs.HasValue || request.Organization.HasValue || request.Security.HasValue,
            nameof(request));
        var api = ApiRequest.Patch(Routes.MeNotifications).WithJson(request, QbraidJsonContext.Default.UpdateNotificationPreferencesRequest);
        return _context.SendAsync(api, QbraidJsonContext.Default.NotificationPreferences, cancellationToken);
    }

    public Task<AccountDeletionRequest> RequestDeletionAsync(string? reason = null, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        if (reason is not null) Guard.NotBlank(reason, nameof(reason));
        var api = ApiRequest.Post(Routes.MeDeletionRequest)
            .WithJson(new DeletionRequestBody { Reason = reason }, QbraidJsonContext.Default.DeletionRequestBody)
            .WithIdempotencyKey(idempotencyKey);
        return _context.SendAsync(api, QbraidJsonContext.Default.AccountDeletionRequest, cancellationToken);
    }

    public Task CancelDeletionAsync(CancellationToken cancellationToken = default)
        => _context.SendAsync(ApiRequest.Delete(Routes.MeDeletionRequest), cancellationToken);

    public Task LeaveOrganizationAsync(string organizationId, CancellationToken cancellationToken = default)
    {
        Guard.ObjectId(organizationId, nameof(organizationId));
        return _context.SendAsync(ApiRequest.Post(Routes.OrganizationLeave, organizationId), cancellationToken);
    }
}
