using Qbraid.Account.Tests.Invitations;

namespace Qbraid.Account.Tests.Organizations.InviteCodes;

internal static class InviteCodeSamples
{
    public const string Code = "LAB-2026-q7Xk";

    public static string InviteCode(string role = "member", string maxUses = "25", string expiresAt = "\"2026-12-31T23:59:59Z\"") => $$"""
        {"id":"{{JoiningSamples.CodeId}}","code":"{{Code}}","role":"{{role}}","uses":3,"maxUses":{{maxUses}},
         "expiresAt":{{expiresAt}},"createdAt":"2026-06-01T08:00:00Z","revoked":false}
        """;
}
