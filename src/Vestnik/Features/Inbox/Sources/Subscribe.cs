using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vestnik.Data;
using Vestnik.Features.Inbox.Model;

namespace Vestnik.Features.Inbox.Sources;

/// <summary>What an editor enters to follow a feed.</summary>
public sealed record SubscriptionInput(string? FeedUrl, string? OutletName, string? Language, int? PollIntervalMinutes);

/// <summary>Adds a subscription after checking the input; used by the form and by OPML import.</summary>
public sealed class Subscribe(VestnikDbContext db, IOptions<InboxOptions> options, TimeProvider clock)
{
    public const int MinInterval = 5;
    public const int MaxInterval = 1440;

    public enum Outcome { Added, Invalid, Duplicate }

    public sealed record Result(Outcome Outcome, string? Error, FeedSubscription? Subscription);

    /// <summary>The cleaned feed URL, or the reason it is not acceptable.</summary>
    public static (Uri? Url, string? Error) CheckUrl(string? value, InboxText reasons)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            return (null, reasons.UrlRequired);
        }
        if (text.Length > FeedSubscription.MaxUrlLength)
        {
            return (null, reasons.UrlTooLong);
        }
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https") || url.Host.Length == 0)
        {
            return (null, reasons.UrlNotHttp);
        }
        return (url, null);
    }

    /// <param name="text">The language of the reasons it gives.</param>
    public async Task<Result> HandleAsync(SubscriptionInput input, InboxText text, CancellationToken ct, bool save = true)
    {
        var (url, error) = CheckUrl(input.FeedUrl, text);
        if (url is null)
        {
            return new Result(Outcome.Invalid, error, null);
        }
        var outlet = input.OutletName?.Trim() ?? "";
        if (outlet.Length is 0 or > 200)
        {
            return new Result(Outcome.Invalid, text.OutletRequired, null);
        }
        var language = input.Language?.Trim().ToLowerInvariant() ?? "";
        if (language.Length != 0 && (language.Length != 2 || !language.All(char.IsAsciiLetterLower)))
        {
            return new Result(Outcome.Invalid, text.LanguageCode, null);
        }
        var interval = input.PollIntervalMinutes ?? options.Value.DefaultPollMinutes;
        if (interval is < MinInterval or > MaxInterval)
        {
            return new Result(Outcome.Invalid, text.IntervalRange(MinInterval, MaxInterval), null);
        }
        var address = url.ToString();
        if (await db.Set<FeedSubscription>().AnyAsync(s => s.FeedUrl == address, ct)
            || db.ChangeTracker.Entries<FeedSubscription>().Any(e => e.Entity.FeedUrl == address))
        {
            return new Result(Outcome.Duplicate, text.AlreadySubscribed, null);
        }
        var now = clock.GetUtcNow();
        var subscription = new FeedSubscription
        {
            FeedUrl = address,
            OutletName = outlet,
            Language = language,
            PollIntervalMinutes = interval,
            CreatedAt = now,
            NextPollAt = now,
        };
        db.Add(subscription);
        if (save)
        {
            await db.SaveChangesAsync(ct);
        }
        return new Result(Outcome.Added, null, subscription);
    }
}
