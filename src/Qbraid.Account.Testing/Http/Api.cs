namespace Qbraid.Account.Testing.Http;

/// <summary>The envelopes every endpoint answers with.</summary>
internal static class Api
{
    public const string JsonContentType = "application/json; charset=utf-8";

    /// <summary><c>{"success":true,"data":...}</c>.</summary>
    public static IResult Ok(object? data, int status = StatusCodes.Status200OK)
        => new EnvelopeResult(status, new { success = true, data });

    /// <summary>201 with the created resource.</summary>
    public static IResult Created(object? data) => Ok(data, StatusCodes.Status201Created);

    public static IResult NoContent() => Results.StatusCode(StatusCodes.Status204NoContent);

    /// <summary>One page of <paramref name="items"/> (already filtered and ordered) with the <c>pagination</c> object.</summary>
    public static IResult Page<T>(HttpContext context, IEnumerable<T> items, Func<T, object> project)
    {
        var (page, limit) = Paging.Read(context);
        var all = items as IReadOnlyList<T> ?? items.ToList();
        var total = all.Count;
        var data = all.Skip((page - 1) * limit).Take(limit).Select(project).ToList();
        var totalPages = (int)Math.Ceiling(total / (double)limit);
        return new EnvelopeResult(StatusCodes.Status200OK, new
        {
            success = true,
            data,
            pagination = new { page, limit, total, totalPages },
        });
    }

    public static Task WriteErrorAsync(HttpContext context, int status, string message, IReadOnlyDictionary<string, string[]>? errors = null, string? code = null)
    {
        object body = (errors, code) switch
        {
            (null, null) => new { success = false, message },
            (null, _) => new { success = false, message, error = code },
            (_, null) => new { success = false, message, errors },
            _ => new { success = false, message, error = code, errors },
        };
        return new EnvelopeResult(status, body).ExecuteAsync(context);
    }

    private sealed class EnvelopeResult(int status, object body) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            httpContext.Response.ContentType = JsonContentType;
            await JsonSerializer.SerializeAsync(httpContext.Response.Body, body, body.GetType(), SandboxJson.Options, httpContext.RequestAborted);
        }
    }
}

/// <summary><c>page</c> (1-based) and <c>limit</c> (default 50, at most 100).</summary>
internal static class Paging
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 100;

    public static (int Page, int Limit) Read(HttpContext context)
    {
        var page = ReadInt(context, "page", 1);
        var limit = ReadInt(context, "limit", DefaultLimit);
        if (page < 1) throw ApiError.Field("page", "page must be 1 or more.");
        if (limit < 1 || limit > MaxLimit) throw ApiError.Field("limit", $"limit must be between 1 and {MaxLimit}.");
        return (page, limit);
    }

    private static int ReadInt(HttpContext context, string name, int fallback)
    {
        var raw = context.Request.Query[name].ToString();
        if (raw.Length == 0) return fallback;
        return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw ApiError.Field(name, $"{name} must be an integer.");
    }
}
