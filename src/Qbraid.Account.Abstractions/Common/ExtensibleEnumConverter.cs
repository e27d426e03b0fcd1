using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Qbraid.Account.Common;

/// <summary>
/// Reads and writes a string-backed extensible enum as its wire string. Unknown strings are kept,
/// never rejected: qBraid adds statuses and roles over time. Each enum nests a one-line subclass,
/// which keeps this AOT-safe (no reflection to construct the value).
/// </summary>
internal abstract class ExtensibleEnumConverter<T> : JsonConverter<T>
{
    protected abstract T Create(string value);

    protected abstract string? ValueOf(T value);

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
            throw new JsonException($"Expected a string for {typeof(T).Name}, got {reader.TokenType}.");
        return Create(reader.GetString()!);
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        => writer.WriteStringValue(ValueOf(value) ?? string.Empty);

    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => Create(reader.GetString()!);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        => writer.WritePropertyName(ValueOf(value) ?? string.Empty);
}

/// <summary>Normalisation shared by every extensible enum.</summary>
internal static class ExtensibleEnum
{
    /// <summary>Wire values are lower-case; comparing them case-insensitively costs nothing here.</summary>
    public static string Normalize(string? value, string paramName)
    {
        if (value is null) throw new ArgumentNullException(paramName);
        return value.Trim().ToLowerInvariant();
    }
}
