using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Qbraid.Account.Http;

/// <summary>
/// Reads the success envelope, <c>{"success": true, "data": ..., "pagination": ...}</c> or JSend
/// <c>{"status": "success", "data": ...}</c>, straight from the body bytes into the
/// source-generated types. Anything unreadable becomes a <see cref="QbraidResponseException"/>.
/// </summary>
internal static class ResponseReader
{
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 64 };

    public readonly struct Envelope<T>
    {
        public Envelope(T? data, bool hasData, Pagination? pagination, bool failed)
        {
            Data = data;
            HasData = hasData;
            Pagination = pagination;
            Failed = failed;
        }

        public T? Data { get; }

        public bool HasData { get; }

        public Pagination? Pagination { get; }

        /// <summary>The envelope said <c>success: false</c> or JSend <c>fail</c>/<c>error</c>.</summary>
        public bool Failed { get; }
    }

    /// <summary>Reads <c>data</c> as one <typeparamref name="T"/>.</summary>
    public static Envelope<T> Read<T>(ReadOnlySpan<byte> body, JsonTypeInfo<T> typeInfo)
        => ReadCore<T, JsonTypeInfo<T>>(body, typeInfo, static (ref Utf8JsonReader reader, JsonTypeInfo<T> info) => JsonSerializer.Deserialize(ref reader, info));

    /// <summary>Reads <c>data</c> as an array of <typeparamref name="T"/> (no list type to register: its metadata is built from the element's).</summary>
    public static Envelope<List<T>> ReadList<T>(ReadOnlySpan<byte> body, JsonTypeInfo<T> elementInfo)
        => ReadCore<List<T>, JsonTypeInfo<T>>(body, elementInfo, static (ref Utf8JsonReader reader, JsonTypeInfo<T> info) =>
        {
            if (reader.TokenType == JsonTokenType.Null) return null;
            if (reader.TokenType != JsonTokenType.StartArray)
                throw new JsonException($"Expected a JSON array of {typeof(T).Name}, got {reader.TokenType}.");
            // One deserialization for the whole array: one read stack, not one per element.
            var list = JsonSerializer.Deserialize(ref reader, ListInfo<T>.For(info))!;
            foreach (var item in list)
            {
                if (item is null) throw new JsonException($"A null {typeof(T).Name} in a list.");
            }
            return list;
        });

    /// <summary>The <c>List&lt;T&gt;</c> metadata for an element's, built once (AOT-safe: no reflection).</summary>
    private static class ListInfo<T>
    {
        private static Cached? _cached;

        public static JsonTypeInfo<List<T>> For(JsonTypeInfo<T> elementInfo)
        {
            var cached = _cached;
            if (cached is not null && ReferenceEquals(cached.Element, elementInfo)) return cached.List;
            var list = JsonMetadataServices.CreateListInfo<List<T>, T>(elementInfo.Options, new JsonCollectionInfoValues<List<T>>
            {
                ObjectCreator = static () => new List<T>(),
                ElementInfo = elementInfo,
            });
            _cached = new Cached(elementInfo, list); // a race only builds it twice
            return list;
        }

        private sealed class Cached
        {
            public Cached(JsonTypeInfo<T> element, JsonTypeInfo<List<T>> list)
            {
                Element = element;
                List = list;
            }

            public JsonTypeInfo<T> Element { get; }

            public JsonTypeInfo<List<T>> List { get; }
        }
    }

    /// <summary>
    /// Whether the body is an envelope that reports failure (<c>success: false</c>, JSend
    /// <c>fail</c>/<c>error</c>), whatever its data holds; used when the payload can't be read.
    /// </summary>
    public static bool IsFailureEnvelope(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body, ReaderOptions);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var success = reader.ValueTextEquals("success"u8);
                var status = reader.ValueTextEquals("status"u8);
                reader.Read();
                if (success && reader.TokenType == JsonTokenType.False) return true;
                if (status && reader.TokenType == JsonTokenType.String && (reader.ValueTextEquals("fail"u8) || reader.ValueTextEquals("error"u8))) return true;
                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Truncated: only what was read before the cut counts.
        }
        return false;
    }

    private delegate TResult? DataReader<TResult, TInfo>(ref Utf8JsonReader reader, TInfo info);

    private static Envelope<TResult> ReadCore<TResult, TInfo>(ReadOnlySpan<byte> body, TInfo info, DataReader<TResult, TInfo> readData)
    {
        var reader = new Utf8JsonReader(body, ReaderOptions);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException("The response body is not a JSON object.");

        TResult? data = default;
        var hasData = false;
        var sawEnvelope = false;
        var failed = false;
        Pagination? pagination = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("data"u8))
            {
                reader.Read();
                sawEnvelope = true;
                if (failed)
                {
                    reader.Skip(); // a failure's data holds error details, not the payload
                    continue;
                }
                data = readData(ref reader, info);
                hasData = data is not null;
            }
            else if (reader.ValueTextEquals("success"u8))
            {
                reader.Read();
                sawEnvelope = true;
                if (reader.TokenType == JsonTokenType.False) failed = true;
                else if (reader.TokenType != JsonTokenType.True) reader.Skip();
            }
            else if (reader.ValueTextEquals("status"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.String)
                {
                    sawEnvelope = true;
                    if (reader.ValueTextEquals("fail"u8) || reader.ValueTextEquals("error"u8)) failed = true;
                }
                else
                {
                    reader.Skip();
                }
            }
            else if (reader.ValueTextEquals("pagination"u8))
            {
                reader.Read();
                pagination = reader.TokenType == JsonTokenType.Null ? null : JsonSerializer.Deserialize(ref reader, QbraidJsonContext.Default.Pagination);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        if (reader.TokenType != JsonTokenType.EndObject)
            throw new JsonException("The response body ended before the JSON object closed.");

        if (!sawEnvelope && !failed)
        {
            // No envelope at all: some qBraid endpoints answer with the bare payload.
            var bare = new Utf8JsonReader(body, ReaderOptions);
            bare.Read();
            data = readData(ref bare, info);
            hasData = data is not null;
        }
        return new Envelope<TResult>(data, hasData, pagination, failed);
    }
}
