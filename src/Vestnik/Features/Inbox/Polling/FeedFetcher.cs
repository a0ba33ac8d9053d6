using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Vestnik.Features.Inbox.Polling;

/// <summary>What one polite fetch of a feed brought back.</summary>
public sealed record FetchResult(bool NotModified, byte[] Body, string? Charset, string? ETag, string? LastModified, Uri FinalUrl, bool MovedPermanently);

/// <summary>
/// Fetches a feed the way a polite reader should: conditional GET, gzip/deflate, a descriptive User-Agent, a
/// per-host pace, a whole-request timeout, a size cap and at most <see cref="InboxOptions.MaxRedirects"/> redirects,
/// each hop checked against <see cref="TargetGuard"/>.
/// </summary>
public sealed class FeedFetcher(IHttpClientFactory clients, IOptions<InboxOptions> options, HostPace pace)
{
    public const string ClientName = "Inbox.Feeds";

    public async Task<FetchResult> FetchAsync(Uri url, string? etag, string? lastModified, CancellationToken ct)
    {
        var settings = options.Value;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(settings.FetchTimeout);
        var client = clients.CreateClient(ClientName);
        var current = url;
        var permanent = true;
        try
        {
            for (var hop = 0; ; hop++)
            {
                TargetGuard.CheckScheme(current);
                await pace.WaitTurnAsync(current.Host, timeout.Token);
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                request.Headers.UserAgent.ParseAdd(settings.UserAgent);
                request.Headers.Accept.ParseAdd("application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5");
                if (etag is not null)
                {
                    request.Headers.TryAddWithoutValidation("If-None-Match", etag);
                }
                if (lastModified is not null)
                {
                    request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
                }
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                if (IsRedirect(response.StatusCode))
                {
                    var location = response.Headers.Location
                        ?? throw new FeedFetchException($"HTTP {(int)response.StatusCode} without a Location header.");
                    if (hop >= settings.MaxRedirects)
                    {
                        throw new FeedFetchException($"More than {settings.MaxRedirects} redirects.");
                    }
                    permanent &= response.StatusCode is HttpStatusCode.MovedPermanently or HttpStatusCode.PermanentRedirect;
                    current = location.IsAbsoluteUri ? location : new Uri(current, location);
                    continue;
                }
                if (response.StatusCode == HttpStatusCode.NotModified)
                {
                    return new FetchResult(true, [], null, etag, lastModified, current, permanent && hop > 0);
                }
                if (!response.IsSuccessStatusCode)
                {
                    throw new FeedFetchException($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd());
                }
                var body = await ReadCappedAsync(response.Content, settings.MaxFeedBytes, timeout.Token);
                return new FetchResult(
                    false,
                    body,
                    response.Content.Headers.ContentType?.CharSet?.Trim('"'),
                    response.Headers.ETag?.ToString(),
                    response.Content.Headers.LastModified?.ToString("R"),
                    current,
                    permanent && hop > 0);
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new FeedFetchException($"Timed out after {settings.FetchTimeout.TotalSeconds:0} s.");
        }
        catch (HttpRequestException e) when (e.InnerException is FeedFetchException refused)
        {
            throw refused;
        }
        catch (HttpRequestException e)
        {
            throw new FeedFetchException($"Could not connect: {e.Message}", e);
        }
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static async Task<byte[]> ReadCappedAsync(HttpContent content, long cap, CancellationToken ct)
    {
        if (content.Headers.ContentLength > cap)
        {
            throw new FeedFetchException($"The feed is {content.Headers.ContentLength} bytes, over the {cap} byte limit.");
        }
        await using var stream = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > cap)
            {
                throw new FeedFetchException($"The feed is over the {cap} byte limit; reading stopped there.");
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>The handler behind <see cref="ClientName"/>: no automatic redirects, decompression, guarded connects.</summary>
    public static SocketsHttpHandler CreateHandler(IOptions<InboxOptions> options) => new()
    {
        AllowAutoRedirect = false,
        // A proxy would make the guard check the proxy instead of the feed host.
        UseProxy = false,
        AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
        ConnectTimeout = TimeSpan.FromSeconds(10),
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectCallback = async (context, ct) =>
        {
            var address = await TargetGuard.ResolveAllowedAsync(context.DnsEndPoint.Host, options.Value.AllowPrivateTargets, ct);
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}
