using System.Text.RegularExpressions;

namespace Qbraid.Account.Testing.Http;

/// <summary>
/// Maps handlers as plain <see cref="RequestDelegate"/>s, passing route values by position. Minimal
/// API delegates with typed parameters would be compiled per endpoint on every sandbox's first
/// request (hundreds of milliseconds); these are ready at once, so a sandbox per test stays cheap.
/// </summary>
internal static partial class Endpoints
{
    public static void Get(this IEndpointRouteBuilder api, string pattern, Func<HttpContext, IResult> handler) => Map(api, "GET", pattern, c => Task.FromResult(handler(c)));

    public static void Get(this IEndpointRouteBuilder api, string pattern, Func<string, HttpContext, IResult> handler) => Map(api, "GET", pattern, handler);

    public static void Get(this IEndpointRouteBuilder api, string pattern, Func<string, string, HttpContext, IResult> handler) => Map(api, "GET", pattern, handler);

    public static void Post(this IEndpointRouteBuilder api, string pattern, Func<HttpContext, IResult> handler) => Map(api, "POST", pattern, c => Task.FromResult(handler(c)));

    public static void Post(this IEndpointRouteBuilder api, string pattern, Func<HttpContext, Task<IResult>> handler) => Map(api, "POST", pattern, handler);

    public static void Post(this IEndpointRouteBuilder api, string pattern, Func<string, HttpContext, IResult> handler) => Map(api, "POST", pattern, handler);

    public static void Post(this IEndpointRouteBuilder api, string pattern, Func<string, HttpContext, Task<IResult>> handler) => Map(api, "POST", pattern, handler);

    public static void Post(this IEndpointRouteBuilder api, string pattern, Func<string, string, HttpContext, IResult> handler) => Map(api, "POST", pattern, handler);

    public static void Post(this IEndpointRouteBuilder api, string pattern, Func<string, string, HttpContext, Task<IResult>> handler) => Map(api, "POST", pattern, handler);

    public static void Patch(this IEndpointRouteBuilder api, string pattern, Func<HttpContext, Task<IResult>> handler) => Map(api, "PATCH", pattern, handler);

    public static void Patch(this IEndpointRouteBuilder api, string pattern, Func<string, HttpContext, Task<IResult>> handler) => Map(api, "PATCH", pattern, handler);

    public static void Patch(this IEndpointRouteBuilder api, string pattern, Func<string, string, HttpContext, Task<IResult>> handler) => Map(api, "PATCH", pattern, handler);

    public static void Put(this IEndpointRouteBuilder api, string pattern, Func<HttpContext, Task<IResult>> handler) => Map(api, "PUT", pattern, handler);

    public static void Put(this IEndpointRouteBuilder api, string pattern, Func<string, HttpContext, Task<IResult>> handler) => Map(api, "PUT", pattern, handler);

    public static void Delete(this IEndpointRouteBuilder api, string pattern, Func<HttpContext, IResult> handler) => Map(api, "DELETE", pattern, c => Task.FromResult(handler(c)));

    public static void Delete(this IEndpointRouteBuilder api, string pattern, Func<string, HttpContext, IResult> handler) => Map(api, "DELETE", pattern, handler);

    public static void Delete(this IEndpointRouteBuilder api, string pattern, Func<string, string, HttpContext, IResult> handler) => Map(api, "DELETE", pattern, handler);

    private static void Map(IEndpointRouteBuilder api, string method, string pattern, Func<string, HttpContext, IResult> handler)
    {
        var names = Parameters(pattern, 1);
        Map(api, method, pattern, c => Task.FromResult(handler(Value(c, names[0]), c)));
    }

    private static void Map(IEndpointRouteBuilder api, string method, string pattern, Func<string, string, HttpContext, IResult> handler)
    {
        var names = Parameters(pattern, 2);
        Map(api, method, pattern, c => Task.FromResult(handler(Value(c, names[0]), Value(c, names[1]), c)));
    }

    private static void Map(IEndpointRouteBuilder api, string method, string pattern, Func<string, HttpContext, Task<IResult>> handler)
    {
        var names = Parameters(pattern, 1);
        Map(api, method, pattern, c => handler(Value(c, names[0]), c));
    }

    private static void Map(IEndpointRouteBuilder api, string method, string pattern, Func<string, string, HttpContext, Task<IResult>> handler)
    {
        var names = Parameters(pattern, 2);
        Map(api, method, pattern, c => handler(Value(c, names[0]), Value(c, names[1]), c));
    }

    private static void Map(IEndpointRouteBuilder api, string method, string pattern, Func<HttpContext, Task<IResult>> handler)
        => api.MapMethods(pattern, [method], async context => await (await handler(context)).ExecuteAsync(context));

    private static string Value(HttpContext context, string name) => context.Request.RouteValues[name]?.ToString() ?? string.Empty;

    private static string[] Parameters(string pattern, int expected)
    {
        var names = ParameterRegex().Matches(pattern).Select(m => m.Groups[1].Value).ToArray();
        if (names.Length != expected) throw new InvalidOperationException($"Route '{pattern}' has {names.Length} parameters; the handler takes {expected}.");
        return names;
    }

    [GeneratedRegex(@"\{\**([A-Za-z]+)\}")]
    private static partial Regex ParameterRegex();
}
