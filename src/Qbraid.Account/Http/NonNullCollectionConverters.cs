using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Qbraid.Account.Http;

/// <summary>
/// Reads a model's list property so it never holds a null item. The models promise non-null items
/// (<c>IReadOnlyList&lt;T&gt;</c>, not <c>IReadOnlyList&lt;T?&gt;</c>), but System.Text.Json checks
/// nullable annotations only on properties, so <c>"roles": [null]</c> would reach a caller's
/// <c>foreach</c> as a null. A null item makes the response unreadable (a
/// <see cref="QbraidResponseException"/>), as it does in a top-level list. Closed types are listed
/// in <see cref="QbraidJsonContext"/>'s options (no reflection, AOT-safe); their element types must
/// be registered there too.
/// </summary>
internal sealed class NonNullListConverter<T> : JsonConverter<IReadOnlyList<T>>
{
    public override IReadOnlyList<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
            throw new JsonException($"Expected a JSON array of {typeof(T).Name}, got {reader.TokenType}.");
        var info = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        var list = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var item = reader.TokenType == JsonTokenType.Null ? default : JsonSerializer.Deserialize(ref reader, info);
            if (item is null) throw new JsonException($"A null {typeof(T).Name} in a list.");
            list.Add(item);
        }
        return list;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
    {
        var info = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        writer.WriteStartArray();
        foreach (var item in value)
            JsonSerializer.Serialize(writer, item, info);
        writer.WriteEndArray();
    }
}

/// <summary>
/// The same rule for a model's dictionary property keyed by string (e.g. organizations by id): a
/// null value makes the response unreadable instead of reaching the caller as a null.
/// </summary>
internal sealed class NonNullDictionaryConverter<TValue> : JsonConverter<IReadOnlyDictionary<string, TValue>>
{
    public override IReadOnlyDictionary<string, TValue> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException($"Expected a JSON object of {typeof(TValue).Name} by key, got {reader.TokenType}.");
        var info = (JsonTypeInfo<TValue>)options.GetTypeInfo(typeof(TValue));
        var result = new Dictionary<string, TValue>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            var value = reader.TokenType == JsonTokenType.Null ? default : JsonSerializer.Deserialize(ref reader, info);
            if (value is null) throw new JsonException($"A null {typeof(TValue).Name} for key '{(key.Length > 40 ? key.Substring(0, 40) : key)}'.");
            result[key] = value;
        }
        if (reader.TokenType != JsonTokenType.EndObject)
            throw new JsonException("The JSON object ended early.");
        return result;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyDictionary<string, TValue> value, JsonSerializerOptions options)
    {
        var info = (JsonTypeInfo<TValue>)options.GetTypeInfo(typeof(TValue));
        writer.WriteStartObject();
        foreach (var pair in value)
        {
            writer.WritePropertyName(pair.Key);
            JsonSerializer.Serialize(writer, pair.Value, info);
        }
        writer.WriteEndObject();
    }
}
