using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Qbraid.Account.Common;

/// <summary>
/// Reads an id that the SDK turns into something stricter (e.g. a <see cref="Workspace"/>): a value
/// that is not 24-hex fails the read, so the caller gets a <see cref="QbraidResponseException"/>
/// from the call instead of an <see cref="ArgumentException"/> from a property later.
/// </summary>
internal sealed class ObjectIdJsonConverter : JsonConverter<string>
{
    public override string Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
            throw new JsonException($"Expected a 24-hex id string, got {reader.TokenType}.");
        var value = reader.GetString();
        if (!Guard.IsObjectId(value))
            throw new JsonException($"Expected a 24-hex id, got {Guard.Describe(value ?? string.Empty)}.");
        return value!;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
