using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Qbraid.Account.Common;

/// <summary>
/// Reads a calendar day (<c>2026-11-20</c>) or a full timestamp as UTC. System.Text.Json would
/// give a date-only string the machine's local offset, so the same response would read as a
/// different instant on every server; the API's days are UTC days.
/// </summary>
internal sealed class UtcDateConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
            throw new JsonException($"Expected a date string, got {reader.TokenType}.");
        var text = reader.GetString()!;
        if (DateTimeOffset.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var day))
            return day;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant))
            return instant;
        throw new JsonException($"Expected an ISO 8601 date, got '{(text.Length > 40 ? text.Substring(0, 40) : text)}'.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
        => writer.WriteStringValue(value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
}
