namespace Qbraid.Account.Testing.Http;

/// <summary>
/// A failure with a documented status. Thrown anywhere inside a request (and by the state
/// operations) and written by the pipeline (<see cref="SandboxPipeline"/>) as <c>{"success":false,"message":...}</c>.
/// </summary>
internal sealed class ApiError : Exception
{
    public ApiError(int status, string message, IReadOnlyDictionary<string, string[]>? errors = null, string? code = null)
        : base(message)
    {
        Status = status;
        Errors = errors;
        Code = code;
    }

    public int Status { get; }

    public IReadOnlyDictionary<string, string[]>? Errors { get; }

    /// <summary>The error code sent as <c>error</c>, e.g. <c>expired</c>; none when null.</summary>
    public string? Code { get; }

    public static ApiError BadRequest(string message) => new(StatusCodes.Status400BadRequest, message);

    /// <summary>A 400 naming the field, so the body carries <c>errors: {field: [message]}</c>.</summary>
    public static ApiError Field(string field, string message)
        => new(StatusCodes.Status400BadRequest, message, new Dictionary<string, string[]> { [field] = [message] });

    public static ApiError Forbidden(string message) => new(StatusCodes.Status403Forbidden, message);

    public static ApiError NotFound(string message) => new(StatusCodes.Status404NotFound, message);

    public static ApiError Conflict(string message) => new(StatusCodes.Status409Conflict, message);

    /// <summary>A 410 with the reason as its error code: <c>expired</c>, <c>used_up</c> or <c>revoked</c>.</summary>
    public static ApiError Gone(string message, string reason) => new(StatusCodes.Status410Gone, message, code: reason);
}
