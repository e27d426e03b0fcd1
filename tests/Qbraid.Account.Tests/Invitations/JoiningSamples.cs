namespace Qbraid.Account.Tests.Invitations;

/// <summary>Wire samples shared by the joining tests (invitee side and invite codes).</summary>
internal static class JoiningSamples
{
    public const string InvitationId = "66a0b1c2d3e4f5a6b7c8d9e0";
    public const string NewMemberId = "66a0b1c2d3e4f5a6b7c8d9e1";
    public const string CodeId = "66a0b1c2d3e4f5a6b7c8d9e2";

    /// <summary>The membership the server returns on accept or join.</summary>
    public static string Membership(string organizationId, string role = "member") => $$"""
        {"organizationId":"{{organizationId}}","memberId":"{{NewMemberId}}","role":"{{role}}","status":"active"}
        """;

    /// <summary>A 410 body in the contract's error shape, with <paramref name="code"/> as <c>error.code</c>.</summary>
    public static string Gone(string code, string message = "This invite code can no longer be used.") => $$$"""
        {"success":false,"error":{"code":"{{{code}}}","message":"{{{message}}}"}}
        """;
}
