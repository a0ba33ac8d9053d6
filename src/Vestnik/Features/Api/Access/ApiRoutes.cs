using Microsoft.AspNetCore.Routing.Template;
using Vestnik.Features.Api.Documentation;

namespace Vestnik.Features.Api.Access;

/// <summary>
/// The API's operations as routes, read once from the mapped endpoints, so a request the operations do not take is
/// told why in the API's own terms: 405 with <c>Allow</c> when the path exists for another method, 415 when it exists
/// for this method but not for the body's type, 404 otherwise.
/// </summary>
public sealed class ApiRoutes(EndpointDataSource endpoints)
{
    /// <summary>Every operation reads; <c>HEAD</c> answers as <c>GET</c> with the body left out by the server.</summary>
    public static readonly string[] ReadMethods = [HttpMethods.Get, HttpMethods.Head];

    private readonly Lazy<IReadOnlyList<(TemplateMatcher Path, IReadOnlyList<string> Methods)>> _operations = new(() =>
    [
        .. endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<RequiredScope>() is not null)
            .Select(e => (new TemplateMatcher(new RouteTemplate(e.RoutePattern), new RouteValueDictionary()),
                e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [])),
    ]);

    /// <summary>The fallback of the API's prefix: the request matched no operation by path and method.</summary>
    public static IResult Unmatched(HttpContext context, ApiRoutes routes)
    {
        var path = context.Request.Path;
        var methods = routes._operations.Value.Where(o => o.Path.TryMatch(path, new RouteValueDictionary())).SelectMany(o => o.Methods).Distinct().ToList();
        if (methods.Count == 0)
        {
            return ApiProblems.NotFound($"No such operation; the operations are listed in {ApiDocument.Path}.");
        }
        if (methods.Contains(context.Request.Method, StringComparer.OrdinalIgnoreCase))
        {
            // Path and method match, so routing turned the request down for its body's type (the operation's Accepts).
            return ApiProblems.UnsupportedMediaType("JSON, as the operation's description in the document says");
        }
        // OPTIONS is the browsers' preflight, answered on every path of the API.
        context.Response.Headers.Allow = string.Join(", ", [.. methods, HttpMethods.Options]);
        return ApiProblems.MethodNotAllowed(context.Request.Method, methods);
    }
}
