using Vestnik.Features.Inbox.Parsing;
using Vestnik.Features.Inbox.Polling;

namespace Vestnik.Features.Inbox.Sources;

/// <summary>"Test this feed": fetches and parses a feed exactly as the poller would, and stores nothing.</summary>
public sealed class TestFeed(FeedFetcher fetcher)
{
    public sealed record Result(string? Error, ParsedFeed? Feed, Uri? FinalUrl);

    public async Task<Result> HandleAsync(Uri url, CancellationToken ct)
    {
        try
        {
            var fetched = await fetcher.FetchAsync(url, null, null, ct);
            return new Result(null, FeedParser.Parse(fetched.Body, fetched.FinalUrl, fetched.Charset), fetched.FinalUrl);
        }
        catch (Exception e) when (e is FeedFetchException or FeedFormatException)
        {
            return new Result(e.Message, null, null);
        }
    }
}
