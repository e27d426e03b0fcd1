using System.Net.Mail;

namespace Qbraid.Account.Testing.Http;

/// <summary>
/// A request's JSON object, read loosely (unknown fields ignored) but typed strictly: a field of
/// the wrong type is a 400 naming it. Tells "absent" from "null" for PATCH.
/// </summary>
internal sealed class JsonBody
{
    private readonly JsonElement _root;

    private JsonBody(JsonElement root) => _root = root;

    public static JsonBody Empty { get; } = new(JsonDocument.Parse("{}").RootElement.Clone());

    /// <summary>Reads the body; an empty body is <see cref="Empty"/> unless <paramref name="required"/>.</summary>
    public static async Task<JsonBody> ReadAsync(HttpContext context, bool required = true)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        if (buffer.Length == 0)
            return required ? throw ApiError.BadRequest("A JSON request body is required.") : Empty;
        try
        {
            using var document = JsonDocument.Parse(buffer.ToArray());
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw ApiError.BadRequest("The request body must be a JSON object.");
            return new JsonBody(document.RootElement.Clone());
        }
        catch (JsonException)
        {
            throw ApiError.BadRequest("The request body is not valid JSON.");
        }
    }

    public bool Has(string name) => _root.TryGetProperty(name, out _);

    public bool IsNull(string name) => _root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Null;

    public string? String(string name, bool required = false)
    {
        if (!_root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            return required ? throw ApiError.Field(name, $"{name} is required.") : null;
        if (value.ValueKind != JsonValueKind.String) throw ApiError.Field(name, $"{name} must be a string.");
        var text = value.GetString()!;
        if (required && string.IsNullOrWhiteSpace(text)) throw ApiError.Field(name, $"{name} must not be empty.");
        return text;
    }

    public decimal? Decimal(string name, bool required = false)
    {
        if (!_root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            return required ? throw ApiError.Field(name, $"{name} is required.") : null;
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var number))
            throw ApiError.Field(name, $"{name} must be a number.");
        return number;
    }

    /// <summary>A credit amount: a number above zero with at most 4 decimal places.</summary>
    public decimal? PositiveCredits(string name, bool required = false)
    {
        var value = Decimal(name, required);
        if (value is null) return null;
        if (value <= 0) throw ApiError.Field(name, $"{name} must be greater than 0.");
        if (decimal.Round(value.Value, 4) != value.Value) throw ApiError.Field(name, $"{name} may have at most 4 decimal places.");
        return value;
    }

    public int? Int(string name, bool required = false)
    {
        if (!_root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            return required ? throw ApiError.Field(name, $"{name} is required.") : null;
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
            throw ApiError.Field(name, $"{name} must be an integer.");
        return number;
    }

    public bool? Bool(string name, bool required = false)
    {
        if (!_root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            return required ? throw ApiError.Field(name, $"{name} is required.") : null;
        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw ApiError.Field(name, $"{name} must be true or false."),
        };
    }

    public DateTimeOffset? Time(string name)
    {
        var text = String(name);
        if (text is null) return null;
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time.ToUniversalTime()
            : throw ApiError.Field(name, $"{name} must be an ISO 8601 time.");
    }

    public IReadOnlyList<string>? Strings(string name)
    {
        if (!_root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind != JsonValueKind.Array) throw ApiError.Field(name, $"{name} must be an array of strings.");
        var list = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String) throw ApiError.Field(name, $"{name} must be an array of strings.");
            list.Add(item.GetString()!);
        }
        return list;
    }

    public JsonBody? Object(string name)
    {
        if (!_root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind != JsonValueKind.Object) throw ApiError.Field(name, $"{name} must be an object.");
        return new JsonBody(value);
    }
}

/// <summary>Shared value rules.</summary>
internal static class Rules
{
    public static readonly string[] Roles = ["owner", "admin", "manager", "member"];
    public static readonly string[] AssignableRoles = ["admin", "manager", "member"];
    public static readonly string[] Tiers = ["standard", "pro"];
    public static readonly string[] Intervals = ["monthly", "annual"];

    public static bool IsObjectId(string? value) => value is { Length: 24 } && value.All(Uri.IsHexDigit);

    public static void ObjectId(string value, string what)
    {
        if (!IsObjectId(value)) throw ApiError.NotFound($"{what} not found.");
    }

    public static bool IsEmail(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 254 || value.Contains(' ')) return false;
        var at = value.IndexOf('@');
        if (at <= 0 || at != value.LastIndexOf('@') || value.IndexOf('.', at) < at + 2 || value.EndsWith('.')) return false;
        return MailAddress.TryCreate(value, out var address) && address.Address == value;
    }

    public static bool IsHttpUrl(string? value)
        => Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && !string.IsNullOrEmpty(uri.Host);

    public static string OneOf(string? value, string[] allowed, string field, bool required = true)
    {
        if (value is null)
            return required ? throw ApiError.Field(field, $"{field} is required: one of {string.Join(", ", allowed)}.") : null!;
        var normalized = value.Trim().ToLowerInvariant();
        return allowed.Contains(normalized) ? normalized : throw ApiError.Field(field, $"{field} must be one of {string.Join(", ", allowed)}.");
    }

    public static string? MaxLength(string? value, int max, string field)
        => value is not null && value.Length > max ? throw ApiError.Field(field, $"{field} must be at most {max} characters.") : value;

    /// <summary>A query filter restricted to known values (an unknown one is a 400, to catch typos).</summary>
    public static string? QueryOneOf(HttpContext context, string name, string[] allowed)
    {
        var raw = context.Request.Query[name].ToString();
        return raw.Length == 0 ? null : OneOf(raw, allowed, name);
    }

    public static DateTimeOffset? QueryTime(HttpContext context, string name, bool endOfDay)
    {
        var raw = context.Request.Query[name].ToString();
        if (raw.Length == 0) return null;
        if (!DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
            throw ApiError.Field(name, $"{name} must be an ISO 8601 date or time.");
        // A bare date as the upper bound means "through that whole day".
        return endOfDay && raw.Length == 10 ? time.ToUniversalTime().AddDays(1).AddTicks(-1) : time.ToUniversalTime();
    }
}
