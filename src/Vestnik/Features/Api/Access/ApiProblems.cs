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
        "method-not-allowed", "Method not allowed", $"The API only reads: {method} is not taken here; use {string.Join(" or ", allowed)}.");

    private static ProblemHttpResult Problem(int status, string type, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title, type: TypeBase + type);
}
