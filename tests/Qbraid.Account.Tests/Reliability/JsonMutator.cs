using System.Text;
using System.Text.Json.Nodes;

namespace Qbraid.Account.Tests.Reliability;

/// <summary>
/// Seeded, repeatable mutations of a valid JSON body: wrong types, nulls, missing and extra
/// fields, duplicates, huge and odd numbers, deep nesting, odd strings and dates, unknown enum
/// strings, then envelope variants and byte-level damage (truncation, invalid UTF-8, flipped bytes).
/// </summary>
internal sealed class JsonMutator(int seed)
{
    private readonly Random _random = new(seed);

    public static readonly string[] Kinds =
    [
        "wrong type", "null", "missing field", "extra field", "duplicate field", "huge number", "deep nesting",
        "odd string", "odd date", "unknown enum string", "empty container", "number as string",
        "envelope", "truncation", "invalid UTF-8", "flipped byte",
    ];

    private static readonly string[] HugeNumbers =
    [
        "1e400", "-1e400", "1e-400", "79228162514264337593543950336", "-79228162514264337593543950336", "7.9e28",
        "9223372036854775808", "-9223372036854775809", "2147483648", "-2147483649", "4294967296",
        "79228162514264337593543950335", "-79228162514264337593543950335", "1e28", "0.0000000000000000000000000001",
        "123456789012345678901234567890.123456789", "0.0000000000000000000000000000001", "-0", "1E+308", "1.7976931348623157e309",
    ];

    private static readonly string[] OddStrings =
    [
        "", " ", "\u0000", "\uFFFD", "ÄÖÜ 漢字 🚀", "\\", "\"", "</script>", "null", "true", "0", "-1",
        "\uD800", "a\r\nb", new string('x', 70_000),
    ];

    private static readonly string[] OddDates =
    [
        "2026-13-45T25:61:00Z", "not a date", "0000-00-00", "9999-12-31T23:59:59.9999999+14:00", "-0001-01-01",
        "2026-02-30", "1970-01-01T00:00:00Z", "2026-11-25", "2026-11-25T13:49:52", "20261125", "0001-01-01T00:00:00-14:00",
    ];

    private static readonly string[] NumbersAsStrings = ["12.5", "NaN", "Infinity", "-Infinity", "1e400", "0x10", " 7 ", "1,5", ""];

    public sealed record Input(byte[] Body, IReadOnlyList<string> Applied);

    /// <summary>One damaged body: 1 to 3 structural mutations of <paramref name="data"/>, an envelope, then maybe byte damage.</summary>
    public Input Next(JsonNode? data, bool list)
    {
        var applied = new List<string>();
        var root = data?.DeepClone();
        var duplicates = new List<(string Marker, string Name, string Value)>();
        var count = 1 + _random.Next(3);
        for (var i = 0; i < count; i++)
            root = MutateTree(root, applied, duplicates);

        var text = Envelope(root, list, applied);
        foreach (var (marker, name, value) in duplicates)
            text = text.Replace($"\"{name}\":\"{marker}\"", $"\"{name}\":{value},\"{name}\":{value}", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(text);

        var roll = _random.NextDouble();
        if (roll < 0.12) bytes = Truncate(bytes, applied);
        else if (roll < 0.22) bytes = InvalidUtf8(bytes, applied);
        else if (roll < 0.28) bytes = FlipByte(bytes, applied);
        return new Input(bytes, applied);
    }

    private JsonNode? MutateTree(JsonNode? root, List<string> applied, List<(string, string, string)> duplicates)
    {
        var nodes = new List<(JsonNode? Node, JsonNode? Parent, string? Name, int Index)>();
        Collect(root, null, null, -1, nodes);
        var (node, parent, name, index) = nodes[_random.Next(nodes.Count)];
        // Numbers get edge values more often: that is where overflow hides.
        var kind = node is JsonValue number && number.GetValueKind() == System.Text.Json.JsonValueKind.Number && _random.Next(5) < 2 ? 5 : _random.Next(12);
        JsonNode? replacement;
        switch (kind)
        {
            case 0:
                applied.Add("wrong type");
                replacement = WrongType(node);
                break;
            case 1:
                applied.Add("null");
                replacement = null;
                break;
            case 2:
                if (parent is JsonObject owner && name is not null)
                {
                    applied.Add("missing field");
                    owner.Remove(name);
                    return root;
                }
                applied.Add("null");
                replacement = null;
                break;
            case 3:
                var target = node as JsonObject ?? parent as JsonObject ?? root as JsonObject;
                if (target is null) goto case 0;
                applied.Add("extra field");
                target["extra_" + _random.Next(1000)] = RandomValue(3);
                return root;
            case 4:
                if (node is JsonObject withFields && withFields.Count > 0)
                {
                    applied.Add("duplicate field");
                    var field = withFields.ElementAt(_random.Next(withFields.Count));
                    var marker = "__dup" + duplicates.Count + "__";
                    duplicates.Add((marker, field.Key, field.Value?.ToJsonString() ?? "null"));
                    withFields[field.Key] = marker;
                    return root;
                }
                goto case 0;
            case 5:
                applied.Add("huge number");
                replacement = JsonNode.Parse(HugeNumbers[_random.Next(HugeNumbers.Length)]);
                break;
            case 6:
                applied.Add("deep nesting");
                replacement = Deep(_random.Next(2) == 0 ? 40 + _random.Next(30) : 200 + _random.Next(2000));
                break;
            case 7:
                applied.Add(node is JsonValue v && v.TryGetValue<string>(out _) ? "unknown enum string" : "odd string");
                replacement = JsonValue.Create(_random.Next(3) == 0 ? "brand_new_" + _random.Next(100) : OddStrings[_random.Next(OddStrings.Length)]);
                break;
            case 8:
                applied.Add("odd date");
                replacement = JsonValue.Create(OddDates[_random.Next(OddDates.Length)]);
                break;
            case 9:
                applied.Add("empty container");
                replacement = _random.Next(2) == 0 ? new JsonObject() : new JsonArray();
                break;
            case 10:
                applied.Add("number as string");
                replacement = JsonValue.Create(NumbersAsStrings[_random.Next(NumbersAsStrings.Length)]);
                break;
            default:
                applied.Add("wrong type");
                replacement = WrongType(node);
                break;
        }
        return Replace(root, node, parent, name, index, replacement);
    }

    private static JsonNode? Replace(JsonNode? root, JsonNode? node, JsonNode? parent, string? name, int index, JsonNode? replacement)
    {
        if (parent is null) return replacement;
        if (parent is JsonObject obj && name is not null) obj[name] = replacement;
        else if (parent is JsonArray array && index >= 0) array[index] = replacement;
        return root;
    }

    private static void Collect(JsonNode? node, JsonNode? parent, string? name, int index, List<(JsonNode?, JsonNode?, string?, int)> into)
    {
        into.Add((node, parent, name, index));
        if (node is JsonObject obj)
            foreach (var (key, value) in obj.ToList()) Collect(value, obj, key, -1, into);
        else if (node is JsonArray array)
            for (var i = 0; i < array.Count; i++) Collect(array[i], array, null, i, into);
    }

    private JsonNode? WrongType(JsonNode? node)
    {
        JsonNode?[] choices =
        [
            JsonValue.Create("a string"), JsonValue.Create(42), JsonValue.Create(-1.5m), JsonValue.Create(true), JsonValue.Create(false),
            new JsonObject { ["k"] = "v" }, new JsonArray(1, 2), null,
        ];
        JsonNode? pick;
        do pick = choices[_random.Next(choices.Length)];
        while (pick is not null && node is not null && pick.GetValueKind() == node.GetValueKind());
        return pick;
    }

    private JsonNode? RandomValue(int depth) => _random.Next(7) switch
    {
        0 => JsonValue.Create("x"),
        1 => JsonValue.Create(_random.Next()),
        2 => null,
        3 => JsonValue.Create(_random.Next(2) == 0),
        4 when depth > 0 => new JsonArray(RandomValue(depth - 1), RandomValue(depth - 1)),
        5 when depth > 0 => new JsonObject { ["a"] = RandomValue(depth - 1) },
        _ => JsonNode.Parse(HugeNumbers[_random.Next(HugeNumbers.Length)]),
    };

    private JsonNode Deep(int depth)
    {
        // Built as text: JsonNode's own writer refuses to go past its depth limit.
        var arrays = _random.Next(2) == 0;
        var text = new StringBuilder();
        for (var i = 0; i < depth; i++) text.Append(arrays ? "[" : "{\"a\":");
        text.Append("1");
        for (var i = 0; i < depth; i++) text.Append(arrays ? "]" : "}");
        return new DeepNode(text.ToString()).Node;
    }

    /// <summary>Wraps the (mutated) payload: mostly the documented envelope, sometimes JSend, bare, or a damaged envelope.</summary>
    private string Envelope(JsonNode? data, bool list, List<string> applied)
    {
        var payload = Serialize(data);
        var pagination = list ? ",\"pagination\":{\"page\":1,\"limit\":50,\"total\":1,\"totalPages\":1}" : string.Empty;
        var roll = _random.Next(20);
        if (roll >= 5) return "{\"success\":true,\"data\":" + payload + pagination + "}";
        applied.Add("envelope");
        return roll switch
        {
            0 => "{\"status\":\"success\",\"data\":" + payload + "}",
            1 => payload,
            2 => _random.Next(6) switch
            {
                0 => "{\"success\":\"yes\",\"data\":" + payload + "}",
                1 => "{\"success\":true}",
                2 => "{\"success\":true,\"data\":null}",
                3 => "{\"success\":true,\"data\":" + payload + ",\"data\":" + payload + "}",
                4 => "[" + payload + "]",
                _ => "\uFEFF{\"success\":true,\"data\":" + payload + "}",
            },
            3 => "{\"success\":true,\"data\":" + payload + ",\"pagination\":" + PaginationJunk() + "}",
            _ => _random.Next(5) switch
            {
                0 => string.Empty,
                1 => "   ",
                2 => "\"just a string\"",
                3 => "{\"success\":false,\"data\":" + payload + "}",
                _ => "{\"status\":\"fail\",\"data\":" + payload + "}",
            },
        };
    }

    private string PaginationJunk() => _random.Next(6) switch
    {
        0 => "{\"page\":\"one\"}",
        1 => "{\"page\":1e400,\"limit\":-5,\"total\":-1,\"totalPages\":2147483648}",
        2 => "[]",
        3 => "null",
        4 => "{\"total\":99999999999999999999}",
        _ => "{\"page\":0,\"limit\":0,\"total\":0,\"totalPages\":0}",
    };

    private byte[] Truncate(byte[] bytes, List<string> applied)
    {
        applied.Add("truncation");
        return bytes.AsSpan(0, _random.Next(bytes.Length)).ToArray();
    }

    private byte[] InvalidUtf8(byte[] bytes, List<string> applied)
    {
        applied.Add("invalid UTF-8");
        byte[][] bad = [[0xFF], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0xE2, 0x82], [0x80]];
        // Prefer the inside of a string value, where a lenient reader would carry it into the model.
        var quotes = Enumerable.Range(0, bytes.Length).Where(i => bytes[i] == (byte)'"').ToList();
        var at = quotes.Count > 0 ? quotes[_random.Next(quotes.Count)] + 1 : _random.Next(bytes.Length + 1);
        return [.. bytes.AsSpan(0, at), .. bad[_random.Next(bad.Length)], .. bytes.AsSpan(at)];
    }

    private byte[] FlipByte(byte[] bytes, List<string> applied)
    {
        applied.Add("flipped byte");
        if (bytes.Length == 0) return bytes;
        var copy = (byte[])bytes.Clone();
        copy[_random.Next(copy.Length)] = (byte)_random.Next(256);
        return copy;
    }

    private static string Serialize(JsonNode? node) => node switch
    {
        null => "null",
        _ when DeepNode.TryGet(node, out var raw) => raw,
        JsonObject obj => "{" + string.Join(",", obj.Select(p => System.Text.Json.JsonSerializer.Serialize(p.Key) + ":" + Serialize(p.Value))) + "}",
        JsonArray array => "[" + string.Join(",", array.Select(Serialize)) + "]",
        _ => node.ToJsonString(),
    };

    /// <summary>Deep nesting kept as raw text behind a placeholder node (JsonNode can't hold it).</summary>
    private sealed class DeepNode
    {
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<JsonNode, string> Raw = new();

        public DeepNode(string text)
        {
            Node = JsonValue.Create("__deep__")!;
            Raw.Add(Node, text);
        }

        public JsonNode Node { get; }

        public static bool TryGet(JsonNode node, out string text) => Raw.TryGetValue(node, out text!);
    }
}
