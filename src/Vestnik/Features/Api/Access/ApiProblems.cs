using Microsoft.AspNetCore.Http.HttpResults;
using System.Globalization;

namespace Vestnik.Features.Api.Access;

/// <summary>
/// Every refusal of the API as an RFC 7807 problem document (<c>application/problem+json</c>), with a stable
/// <c>type</c> an integrator can branch on and a sentence for the person reading the log.
/// </summary>
public static class ApiProblems
{
    private const string TypeBase = "https://vestnik.dev/problems/";

    public static IResult MissingKey() => Problem(StatusCodes.Status401Unauthorized, "missing-key", "API key required",
        "Send the key in \"Authorization: Bearer <key>\" or in \"X-Api-Key\".");

    public static IResult BadKey() => Problem(StatusCodes.Status401Unauthorized, "bad-key", "Unknown or revoked API key",
        "The key is not known or has been revoked; ask the newsroom for a new one.");

    public static IResult MissingScope(string scope) => Problem(StatusCodes.Status403Forbidden, "missing-scope", "Scope missing",
        $"The key lacks the \"{scope}\" scope.");

    public static IResult OriginNotAllowed(string origin) => Problem(StatusCodes.Status403Forbidden, "origin-not-allowed", "Origin not allowed",
        $"Pages of {origin} may not call the API with this key.");

    public static IResult TooManyRequests(int retryAfterSeconds) => Problem(StatusCodes.Status429TooManyRequests, "rate-limited", "Too many requests",
        $"The key's limit of requests per minute is used up; retry in {retryAfterSeconds.ToString(CultureInfo.InvariantCulture)} s.");

    public static IResult BadRequest(string detail) => Problem(StatusCodes.Status400BadRequest, "bad-request", "Bad request", detail);

    public static IResult NotFound(string detail) => Problem(StatusCodes.Status404NotFound, "not-found", "Not found", detail);

    public static IResult MethodNotAllowed(string method, IEnumerable<string> allowed) => Problem(StatusCodes.Status405MethodNotAllowed,
        "method-not-allowed", "Method not allowed", $"{method} is not taken here; use {string.Join(" or ", allowed)}.");

    public static IResult AccountRefused(string detail) => Problem(StatusCodes.Status403Forbidden, "account-refused", "The key's account may not do this", detail);

    public static IResult Conflict(string detail) => Problem(StatusCodes.Status409Conflict, "not-allowed-now", "Not allowed in the article's status", detail);

    public static IResult PreconditionRequired() => Problem(StatusCodes.Status428PreconditionRequired, "if-match-required", "If-Match required",
        "Send the ETag of the version the change is based on in If-Match, so a change made meanwhile is not overwritten.");

    public static IResult Stale(int currentVersion) => TypedResults.Problem(
        detail: "Someone saved the article after the version in If-Match; read it again, merge, and send the new ETag.",
        statusCode: StatusCodes.Status412PreconditionFailed, title: "Version is not the latest", type: TypeBase + "stale-version",
        extensions: new Dictionary<string, object?> { ["currentVersion"] = currentVersion });

    public static IResult TooLarge(long limitBytes) => Problem(StatusCodes.Status413PayloadTooLarge, "too-large", "Request too large",
        $"The request body is larger than {limitBytes.ToString(CultureInfo.InvariantCulture)} bytes.");

    public static IResult UnsupportedMediaType(string expected) => Problem(StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type",
        "Unsupported media type", $"Send the body as {expected}.");

    /// <summary>Per-field errors of a request body, as <c>errors: {field: [messages]}</c>.</summary>
    public static IResult Invalid(IDictionary<string, string[]> errors) => TypedResults.ValidationProblem(errors,
        detail: "One or more fields are not valid.", title: "Invalid request", type: TypeBase + "invalid");

    private static ProblemHttpResult Problem(int status, string type, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title, type: TypeBase + type);
}
