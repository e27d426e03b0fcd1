namespace Qbraid.Account.Profile;

/// <summary>The body of <c>POST /users/me/deletion-request</c>; a null reason is left out.</summary>
internal sealed record DeletionRequestBody
{
    public string? Reason { get; init; }
}
