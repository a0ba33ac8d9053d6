using System.Collections.Concurrent;
using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Vestnik.Testing;

/// <summary>
/// A feed server on a real loopback port (Kestrel) with scripted behaviours: plain feeds, ETag then 304,
/// redirect chains, error statuses, slow answers, oversize bodies and gzip/deflate. Each test registers its own paths.
/// </summary>
public sealed class FakeFeedServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private FakeFeedServer(WebApplication app)
    {
        _app = app;
        _app.Run(async context =>
        {
            _requests.Enqueue(new RecordedRequest(
                context.Request.Path.Value ?? "",
                context.Request.Headers.UserAgent.ToString(),
                context.Request.Headers.IfNoneMatch.ToString(),
                context.Request.Headers.AcceptEncoding.ToString(),
                DateTimeOffset.UtcNow));
            if (_routes.TryGetValue(context.Request.Path.Value ?? "", out var handler))
            {
                await handler(context);
            }
            else
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
            }
        });
    }

    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyCollection<RecordedRequest> Requests => _requests.ToArray();

    public static async Task<FakeFeedServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var server = new FakeFeedServer(builder.Build());
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseAddress = new Uri(address + "/");
        return server;
    }

    public Uri Url(string path) => new(BaseAddress, path.TrimStart('/'));

    public int CountOf(string path) => _requests.Count(r => r.Path == path);

    /// <summary>Serves the body with 200 (and with an ETag/Last-Modified, answering 304 to a matching conditional GET).</summary>
    public Uri Feed(string path, byte[] body, string contentType = "application/rss+xml", string? etag = null)
    {
        _routes[Normalize(path)] = async context =>
        {
            if (etag is not null)
            {
                context.Response.Headers.ETag = etag;
                context.Response.Headers.LastModified = "Sat, 28 Nov 2026 10:00:00 GMT";
                if (context.Request.Headers.IfNoneMatch == etag)
                {
                    context.Response.StatusCode = StatusCodes.Status304NotModified;
                    return;
                }
            }
            context.Response.ContentType = contentType;
            await context.Response.Body.WriteAsync(body);
        };
        return Url(path);
    }

    public Uri Feed(string path, string xml, string? etag = null) => Feed(path, System.Text.Encoding.UTF8.GetBytes(xml), "application/rss+xml; charset=utf-8", etag);

    /// <summary>Serves the body compressed with gzip or deflate, as Content-Encoding says.</summary>
    public Uri Compressed(string path, byte[] body, string encoding)
    {
        _routes[Normalize(path)] = async context =>
        {
            context.Response.ContentType = "application/rss+xml";
            context.Response.Headers.ContentEncoding = encoding;
            await using Stream compressor = encoding == "gzip"
                ? new GZipStream(context.Response.Body, CompressionLevel.Fastest, leaveOpen: true)
                : new ZLibStream(context.Response.Body, CompressionLevel.Fastest, leaveOpen: true);
            await compressor.WriteAsync(body);
        };
        return Url(path);
    }

    public Uri Redirect(string path, string target, int status = StatusCodes.Status301MovedPermanently)
    {
        _routes[Normalize(path)] = context =>
        {
            context.Response.StatusCode = status;
            context.Response.Headers.Location = target;
            return Task.CompletedTask;
        };
        return Url(path);
    }

    public Uri Status(string path, int status)
    {
        _routes[Normalize(path)] = context =>
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        };
        return Url(path);
    }

    /// <summary>Answers only after the delay (or when the client gives up).</summary>
    public Uri Slow(string path, TimeSpan delay, byte[] body)
    {
        _routes[Normalize(path)] = async context =>
        {
            try
            {
                await Task.Delay(delay, context.RequestAborted);
                await context.Response.Body.WriteAsync(body, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The client timed out, as the test intends.
            }
        };
        return Url(path);
    }

    /// <summary>Streams <paramref name="bytes"/> of feed-looking filler without a Content-Length.</summary>
    public Uri Oversize(string path, long bytes)
    {
        _routes[Normalize(path)] = async context =>
        {
            context.Response.ContentType = "application/rss+xml";
            var chunk = System.Text.Encoding.ASCII.GetBytes(new string('x', 64 * 1024));
            try
            {
                await context.Response.Body.WriteAsync("<rss><channel>"u8.ToArray(), context.RequestAborted);
                for (long sent = 0; sent < bytes; sent += chunk.Length)
                {
                    await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or IOException)
            {
                // The client stopped reading at its cap.
            }
        };
        return Url(path);
    }

    public Uri Handle(string path, Func<HttpContext, Task> handler)
    {
        _routes[Normalize(path)] = handler;
        return Url(path);
    }

    private static string Normalize(string path) => "/" + path.TrimStart('/');

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record RecordedRequest(string Path, string UserAgent, string IfNoneMatch, string AcceptEncoding, DateTimeOffset At);
