using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Qbraid.Account.Profile;

/// <summary>
/// The signed-in user's profile, notification preferences, account deletion and leaving
/// organizations. The same user in every workspace; in an organization workspace each call also
/// sends that organization's <c>X-Organization-Id</c>.
/// </summary>
public interface IProfileClient
{
    /// <summary>Reads the profile (<c>GET /users/me</c>).</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    Task<UserProfile> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Changes the user name or names (<c>PATCH /users/me</c>); only the fields set on <paramref name="request"/> are sent.</summary>
    /// <param name="request">At least one field; a user name must not be blank.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The updated profile.</returns>
    /// <exception cref="System.ArgumentException">No field is set, or the user name is null or blank.</exception>
    /// <exception cref="QbraidConflictException">The user name is taken (user names are unique).</exception>
    Task<UserProfile> UpdateAsync(UpdateProfileRequest request, CancellationToken cancellationToken = default);

    /// <summary>Replaces the profile picture (<c>PUT /users/me/avatar</c>, multipart field <c>file</c>).</summary>
    /// <param name="image">A PNG, JPEG or WEBP image of at most 1 MB (1,048,576 bytes), read from its current position; the type is checked from its first bytes before anything is sent. The stream is not disposed.</param>
    /// <param name="cancellationToken">Cancels reading and the request.</param>
    /// <returns>The new picture's URL.</returns>
    /// <exception cref="System.ArgumentException">The image is empty, larger than 1 MB, or not PNG, JPEG or WEBP.</exception>
    Task<ProfileAvatar> UploadAvatarAsync(Stream image, CancellationToken cancellationToken = default);

    /// <summary>Reads the e-mail notification preferences (<c>GET /users/me/notifications</c>).</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    Task<NotificationPreferences> GetNotificationsAsync(CancellationToken cancellationToken = default);

    /// <summary>Changes some notification preferences (<c>PATCH /users/me/notifications</c>); only the fields set are sent.</summary>
    /// <param name="request">At least one field.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>All preferences after the change.</returns>
    /// <exception cref="System.ArgumentException">No field is set.</exception>
    Task<NotificationPreferences> UpdateNotificationsAsync(UpdateNotificationPreferencesRequest request, CancellationToken cancellationToken = default);

    /// <summary>Asks qBraid to delete the account (<c>POST /users/me/deletion-request</c>). The request stays pending and can be cancelled with <see cref="CancelDeletionAsync"/>.</summary>
    /// <param name="reason">Why, optional; when given, not blank.</param>
    /// <param name="idempotencyKey">Your own <c>Idempotency-Key</c> (1 to 255 characters) to make a repeated call safe across restarts; <see langword="null"/> for a new UUID per call, reused on its retries.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The pending request.</returns>
    Task<AccountDeletionRequest> RequestDeletionAsync(string? reason = null, string? idempotencyKey = null, CancellationToken cancellationToken = default);

    /// <summary>Cancels a pending account deletion (<c>DELETE /users/me/deletion-request</c>).</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    Task CancelDeletionAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Leaves an organization (<c>POST /organizations/{orgId}/leave</c>). Credits the organization
    /// allocated to the user's wallet return to its pool.
    /// </summary>
    /// <param name="organizationId">The organization's 24-hex id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="System.ArgumentException">The id is not 24 hexadecimal characters.</exception>
    /// <exception cref="QbraidPermissionException">The user owns the organization: owners can't leave their own organization.</exception>
    Task LeaveOrganizationAsync(string organizationId, CancellationToken cancellationToken = default);
}
