using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Vestnik.Features.Api.Documentation;

/// <summary>A query parameter an operation reads by hand, described for the document.</summary>
public sealed record QueryParameter(string Name, string Description, JsonSchemaType Type = JsonSchemaType.String, string? Format = null,
    int? Minimum = null, int? Maximum = null, int? MinLength = null, int? MaxLength = null, IReadOnlyList<string>? Values = null, bool Required = false);

/// <summary>How an API endpoint declares itself in the OpenAPI document, in one call per endpoint.</summary>
public static class ApiOperationConventions
{
    /// <summary>
    /// Names, summarises and tags the operation, declares its query parameters and its 200 body, and adds the
    /// refusals every operation may give (400, 401, 403, 429) and the 304 of a matching <c>If-None-Match</c>.
    /// </summary>
    public static RouteHandlerBuilder Describe<TBody>(this RouteHandlerBuilder endpoint, string operationId, string tag, string summary,
        string description, params QueryParameter[] query)
    {
        endpoint.WithName(operationId).WithTags(tag).WithSummary(summary).WithDescription(description)
            .Produces<TBody>(StatusCodes.Status200OK)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.Parameters ??= [];
            foreach (var parameter in query)
            {
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = parameter.Name,
                    In = ParameterLocation.Query,
                    Description = parameter.Description,
                    Required = parameter.Required,
                    Schema = new OpenApiSchema
                    {
                        Type = parameter.Type,
                        Format = parameter.Format,
                        Minimum = parameter.Minimum?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        Maximum = parameter.Maximum?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        MinLength = parameter.MinLength,
                        MaxLength = parameter.MaxLength,
                        Enum = parameter.Values?.Select(v => (JsonNode)JsonValue.Create(v)!).ToList(),
                    },
                });
            }
            foreach (var (status, response) in operation.Responses ?? [])
            {
                response.Description = status switch
                {
                    "200" => "The answer; its ETag can be sent back in If-None-Match.",
                    "304" => "Unchanged since the ETag sent in If-None-Match.",
                    "400" => "A parameter or cursor that cannot be read.",
                    "401" => "No key, or an unknown or revoked one.",
                    "403" => "The key lacks the scope, or the page's origin is not one the key lists.",
                    "404" => "No published article has this slug.",
                    "429" => "The key's requests per minute are used up; Retry-After says for how many seconds.",
                    _ => response.Description,
                };
            }
            return Task.CompletedTask;
        });
    }

    /// <summary>The operation also answers 404 (an unknown slug).</summary>
    public static RouteHandlerBuilder NotFoundBySlug(this RouteHandlerBuilder endpoint) => endpoint.ProducesProblem(StatusCodes.Status404NotFound);
}
