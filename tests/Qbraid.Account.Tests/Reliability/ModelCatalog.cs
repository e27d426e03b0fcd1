using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Qbraid.Account.Http;

namespace Qbraid.Account.Tests.Reliability;

/// <summary>
/// The response models the SDK reads, found from <see cref="QbraidJsonContext"/>'s registered types
/// (so a model added there is fuzzed without touching the tests), and a valid JSON body for each,
/// built from the source generator's own metadata (wire names, property types, converters).
/// </summary>
internal static class ModelCatalog
{
    public const string ObjectId = "507f1f77bcf86cd799439011";

    /// <summary>Every type in a <c>[JsonSerializable]</c> line of the context.</summary>
    public static IReadOnlyList<Type> RegisteredTypes { get; } = typeof(QbraidJsonContext).GetCustomAttributesData()
        .Where(a => a.AttributeType == typeof(JsonSerializableAttribute))
        .Select(a => (Type)a.ConstructorArguments[0].Value!)
        .ToList();

    /// <summary>
    /// Registered types the SDK reads from a response: not primitives or plumbing, not wire enums
    /// (they are covered as properties), and not request-side types (a public method's parameter,
    /// anything reachable from one, or an internal <c>*Body</c>).
    /// </summary>
    public static IReadOnlyList<Type> ResponseModels { get; } = RegisteredTypes
        .Where(t => !t.IsPrimitive && t != typeof(string) && t != typeof(decimal) && t != typeof(JsonElement) && t != typeof(Pagination))
        .Where(t => !IsWireEnum(t))
        .Where(t => !t.Name.EndsWith("Body", StringComparison.Ordinal))
        .Where(t => !RequestSideTypes().Contains(t))
        .ToList();

    public static JsonTypeInfo TypeInfo(Type type) => QbraidJsonContext.Default.GetTypeInfo(type)
        ?? throw new InvalidOperationException($"{type} is not in QbraidJsonContext");

    /// <summary>An extensible string enum: a value type with a <c>Value</c> string and static instances of itself.</summary>
    public static bool IsWireEnum(Type type)
        => type.IsValueType && type.GetProperty("Value")?.PropertyType == typeof(string)
           && type.GetProperties(BindingFlags.Public | BindingFlags.Static).Any(p => p.PropertyType == type);

    /// <summary>The wire strings of a wire enum's static members, in declaration order.</summary>
    public static IReadOnlyList<string> WireValues(Type type) => type.GetProperties(BindingFlags.Public | BindingFlags.Static)
        .Where(p => p.PropertyType == type)
        .Select(p => (string)type.GetProperty("Value")!.GetValue(p.GetValue(null))!)
        .ToList();

    private static HashSet<Type> RequestSideTypes()
    {
        var found = new HashSet<Type>();
        var pending = new Stack<Type>();
        foreach (var method in PublicSurface.Methods())
            foreach (var parameter in method.Method.GetParameters())
                pending.Push(parameter.ParameterType);
        while (pending.Count > 0)
        {
            var popped = pending.Pop();
            var type = Nullable.GetUnderlyingType(popped) ?? popped;
            if (!found.Add(type)) continue;
            if (type.IsGenericType)
                foreach (var argument in type.GetGenericArguments()) pending.Push(argument);
            if (type.Namespace?.StartsWith("Qbraid.Account", StringComparison.Ordinal) == true && !type.IsEnum)
                foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                    pending.Push(property.PropertyType);
        }
        return found;
    }

    /// <summary>
    /// A valid JSON value for <paramref name="type"/>. <paramref name="unknownEnumAt"/> turns the
    /// n-th wire-enum value written (0-based, in writing order) into a value no SDK version knows;
    /// <paramref name="extraFields"/> adds unknown properties to every object.
    /// </summary>
    public static JsonNode? Sample(Type type, int unknownEnumAt = -1, bool extraFields = false)
    {
        var state = new SampleState(unknownEnumAt, extraFields);
        return Build(type, null, state, 0);
    }

    /// <summary>How many wire-enum values <see cref="Sample"/> writes for <paramref name="type"/>.</summary>
    public static int WireEnumCount(Type type)
    {
        var state = new SampleState(-1, false);
        Build(type, null, state, 0);
        return state.EnumsWritten;
    }

    public const string UnknownEnumValue = "value_from_a_newer_api";

    private sealed class SampleState(int unknownEnumAt, bool extraFields)
    {
        public int UnknownEnumAt { get; } = unknownEnumAt;

        public bool ExtraFields { get; } = extraFields;

        public int EnumsWritten { get; set; }
    }

    private static JsonNode? Build(Type type, JsonPropertyInfo? property, SampleState state, int depth)
    {
        if (depth > 12) return null;
        type = Nullable.GetUnderlyingType(type) ?? type;
        var name = property?.Name ?? string.Empty;
        if (property?.CustomConverter is { } converter && converter.GetType().Name == "UtcDateConverter")
            return JsonValue.Create("2026-11-25");
        if (type == typeof(string)) return JsonValue.Create(SampleString(name));
        if (type == typeof(bool)) return JsonValue.Create(true);
        if (type == typeof(int) || type == typeof(long) || type == typeof(short)) return JsonValue.Create(3);
        if (type == typeof(decimal) || type == typeof(double) || type == typeof(float)) return JsonValue.Create(12.5m);
        if (type == typeof(DateTimeOffset) || type == typeof(DateTime)) return JsonValue.Create("2026-11-25T13:49:52Z");
        if (type == typeof(Guid)) return JsonValue.Create(Guid.Empty.ToString());
        if (type == typeof(JsonElement) || type == typeof(object)) return new JsonObject { ["note"] = "free-form" };
        if (type == typeof(Workspace)) return JsonValue.Create("personal");
        if (IsWireEnum(type))
        {
            var index = state.EnumsWritten++;
            return JsonValue.Create(index == state.UnknownEnumAt ? UnknownEnumValue : WireValues(type)[0]);
        }
        if (type.IsEnum) return JsonValue.Create(Enum.GetNames(type)[0]);

        // Collections read by a custom converter have no collection metadata: use the type itself.
        if (type.IsGenericType && type.GetGenericTypeDefinition() is var definition)
        {
            if (definition == typeof(IReadOnlyDictionary<,>) || definition == typeof(Dictionary<,>) || definition == typeof(IDictionary<,>))
                return new JsonObject { [ObjectId] = Build(type.GetGenericArguments()[1], null, state, depth + 1) };
            if (definition == typeof(IReadOnlyList<>) || definition == typeof(List<>) || definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyCollection<>))
                return new JsonArray(Build(type.GetGenericArguments()[0], null, state, depth + 1));
        }
        var info = TypeInfo(type);
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Enumerable:
                return new JsonArray(Build(info.ElementType!, null, state, depth + 1));
            case JsonTypeInfoKind.Dictionary:
                return new JsonObject { [ObjectId] = Build(info.ElementType!, null, state, depth + 1) };
            case JsonTypeInfoKind.Object:
                var json = new JsonObject();
                foreach (var member in info.Properties)
                {
                    if (member.IsExtensionData || member.Set is null && !member.IsRequired) continue;
                    json[member.Name] = Build(member.PropertyType, member, state, depth + 1);
                }
                if (state.ExtraFields)
                {
                    json["unexpectedField"] = "from a newer API";
                    json["unexpectedObject"] = new JsonObject { ["nested"] = new JsonArray(1, "two", null, true) };
                }
                return json;
            default:
                throw new InvalidOperationException($"no sample rule for {type} (kind {info.Kind}): add one to ModelCatalog");
        }
    }

    private static string SampleString(string name)
    {
        var lower = name.ToLowerInvariant();
        if (lower.Contains("url", StringComparison.Ordinal) || lower.Contains("photo", StringComparison.Ordinal)) return "https://example.com/asset.png";
        if (lower.Contains("email", StringComparison.Ordinal)) return "ada@example.com";
        if (lower == "id" || lower.EndsWith("id", StringComparison.Ordinal)) return ObjectId;
        if (lower.Contains("key", StringComparison.Ordinal)) return "*****456";
        return "sample " + name;
    }

    /// <summary>
    /// Walks a read model like a caller would (every public getter, computed ones included, lists
    /// and dictionaries) and lists what breaks: a getter that throws, or a null where the model's
    /// nullable annotations (on properties, list items and dictionary values) promise a value.
    /// </summary>
    public static void Inspect(object? value, string path, List<string> problems) => Inspect(value, null, path, problems, 0);

    /// <summary>Every wire-enum value held anywhere in a read model (lists and nested models included).</summary>
    public static List<string> WireEnumValuesIn(object? value)
    {
        var found = new List<string>();
        void Walk(object? node, int depth)
        {
            if (node is null || depth > 16) return;
            var type = node.GetType();
            if (IsWireEnum(type))
            {
                found.Add((string?)type.GetProperty("Value")!.GetValue(node) ?? string.Empty);
                return;
            }
            if (type.IsPrimitive || node is string or decimal or DateTimeOffset or JsonElement || type.IsEnum) return;
            if (node is IDictionary dictionary)
            {
                foreach (DictionaryEntry entry in dictionary) Walk(entry.Value, depth + 1);
                return;
            }
            if (node is IEnumerable items)
            {
                foreach (var item in items) Walk(item, depth + 1);
                return;
            }
            if (type.Namespace?.StartsWith("Qbraid.Account", StringComparison.Ordinal) != true) return;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                if (property.GetIndexParameters().Length == 0 && property.GetMethod is not null)
                    Walk(property.GetValue(node), depth + 1);
        }
        Walk(value, 0);
        return found;
    }

    private static readonly NullabilityInfoContext Nullability = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, (PropertyInfo Property, NullabilityInfo Info)[]> ReadableCache = new();

    /// <summary>A model's readable properties and their nullability, worked out once per type.</summary>
    private static (PropertyInfo Property, NullabilityInfo Info)[] Readable(Type type) => ReadableCache.GetOrAdd(type, static t =>
    {
        lock (Nullability)
        {
            return t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is not null)
                .Select(p => (p, Nullability.Create(p)))
                .ToArray();
        }
    });

    private static void Inspect(object? value, NullabilityInfo? declared, string path, List<string> problems, int depth)
    {
        if (value is null || depth > 16) return;
        var type = value.GetType();
        if (type.IsPrimitive || value is string or decimal or DateTimeOffset or DateTime or JsonElement || IsWireEnum(type) || type.IsEnum) return;
        if (value is IDictionary dictionary)
        {
            var valueInfo = declared?.GenericTypeArguments.LastOrDefault();
            foreach (DictionaryEntry entry in dictionary)
            {
                if (entry.Value is null && valueInfo?.ReadState == NullabilityState.NotNull) problems.Add($"{path}[{entry.Key}] is a null value in a dictionary of non-null values");
                Inspect(entry.Value, valueInfo, $"{path}[{entry.Key}]", problems, depth + 1);
            }
            return;
        }
        if (value is IEnumerable items)
        {
            var itemInfo = declared?.GenericTypeArguments.FirstOrDefault() ?? declared?.ElementType;
            var i = 0;
            foreach (var item in items)
            {
                if (item is null && itemInfo?.ReadState == NullabilityState.NotNull) problems.Add($"{path}[{i}] is null in a list of non-null items");
                Inspect(item, itemInfo, $"{path}[{i++}]", problems, depth + 1);
            }
            return;
        }
        if (type.Namespace?.StartsWith("Qbraid.Account", StringComparison.Ordinal) != true) return;
        foreach (var (property, info) in Readable(type))
        {
            object? child;
            try
            {
                child = property.GetValue(value);
            }
            catch (TargetInvocationException ex)
            {
                problems.Add($"{path}.{property.Name} threw {ex.InnerException!.GetType().Name}: {ex.InnerException.Message}");
                continue;
            }
            if (child is null && !property.PropertyType.IsValueType && info.ReadState == NullabilityState.NotNull)
                problems.Add($"{path}.{property.Name} is null but declared non-nullable");
            Inspect(child, info, $"{path}.{property.Name}", problems, depth + 1);
        }
    }
}
