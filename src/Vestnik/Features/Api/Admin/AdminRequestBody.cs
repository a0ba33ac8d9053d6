using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Vestnik.Features.Api.Access;

namespace Vestnik.Features.Api.Admin;

/// <summary>
/// Reads a JSON request body by hand rather than through parameter binding, so every way a body can be wrong gets the
/// API's own answer: too large 413, not JSON 415 or 400, a field of the wrong type or an unknown field 400 naming it.
/// </summary>
public static class AdminRequestBody
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    public static async Task<(T? Body, IResult? Refusal)> ReadJsonAsync<T>(HttpRequest request, long limitBytes) where T : class
    {
        if (!request.HasJsonContentType())
        {
            return (null, ApiProblems.UnsupportedMediaType("application/json"));
        }
        if (Limit(request, limitBytes) is { } tooLarge)
        {
            return (null, tooLarge);
        }
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            return (null, ApiProblems.BadRequest("The body is not well-formed JSON."));
        }
        catch (BadHttpRequestException refused) when (refused.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, ApiProblems.TooLarge(limitBytes));
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, ApiProblems.BadRequest("The body is a JSON object."));
            }
            try
            {
                return (document.Deserialize<T>(Options), null);
            }
            catch (JsonException wrong)
            {
                var field = wrong.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "body";
                return (null, ApiProblems.Invalid(new Dictionary<string, string[]>
                {
                    [field] = ["Not a field of this operation, or a value of the wrong type."],
                }));
            }
        }
    }

    /// <summary>
    /// 413 for a body declared larger than the limit; a body sent without its length (chunked) is cut off at the
    /// limit by the server as it is read.
    /// </summary>
    public static IResult? Limit(HttpRequest request, long limitBytes)
    {
        if (request.ContentLength > limitBytes)
        {
            return ApiProblems.TooLarge(limitBytes);
        }
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limitBytes;
        }
        return null;
    }
}
