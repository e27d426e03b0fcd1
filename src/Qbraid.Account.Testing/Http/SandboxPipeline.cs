using Microsoft.AspNetCore.WebUtilities;
using Qbraid.Account.Testing.State;

namespace Qbraid.Account.Testing.Http;

/// <summary>
/// The middleware every request runs through, outermost first: request id and log, injected
/// faults, errors, the state gate, authentication and workspace, idempotent replay, errors again
/// (so error responses are replayed too), then the endpoint.
/// </summary>
internal sealed class SandboxPipeline(SandboxState state, SandboxFaults faults, RequestLog log, Action<SandboxRequest>? onRequest)
{
    public const string ApiKeyHeader = "X-API-KEY";
    public const string OrganizationHeader = "X-Organization-Id";
    public const string IdempotencyHeader = "Idempotency-Key";
    public const string RequestIdHeader = "X-Request-Id";
    public const string ReplayedHeader = "Idempotent-Replayed";

    public void Configure(WebApplication app)
    {
        app.Use(TrackAsync);
        app.Use(FaultAsync);
        app.Use(ErrorsAsync);
        app.Use(GateAsync);
        app.Use(AuthenticateAsync);
        app.Use(IdempotencyAsync);
        app.Use(ErrorsAsync);
    }

    private static string RelativePath(HttpContext context) => PathPattern.Normalize(context.Request.Path.Value ?? "/");

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments(PathPattern.ApiPrefix, StringComparison.OrdinalIgnoreCase);

    private static string? Header(HttpContext context, string name)
    {
        var value = context.Request.Headers[name].ToString().Trim();
        return value.Length == 0 ? null : value;
    }

    private async Task TrackAsync(HttpContext context, RequestDelegate next)
    {
        var requestId = "req_" + Guid.NewGuid().ToString("N");
        context.Response.Headers[RequestIdHeader] = requestId;
        var entry = log.Add(new SandboxRequest
        {
            Method = context.Request.Method,
            Path = RelativePath(context),
            Query = context.Request.QueryString.Value ?? string.Empty,
            RequestId = requestId,
            IdempotencyKey = Header(context, IdempotencyHeader),
            OrganizationId = Header(context, OrganizationHeader),
            HadApiKey = Header(context, ApiKeyHeader) is not null,
            Time = state.Now,
        });
        context.Items[typeof(RequestLog.Entry)] = entry;
        context.Response.OnStarting(() =>
        {
            log.Update(entry, r => r with { StatusCode = context.Response.StatusCode });
            return Task.CompletedTask;
        });
        if (onRequest is not null)
        {
            context.Response.OnCompleted(() =>
            {
                onRequest(entry.Request);
                return Task.CompletedTask;
            });
        }
        await next(context);
    }

    private async Task FaultAsync(HttpContext context, RequestDelegate next)
    {
        var hit = faults.Take(context.Request.Method, RelativePath(context));
        if (hit is null)
        {
            await next(context);
            return;
        }
        if (hit.Delay is { } delay && delay > TimeSpan.Zero)
            await Task.Delay(delay, context.RequestAborted);
        if (hit.Status is not { } status)
        {
            await next(context);
            return;
        }

        log.Update((RequestLog.Entry)context.Items[typeof(RequestLog.Entry)]!, r => r with { Faulted = true });
        var retryAfter = hit.RetryAfter;
        if (retryAfter is { } wait)
            context.Response.Headers.RetryAfter = ((long)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        if (status == StatusCodes.Status429TooManyRequests)
        {
            context.Response.Headers["X-RateLimit-Limit"] = "1000";
            context.Response.Headers["X-RateLimit-Remaining"] = "0";
            context.Response.Headers["X-RateLimit-Reset"] = (state.Now + (retryAfter ?? TimeSpan.FromMinutes(1))).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        }
        await Api.WriteErrorAsync(context, status, $"Injected fault: {status} {ReasonPhrases.GetReasonPhrase(status)}.");
    }

    private static async Task ErrorsAsync(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
            // Routing answers an unknown path (404) or method (405) with no body: give it the envelope.
            var status = context.Response.StatusCode;
            if (status >= 400 && context.Response.ContentType is null && !context.Response.HasStarted)
            {
                var message = status switch
                {
                    StatusCodes.Status404NotFound => $"No such endpoint: {context.Request.Method} {context.Request.Path}.",
                    StatusCodes.Status405MethodNotAllowed => $"{context.Request.Method} is not allowed on {context.Request.Path}.",
                    _ => ReasonPhrases.GetReasonPhrase(status),
                };
                await Api.WriteErrorAsync(context, status, message);
            }
        }
        catch (ApiError error) when (!context.Response.HasStarted)
        {
            ResetBody(context);
            await Api.WriteErrorAsync(context, error.Status, error.Message, error.Errors, error.Code);
        }
        catch (BadHttpRequestException error) when (!context.Response.HasStarted)
        {
            ResetBody(context);
            await Api.WriteErrorAsync(context, error.StatusCode, error.Message);
        }
        catch (Exception error) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            ResetBody(context);
            await Api.WriteErrorAsync(context, StatusCodes.Status500InternalServerError, "The sandbox failed: " + error.Message);
        }
    }

    private static void ResetBody(HttpContext context)
    {
        if (context.Response.Body is MemoryStream captured) captured.SetLength(0);
    }

    private async Task GateAsync(HttpContext context, RequestDelegate next)
    {
        await state.Gate.WaitAsync(context.RequestAborted);
        try
        {
            await next(context);
        }
        finally
        {
            state.Gate.Release();
        }
    }

    private Task AuthenticateAsync(HttpContext context, RequestDelegate next)
    {
        if (!IsApi(context)) return next(context);

        var secret = Header(context, ApiKeyHeader) ?? throw new ApiError(StatusCodes.Status401Unauthorized, "Authentication required.");
        var key = state.FindKeyBySecret(secret) ?? throw new ApiError(StatusCodes.Status401Unauthorized, "Invalid API key.");
        var user = state.FindUser(key.UserId) ?? throw new ApiError(StatusCodes.Status401Unauthorized, "Invalid API key.");
        key.LastUsedAt = state.Now;

        var path = RelativePath(context);
        var organizationId = Header(context, OrganizationHeader);
        if (path == "/billing/credits/balance" && context.Request.Query["organizationId"].ToString() is { Length: > 0 } fromQuery)
        {
            if (organizationId is not null && !string.Equals(organizationId, fromQuery, StringComparison.OrdinalIgnoreCase))
                throw ApiError.BadRequest("organizationId and X-Organization-Id name different organizations.");
            organizationId = fromQuery;
        }

        // A key bound to an organization works only there. Identity calls may omit the header:
        // they report the key's organization (as qBraid's /users/verify does).
        if (key.OrganizationId is { } bound)
        {
            if (organizationId is null)
            {
                if (path is "/users/verify" or "/users/context") organizationId = bound;
                else throw ApiError.Forbidden($"This API key is bound to organization {bound}: send X-Organization-Id: {bound}.");
            }
            else if (!string.Equals(organizationId, bound, StringComparison.OrdinalIgnoreCase))
            {
                throw ApiError.Forbidden("This API key is bound to another organization.");
            }
        }

        OrganizationRecord? org = null;
        MemberRecord? member = null;
        if (organizationId is not null)
        {
            if (!Rules.IsObjectId(organizationId)) throw ApiError.BadRequest("X-Organization-Id must be a 24-hex organization id.");
            org = state.FindOrganization(organizationId.ToLowerInvariant()) ?? throw ApiError.NotFound("Organization not found.");
            member = SandboxState.MembershipOf(org, user.Id);
            if (member is null || member.Status == "pending") throw ApiError.NotFound("User is not a member of this organization.");
            if (member.Status == "suspended") throw ApiError.Forbidden("Your membership in this organization is suspended.");
        }

        context.Items[typeof(Caller)] = new Caller(user, key, org, member);
        return next(context);
    }

    private async Task IdempotencyAsync(HttpContext context, RequestDelegate next)
    {
        var key = Header(context, IdempotencyHeader);
        if (!HttpMethods.IsPost(context.Request.Method) || key is null || !IsApi(context))
        {
            await next(context);
            return;
        }
        if (key.Length > 255) throw ApiError.Field(IdempotencyHeader, "Idempotency-Key must be at most 255 characters.");

        var caller = Caller.Of(context);
        var scope = IdempotencyStore.Scope(caller.User.Id, RelativePath(context), key);
        if (state.Idempotency.Find(scope, state.Now) is { } stored)
        {
            log.Update((RequestLog.Entry)context.Items[typeof(RequestLog.Entry)]!, r => r with { Replayed = true });
            context.Response.StatusCode = stored.Status;
            if (stored.ContentType is not null) context.Response.ContentType = stored.ContentType;
            context.Response.Headers[ReplayedHeader] = "true";
            await context.Response.Body.WriteAsync(stored.Body, context.RequestAborted);
            return;
        }

        var original = context.Response.Body;
        using var captured = new MemoryStream();
        context.Response.Body = captured;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
        // Server errors are not remembered, so a retry after one does the work.
        if (context.Response.StatusCode < 500)
            state.Idempotency.Store(scope, new StoredResponse(context.Response.StatusCode, context.Response.ContentType, captured.ToArray(), state.Now));
        captured.Position = 0;
        await captured.CopyToAsync(original, context.RequestAborted);
    }
}
