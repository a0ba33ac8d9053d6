using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Vestnik.Features.Api.Access;
using Vestnik.Features.Site;

namespace Vestnik.Features.Api.Documentation;

/// <summary>
/// The OpenAPI document of the content API at <see cref="Path"/>, made by Microsoft.AspNetCore.OpenApi from the
/// endpoints themselves: what they declare (summaries, query parameters, responses) plus, here, what every operation
/// shares: the two ways to send the key and the refusals the door gives.
/// </summary>
public static class ApiDocument
{
    public const string Name = "v1";
    public const string Path = "/openapi/v1.json";
    public const string BearerScheme = "bearer";
    public const string HeaderScheme = "apiKey";

    public static IServiceCollection AddApiDocument(this IServiceCollection services) =>
        services.AddOpenApi(Name, options =>
        {
            // HEAD is GET without the body: the document lists each operation once, as GET.
            options.ShouldInclude = description => description.HttpMethod != HttpMethods.Head
                && description.RelativePath?.StartsWith(ApiFeature.Prefix.TrimStart('/') + "/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer(DescribeAsync);
            options.AddOperationTransformer(SecureAsync);
        });

    public static WebApplication MapApiDocument(this WebApplication app)
    {
        app.MapOpenApi(Path);
        return app;
    }

    private static Task DescribeAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Vestnik content API",
            Version = "1",
            Description = "Read-only access to what the newsroom has published: articles with their HTML and Markdown bodies, "
                + "sections, tags, authors, search and Read also. Every request carries a key issued in the newsroom; "
                + "lists are paged with opaque cursors; answers carry an ETag for conditional requests; refusals are "
                + "RFC 7807 problem documents. The admin operations (/api/v1/admin) write articles and upload images "
                + "as the staff account the key acts as, through the newsroom's own workflow and capability checks.",
            License = new OpenApiLicense { Name = "Content © the newsroom; API terms by agreement", Url = new Uri(ApiFeature.DocsPath, UriKind.Relative) },
        };
        // The site's own public address, as every absolute link it makes: never a forged Host header.
        var request = context.ApplicationServices.GetRequiredService<IHttpContextAccessor>().HttpContext?.Request;
        document.Servers = [new OpenApiServer { Url = context.ApplicationServices.GetRequiredService<PublicUrl>().Origin(request) }];
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
        {
            [BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "The key as a bearer token: \"Authorization: Bearer vk_…\".",
            },
            [HeaderScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = "X-Api-Key",
                Description = "The key in a header of its own, for tools that cannot set Authorization.",
            },
        };
        document.Tags = new HashSet<OpenApiTag>
        {
            new() { Name = ApiTags.Articles, Description = "Published articles: lists, one article, Read also." },
            new() { Name = ApiTags.Catalog, Description = "Sections, tags and authors." },
            new() { Name = ApiTags.Search, Description = "Full-text search, as on the site." },
            new() { Name = ApiTags.Admin, Description = "Writing articles and uploading images, with the articles:write and media:write scopes." },
        };
        return Task.CompletedTask;
    }

    /// <summary>Every operation takes either form of the key, holding the scope the operation names.</summary>
    private static Task SecureAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var document = context.Document;
        List<string> scopes = context.Description.ActionDescriptor.EndpointMetadata.OfType<RequiredScope>().LastOrDefault() is { } required
            ? [required.Scope]
            : [];
        operation.Security =
        [
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, document)] = scopes },
            new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(HeaderScheme, document)] = scopes },
        ];
        return Task.CompletedTask;
    }
}

/// <summary>The groups the document sorts operations into.</summary>
public static class ApiTags
{
    public const string Articles = "Articles";
    public const string Catalog = "Catalog";
    public const string Search = "Search";
    public const string Admin = "Admin";
}
