using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;
using Vestnik.Infrastructure.Caching;

namespace Vestnik.Features.Api.Access;

/// <summary>A JSON answer and the cache tags of what it shows (the articles it lists), or a refusal.</summary>
public sealed record ApiAnswer(object? Body, IReadOnlyCollection<string> Tags, IResult? Refusal = null)
{
    public static ApiAnswer Refused(IResult refusal) => new(null, [], refusal);
}

/// <summary>
/// Serves API answers as JSON with an ETag taken from the bytes, so <c>If-None-Match</c> gets 304 whether or not the
/// answer came from the cache. Answers that carry tags are kept in the reader pages' output-cache store under those
/// tags, so the change log evicts them with the pages that show the same articles. The store is read inside the
/// endpoint, after <see cref="ApiAccessFilter"/> let the request in: the reader cache in front of the pipeline never
/// sees API answers.
/// </summary>
public sealed class ApiResponses(IOutputCacheStore store, ReaderCacheOptions options)
{
    private const int ETagLength = 18;

    /// <summary>Cyrillic as UTF-8 rather than \uXXXX escapes: a Russian page of articles is a third of the size.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public async Task<IResult> CachedAsync(HttpContext context, Func<CancellationToken, Task<ApiAnswer>> produce)
    {
        var cancellationToken = context.RequestAborted;
        var key = "api:" + context.Request.Path + context.Request.QueryString;
        if (options.Enabled && await store.GetAsync(key, cancellationToken) is { } stored)
        {
            return Write(context, stored);
        }
        var answer = await produce(cancellationToken);
        if (answer.Refusal is not null)
        {
            return answer.Refusal;
        }
        var entry = Entry(answer.Body);
        if (options.Enabled && answer.Tags.Count > 0)
        {
            await store.SetAsync(key, entry, [CacheTags.All, .. answer.Tags], options.Lifetime, cancellationToken);
        }
        return Write(context, entry);
    }

    /// <summary>An answer that is not cached (catalog lists, search) still gets its ETag.</summary>
    public static IResult Uncached(HttpContext context, object body) => Write(context, Entry(body));

    /// <summary>The stored form: the quoted ETag, then the JSON bytes.</summary>
    private static byte[] Entry(object? body)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(body, Json);
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(json).AsSpan(0, 8)) + "\"";
        return [.. Encoding.ASCII.GetBytes(etag), .. json];
    }

    private static IResult Write(HttpContext context, byte[] entry)
    {
        var etag = Encoding.ASCII.GetString(entry, 0, ETagLength);
        var response = context.Response;
        response.Headers.ETag = etag;
        response.Headers.CacheControl = "no-cache";
        if (context.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == etag || t.Trim() == "*")))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }
        return Results.Bytes(entry.AsMemory(ETagLength), "application/json; charset=utf-8");
    }
}

/// <summary>
/// Keeps API answers out of the reader cache's middleware: that cache runs before the API's door and is keyed by URL
/// alone. <see cref="ApiResponses"/> caches behind the door instead.
/// </summary>
public sealed class BypassReaderCache : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        context.EnableOutputCaching = false;
        context.HttpContext.Response.Headers.Remove(HeaderNames.ETag);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}
