using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Qbraid.Account.Identity;
using Qbraid.Account.Organizations.Transactions;

namespace Qbraid.Account.Benchmarks.Clients;

/// <summary>The documented success envelope, as a hand-written client (and Refit) models it.</summary>
public sealed class ApiEnvelope<T>
{
    public bool Success { get; set; }

    public T? Data { get; set; }

    public ApiPagination? Pagination { get; set; }
}

/// <summary>The <c>pagination</c> object of a paged list.</summary>
public sealed class ApiPagination
{
    public int Page { get; set; }

    public int Limit { get; set; }

    public long? Total { get; set; }

    public int? TotalPages { get; set; }
}

// The baseline reads straight into the SDK's public models (so every client feeds the same CSV
// writer), with its own source-generated context. The two wire enums carry a [JsonConverter] that
// is internal to the SDK, which another assembly's generator can't use (SYSLIB1030/1220, silenced in
// the project file): the baseline supplies their metadata by hand below, as a developer writing this client would.
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(ApiEnvelope<UserVerification>))]
[JsonSerializable(typeof(ApiEnvelope<List<Transaction>>))]
internal sealed partial class BaselineJsonContext : JsonSerializerContext
{
}

/// <summary>The baseline's type metadata: its generated context plus the two hand-written wire-enum converters.</summary>
internal static class BaselineJson
{
    public static readonly JsonSerializerOptions Options = new(BaselineJsonContext.Default.Options)
    {
        TypeInfoResolver = JsonTypeInfoResolver.Combine(BaselineJsonContext.Default, new WireEnumResolver()),
    };

    public static readonly JsonTypeInfo<ApiEnvelope<UserVerification>> Verify =
        (JsonTypeInfo<ApiEnvelope<UserVerification>>)Options.GetTypeInfo(typeof(ApiEnvelope<UserVerification>));

    public static readonly JsonTypeInfo<ApiEnvelope<List<Transaction>>> TransactionPage =
        (JsonTypeInfo<ApiEnvelope<List<Transaction>>>)Options.GetTypeInfo(typeof(ApiEnvelope<List<Transaction>>));

    private sealed class WireEnumResolver : IJsonTypeInfoResolver
    {
        public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
        {
            if (type == typeof(TransactionType))
                return JsonMetadataServices.CreateValueInfo<TransactionType>(options, new WireString<TransactionType>(static s => new TransactionType(s), static v => v.Value));
            if (type == typeof(TransactionPartyKind))
                return JsonMetadataServices.CreateValueInfo<TransactionPartyKind>(options, new WireString<TransactionPartyKind>(static s => new TransactionPartyKind(s), static v => v.Value));
            return null;
        }
    }

    private sealed class WireString<T>(Func<string, T> create, Func<T, string?> value) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            => create(reader.GetString() ?? throw new JsonException("null wire enum"));

        public override void Write(Utf8JsonWriter writer, T value1, JsonSerializerOptions options)
            => writer.WriteStringValue(value(value1));
    }
}
