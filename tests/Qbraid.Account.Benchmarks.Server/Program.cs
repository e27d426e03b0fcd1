using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Qbraid.Account.Benchmarks.Server;

// A lean contract-shaped qBraid account API for the benchmarks. Started by the benchmark host as
// `dotnet Qbraid.Account.Benchmarks.Server.dll [--urls http://127.0.0.1:0]`; prints
// "LISTENING <base url>" once it accepts requests and stops when its standard input closes, so it
// never outlives the process that started it.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.WebHost.UseUrls(builder.Configuration["urls"] ?? "http://127.0.0.1:0");
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.AddServerHeader = false;
    kestrel.Limits.MaxConcurrentConnections = null;
    kestrel.Limits.MinResponseDataRate = null;
});

var app = builder.Build();

// Every call must carry a key, like the real API; nothing else about it is checked.
app.Use((context, next) =>
{
    if (!context.Request.Headers.ContainsKey("X-API-KEY"))
    {
        context.Response.StatusCode = 401;
        context.Response.ContentType = "application/json";
        return context.Response.Body.WriteAsync(Payloads.Unauthorized).AsTask();
    }
    return next(context);
});

app.MapGet("/api/v1/users/verify", (HttpContext context) =>
{
    var response = context.Response;
    response.ContentType = "application/json";
    response.ContentLength = Payloads.Verify.Length;
    return response.Body.WriteAsync(Payloads.Verify).AsTask();
});

// The transaction log of an organization whose id, read as a decimal number, is the log's length
// (e.g. 000000000000000001000000 holds 1,000,000 rows). Rows are generated from their index for
// each request: the server never holds more than the page it is writing.
app.MapGet("/api/v1/organizations/{orgId}/transactions", async (HttpContext context, string orgId) =>
{
    var query = context.Request.Query;
    var page = int.TryParse(query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 1;
    var limit = int.TryParse(query["limit"], NumberStyles.None, CultureInfo.InvariantCulture, out var l) && l > 0 ? Math.Min(l, 10_000) : 50;
    var total = long.TryParse(orgId, NumberStyles.None, CultureInfo.InvariantCulture, out var t) ? t : 1000;

    var buffer = new ArrayBufferWriter<byte>(Math.Max(4096, limit * 640));
    using (var json = new Utf8JsonWriter(buffer, Payloads.WriterOptions))
        TransactionPage.Write(json, orgId, page, limit, total);

    var response = context.Response;
    response.ContentType = "application/json";
    response.ContentLength = buffer.WrittenCount;
    await response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted);
});

await app.StartAsync();
var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
    .Features.Get<IServerAddressesFeature>()!.Addresses.First();
Console.Out.WriteLine("LISTENING " + address.TrimEnd('/') + "/api/v1/");
Console.Out.Flush();

// Stop when the parent closes our standard input (or dies), or on Ctrl+C / SIGTERM.
var stdinClosed = Task.Run(() =>
{
    try
    {
        while (Console.In.ReadLine() is not null) { }
    }
    catch (IOException)
    {
    }
});
await Task.WhenAny(stdinClosed, app.WaitForShutdownAsync());
await app.StopAsync();

namespace Qbraid.Account.Benchmarks.Server
{
    internal static class Payloads
    {
        // Real UTF-8 in strings, as a Node back end sends it (the default encoder would \u-escape it).
        public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

        public static readonly byte[] Unauthorized = """{"success":false,"message":"Authentication required."}"""u8.ToArray();

        public static readonly byte[] Verify = """
            {"success":true,"data":{"valid":true,"userId":"64b7f0c2a1d3e4f5a6b7c8d9","userName":"zoë.ångström","userEmail":"zoe@example.org","userRoles":["organization_admin","member"],"userPermissions":["global|organization|billing|manage","global|organization|members|manage","personal|wallet|read"],"organizationId":"507f1f77bcf86cd799439011","organizationUserId":"65a1b2c3d4e5f60718293a4b","metadata":{"plan":"pro","region":"us-east-1"}}}
            """u8.ToArray();
    }

    /// <summary>One page of a generated, deterministic transaction log, newest first.</summary>
    internal static class TransactionPage
    {
        private static readonly string[] Types = ["purchase", "transfer", "invite_allocation", "seat_allocation", "request_approval", "refund_to_pool", "usage", "promo", "adjustment"];

        // Names that exercise CSV quoting and UTF-8: commas, quotes, non-ASCII, line breaks, formula starts.
        private static readonly string[] Names =
        [
            "Zoë Ångström",
            "O'Brien, Pat",
            "Ada \"Countess\" Lovelace",
            "李小龙",
            "Line\nBreak",
            "=HYPERLINK(\"x\")",
            "Müller, \"The Q\" Meier",
            "plain name",
            "Ñandú Quantum Lab",
            "-minus start",
        ];

        private static readonly string[] Descriptions =
        [
            "Monthly top-up",
            "Transfer to \"research\" pool, Q4",
            "Seat credits for Zoë\r\nsecond line",
            "Usage: H100 × 2, 3.5 h",
            "@mention start",
        ];

        private static readonly DateTime Newest = new(2026, 11, 25, 13, 49, 52, DateTimeKind.Utc);

        public static void Write(Utf8JsonWriter json, string orgId, int page, int limit, long total)
        {
            var totalPages = total == 0 ? 0 : (int)((total + limit - 1) / limit);
            var first = (long)(page - 1) * limit;
            var end = Math.Min(first + limit, total);
            Span<char> id = stackalloc char[24];
            Span<char> other = stackalloc char[24];

            json.WriteStartObject();
            json.WriteBoolean("success"u8, true);
            json.WriteStartArray("data"u8);
            for (var i = first; i < end; i++)
            {
                Hex("65a1b2c3", i, id);
                json.WriteStartObject();
                json.WriteString("id"u8, id);
                var created = Newest.AddSeconds(-37 * i);
                if (i % 7 == 3) created = created.AddTicks(1_230_000);
                json.WriteString("createdAt"u8, created);
                json.WriteString("type"u8, Types[i % Types.Length]);
                json.WriteNumber("amount"u8, (i % 100_000) / 100m + (i % 3) * 0.0025m);

                json.WriteStartObject("from"u8);
                json.WriteString("kind"u8, "organization"u8);
                json.WriteString("id"u8, orgId);
                json.WriteString("name"u8, "Acme, Inc. \"Quantum\" Lab"u8);
                json.WriteEndObject();

                json.WriteStartObject("to"u8);
                if (i % 11 == 5)
                {
                    json.WriteString("kind"u8, "external"u8);
                }
                else
                {
                    Hex("64b7f0c2", i % 5000, other);
                    json.WriteString("kind"u8, "member"u8);
                    json.WriteString("id"u8, other);
                    json.WriteString("name"u8, Names[i % Names.Length]);
                }
                json.WriteEndObject();

                json.WriteStartObject("actor"u8);
                Hex("64b7f0c2", i % 13, other);
                json.WriteString("id"u8, other);
                json.WriteString("name"u8, Names[(i + 3) % Names.Length]);
                json.WriteString("email"u8, "admin" + (i % 13).ToString(CultureInfo.InvariantCulture) + "@example.org");
                json.WriteEndObject();

                json.WriteString("description"u8, Descriptions[i % Descriptions.Length]);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartObject("pagination"u8);
            json.WriteNumber("page"u8, page);
            json.WriteNumber("limit"u8, limit);
            json.WriteNumber("total"u8, total);
            json.WriteNumber("totalPages"u8, totalPages);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        /// <summary>A 24-hex id: an 8-hex prefix, then the value in 16 hex digits.</summary>
        private static void Hex(string prefix, long value, Span<char> destination)
        {
            const string digits = "0123456789abcdef";
            prefix.AsSpan().CopyTo(destination);
            var v = (ulong)value;
            for (var i = destination.Length - 1; i >= prefix.Length; i--)
            {
                destination[i] = digits[(int)(v & 0xF)];
                v >>= 4;
            }
        }
    }
}
