namespace Qbraid.Account.Tests.Organizations.Members;

/// <summary>Realistic wire payloads shared by the members tests.</summary>
internal static class MemberSamples
{
    public const string AdaId = "64b7f0c2a1d3e4f5a6b7c8d9";
    public const string InvitationId = "6601a2b3c4d5e6f708192a3b";

    public static string Member(string id = AdaId, string role = "admin", string status = "active", string seat = """{"tier":"pro","assignedAt":"2026-01-02T03:04:05Z"}""")
        => $$"""
            {"id":"{{id}}","userId":"65a1b2c3d4e5f60718293a4b","email":"ada@example.com","userName":"ada",
             "name":"Ada Lovelace","role":"{{role}}","status":"{{status}}","seat":{{seat}},"credits":1250.5,
             "invitedAt":"2025-12-01T00:00:00Z","joinedAt":"2025-12-02T10:00:00Z"}
            """;

    public static string Invitation(string id = InvitationId, string email = "grace@example.com", string role = "manager", string status = "pending")
        => $$"""
            {"id":"{{id}}","email":"{{email}}","role":"{{role}}","credits":500,"message":"Welcome aboard",
             "status":"{{status}}","invitedBy":"ada","createdAt":"2026-02-03T04:05:06Z"}
            """;
}
