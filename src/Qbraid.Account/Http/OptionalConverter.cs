using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Qbraid.Account.Http;

/// <summary>
/// Writes a set <see cref="Optional{T}"/> as its value. Unset fields never reach it: PATCH
/// request properties carry <c>[JsonIgnore(Condition = WhenWritingDefault)]</c>. Closed types are
/// listed in <see cref="QbraidJsonContext"/>'s options (no reflection, AOT-safe).
/// </summary>
internal sealed class OptionalConverter<T> : JsonConverter<Optional<T>>
{
    public override Optional<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var info = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        return new Optional<T>(JsonSerializer.Deserialize(ref reader, info)!);
    }

    public override void Write(Utf8JsonWriter writer, Optional<T> value, JsonSerializerOptions options)
    {
        if (!value.HasValue || value.Value is null)
        {
            writer.WriteNullValue();
            return;
        }
        var info = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        JsonSerializer.Serialize(writer, value.Value, info);
    }

    public override bool HandleNull => true;
}
