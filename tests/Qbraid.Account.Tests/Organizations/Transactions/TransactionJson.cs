using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Qbraid.Account.Tests.Organizations.Transactions;

/// <summary>Builds transaction JSON and paged responses for the transaction tests.</summary>
internal static class TransactionJson
{
    public static string Item(
        string id,
        string createdAt = "2026-11-25T13:49:52Z",
        string type = "transfer",
        string amount = "250",
        string fromKind = "organization",
        string? fromId = "507f1f77bcf86cd799439011",
        string? fromName = "Quantum Lab",
        string toKind = "member",
        string? toId = "64b7f0c2a1d3e4f5a6b7c8d9",
        string? toName = "Ada Lovelace",
        string? actorEmail = "grace@example.com",
        string? description = "Monthly allocation")
        => $$"""
           {"id":{{S(id)}},"createdAt":{{S(createdAt)}},"type":{{S(type)}},"amount":{{amount}},
            "from":{"kind":{{S(fromKind)}},"id":{{S(fromId)}},"name":{{S(fromName)}}},
            "to":{"kind":{{S(toKind)}},"id":{{S(toId)}},"name":{{S(toName)}}},
            "actor":{"id":"64b7f0c2a1d3e4f5a6b7c8aa","name":"Grace Hopper","email":{{S(actorEmail)}}},
            "description":{{S(description)}}}
           """;

    /// <summary>A generated row <paramref name="n"/> (0-based), cheap enough for tens of thousands.</summary>
    public static void AppendGenerated(StringBuilder json, long n)
    {
        json.Append("{\"id\":\"").Append(Id(n)).Append("\",\"createdAt\":\"2026-11-25T13:49:52Z\",\"type\":\"transfer\",\"amount\":")
            .Append((n % 1000 + 1).ToString(CultureInfo.InvariantCulture))
            .Append(",\"from\":{\"kind\":\"organization\",\"id\":\"507f1f77bcf86cd799439011\",\"name\":\"Quantum Lab\"},")
            .Append("\"to\":{\"kind\":\"member\",\"id\":\"64b7f0c2a1d3e4f5a6b7c8d9\",\"name\":\"Member ").Append(n.ToString(CultureInfo.InvariantCulture)).Append("\"},")
            .Append("\"actor\":{\"id\":\"64b7f0c2a1d3e4f5a6b7c8aa\",\"name\":\"Grace Hopper\",\"email\":\"grace@example.com\"},")
            .Append("\"description\":\"Row ").Append(n.ToString(CultureInfo.InvariantCulture)).Append("\"}");
    }

    /// <summary>The CSV row the SDK writes for generated row <paramref name="n"/>, with its CRLF.</summary>
    public static string GeneratedCsvRow(long n)
        => $"{Id(n)},2026-11-25T13:49:52Z,transfer,{n % 1000 + 1},organization,507f1f77bcf86cd799439011,Quantum Lab,member,64b7f0c2a1d3e4f5a6b7c8d9,Member {n},grace@example.com,Row {n}\r\n";

    /// <summary>A 24-hex id unique per row.</summary>
    public static string Id(long n) => "6561" + n.ToString("x20", CultureInfo.InvariantCulture);

    public static string Page(IEnumerable<string> items, int page, int limit, long total)
    {
        var totalPages = (int)((total + limit - 1) / limit);
        return "{\"success\":true,\"data\":[" + string.Join(",", items) + "],\"pagination\":{\"page\":" + page + ",\"limit\":" + limit
            + ",\"total\":" + total + ",\"totalPages\":" + totalPages + "}}";
    }

    private static string S(string? value) => value is null ? "null" : JsonSerializer.Serialize(value);
}
