namespace Qbraid.Account.Profile;

/// <summary>The profile picture after an upload (<c>PUT /users/me/avatar</c>).</summary>
public sealed record ProfileAvatar
{
    /// <summary>Where the new picture is served.</summary>
    public required string AvatarUrl { get; init; }
}
