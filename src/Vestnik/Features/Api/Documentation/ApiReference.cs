using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Vestnik.Features.Api.Documentation;

public sealed record ReferenceParameter(string Name, string Location, bool Required, string Type, string Description);

public sealed record ReferenceResponse(string Status, string Description, string? Body);

public sealed record ReferenceOperation(string Id, string Method, string Path, string Tag, string Summary, string Description,
    IReadOnlyList<ReferenceParameter> Parameters, string? RequestBody, IReadOnlyList<ReferenceResponse> Responses);

public sealed record ReferenceField(string Name, string Type);

public sealed record ReferenceSchema(string Name, IReadOnlyList<ReferenceField> Fields);

public sealed record ApiReferenceView(string Title, string Description, IReadOnlyList<ReferenceOperation> Operations, IReadOnlyList<ReferenceSchema> Schemas);

/// <summary>
/// The OpenAPI document read back as a page: the same document <c>/openapi/v1.json</c> serves, rendered on the server,
/// so the reference needs no script and no outside origin.
/// </summary>
public sealed class ApiReference([FromKeyedServices(ApiDocument.Name)] IOpenApiDocumentProvider documents)
{
    public async Task<ApiReferenceView> ReadAsync(CancellationToken cancellationToken)
    {
        var document = await documents.GetOpenApiDocumentAsync(cancellationToken);
        var operations = new List<ReferenceOperation>();
        foreach (var (path, item) in document.Paths)
        {
            foreach (var (method, operation) in item.Operations ?? [])
            {
                operations.Add(new ReferenceOperation(
                    operation.OperationId ?? "",
                    method.Method,
                    path,
                    operation.Tags?.FirstOrDefault()?.Name ?? "",
                    operation.Summary ?? "",
                    operation.Description ?? "",
                    [.. (operation.Parameters ?? []).Select(p => new ReferenceParameter(p.Name ?? "", p.In?.ToString().ToLowerInvariant() ?? "", p.Required, TypeOf(p.Schema), p.Description ?? ""))],
                    operation.RequestBody?.Content?.Select(c => $"{c.Key}: {TypeOf(c.Value.Schema)}").FirstOrDefault(),
                    [.. (operation.Responses ?? []).Select(r => new ReferenceResponse(r.Key, r.Value.Description ?? "", BodyOf(r.Value)))]));
            }
        }
        var schemas = (document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
            .OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => new ReferenceSchema(s.Key, [.. (s.Value.Properties ?? new Dictionary<string, IOpenApiSchema>()).Select(p => new ReferenceField(p.Key, TypeOf(p.Value)))]))
            .ToList();
        return new ApiReferenceView(document.Info?.Title ?? "", document.Info?.Description ?? "", operations, schemas);
    }

    private static string? BodyOf(IOpenApiResponse response) =>
        response.Content?.Select(c => $"{c.Key}: {TypeOf(c.Value.Schema)}").FirstOrDefault();

    /// <summary>A schema as a short type name: a referenced schema by its name, an array as "T[]", a format in brackets.</summary>
    private static string TypeOf(IOpenApiSchema? schema) => schema switch
    {
        null => "",
        OpenApiSchemaReference reference => reference.Reference.Id ?? "",
        _ when schema.Items is { } items => TypeOf(items) + "[]",
        _ when schema.Type is { } type => string.Join(" | ", Enum.GetValues<JsonSchemaType>().Where(t => t != 0 && type.HasFlag(t)).Select(t => t.ToString().ToLowerInvariant()))
            + (schema.Format is { } format ? $" ({format})" : ""),
        _ when schema.OneOf is { Count: > 0 } oneOf => string.Join(" | ", oneOf.Select(TypeOf)),
        _ => "object",
    };
}
