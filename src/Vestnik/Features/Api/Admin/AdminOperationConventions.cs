using Microsoft.OpenApi;
using Vestnik.Features.Api.Documentation;

namespace Vestnik.Features.Api.Admin;

/// <summary>How an admin operation declares itself in the OpenAPI document: its body, the refusals it can give and their meaning.</summary>
public static class AdminOperationConventions
{
    public static RouteHandlerBuilder DescribeAdmin<TBody>(this RouteHandlerBuilder endpoint, string operationId, int success, string summary,
        string description, Type? body = null, bool byId = false, bool conditional = false, bool move = false, bool upload = false)
    {
        endpoint.WithName(operationId).WithTags(ApiTags.Admin).WithSummary(summary).WithDescription(description)
            .Produces<TBody>(success)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        var takesBody = body is not null || upload;
        if (body is not null)
        {
            endpoint.Accepts(body, "application/json");
        }
        if (takesBody || conditional || move)
        {
            endpoint.ProducesValidationProblem();
        }
        if (takesBody)
        {
            endpoint.ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        }
        if (byId)
        {
            endpoint.ProducesProblem(StatusCodes.Status404NotFound);
        }
        if (conditional || move)
        {
            endpoint.ProducesProblem(StatusCodes.Status412PreconditionFailed);
        }
        if (conditional)
        {
            endpoint.ProducesProblem(StatusCodes.Status428PreconditionRequired);
        }
        if (move)
        {
            endpoint.ProducesProblem(StatusCodes.Status409Conflict);
        }
        return endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (conditional || move)
            {
                operation.Parameters ??= [];
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = "If-Match",
                    In = ParameterLocation.Header,
                    Required = conditional,
                    Description = "The ETag of the version the change is based on, as GET answered it.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                });
            }
            if (upload)
            {
                operation.RequestBody = UploadBody();
            }
            foreach (var (status, response) in operation.Responses ?? [])
            {
                response.Description = status switch
                {
                    "200" => "The article as stored now; its ETag names this version.",
                    "201" => "Created; the answer is what was stored.",
                    "400" => "A field that is wrong (errors names each one), a body that is not JSON, or an unreadable If-Match.",
                    "401" => "No key, or an unknown or revoked one.",
                    "403" => "The key lacks the scope, or its account is locked or may not do this (an author's account does not publish).",
                    "404" => "No article has this id.",
                    "409" => "The article's status does not allow the step; the detail says which status it is in.",
                    "412" => "The article was saved after the version in If-Match; currentVersion and the ETag name the latest.",
                    "413" => "The body is larger than the operation takes.",
                    "415" => "The body is not of the type the operation takes.",
                    "428" => "If-Match is missing.",
                    "429" => "The key's requests per minute are used up; Retry-After says for how many seconds.",
                    _ => response.Description,
                };
            }
            return Task.CompletedTask;
        });
    }

    private static OpenApiRequestBody UploadBody()
    {
        static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };
        return new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["multipart/form-data"] = new()
                {
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Required = new HashSet<string> { "file" },
                        Properties = new Dictionary<string, IOpenApiSchema>
                        {
                            ["file"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = "The image: JPEG, PNG or WebP." },
                            ["caption"] = Text("Shown under the image."),
                            ["credit"] = Text("Who made the image, shown after ©."),
                            ["alt"] = Text("What the image shows, for readers who cannot see it."),
                        },
                    },
                },
            },
        };
    }
}
