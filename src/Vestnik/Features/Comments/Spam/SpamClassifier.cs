using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Comments.Model;

namespace Vestnik.Features.Comments.Spam;

/// <summary>
/// The naive Bayes classifier as the site uses it: counts live in the database (<see cref="SpamToken"/>) and
/// in memory for fast scoring; every moderator verdict (approve or spam) teaches it one more example.
/// </summary>
public sealed class SpamClassifier(IServiceScopeFactory scopes, ILogger<SpamClassifier> logger) : IDisposable
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private NaiveBayes? _model;

    public void Dispose() => _loading.Dispose();

    public async Task<double> ScoreAsync(string text, CancellationToken cancellationToken)
    {
        var model = await ModelAsync(cancellationToken);
        return model.Score(SpamFeatures.Of(text));
    }

    /// <summary>Records a moderator's verdict in the database (in the caller's unit of work) and in memory.</summary>
    public async Task LearnAsync(VestnikDbContext db, string text, bool isSpam, CancellationToken cancellationToken)
    {
        var model = await ModelAsync(cancellationToken);
        var tokens = SpamFeatures.Of(text).Distinct(StringComparer.Ordinal).Append(SpamToken.DocumentsKey).ToList();
        var rows = await db.Set<SpamToken>().Where(t => tokens.Contains(t.Token)).ToDictionaryAsync(t => t.Token, cancellationToken);
        foreach (var token in tokens)
        {
            // A batch of verdicts shares one unit of work: rows added by an earlier verdict are not in the database yet.
            if (!rows.TryGetValue(token, out var row) && db.Set<SpamToken>().Local.FirstOrDefault(t => t.Token == token) is { } pending)
            {
                row = pending;
            }
            else if (row is null)
            {
                row = new SpamToken { Token = token };
                db.Add(row);
                rows[token] = row;
            }
            if (isSpam)
            {
                row.SpamCount++;
            }
            else
            {
                row.HamCount++;
            }
        }
        model.Learn(tokens.Where(t => t != SpamToken.DocumentsKey), isSpam);
    }

    /// <summary>Trains the seed set into an empty database, so a fresh site already tells spam from talk.</summary>
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VestnikDbContext>();
        if (await db.Set<SpamToken>().AnyAsync(cancellationToken))
        {
            return;
        }
        var counts = new Dictionary<string, SpamToken>(StringComparer.Ordinal);
        foreach (var (text, isSpam) in SeedCorpus.Spam.Select(t => (t, true)).Concat(SeedCorpus.Ham.Select(t => (t, false))))
        {
            foreach (var token in SpamFeatures.Of(text).Distinct(StringComparer.Ordinal).Append(SpamToken.DocumentsKey))
            {
                var row = counts.TryGetValue(token, out var existing) ? existing : counts[token] = new SpamToken { Token = token };
                if (isSpam)
                {
                    row.SpamCount++;
                }
                else
                {
                    row.HamCount++;
                }
            }
        }
        db.AddRange(counts.Values);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Spam classifier seeded with {Spam} spam and {Ham} legitimate examples", SeedCorpus.Spam.Count, SeedCorpus.Ham.Count);
    }

    private async Task<NaiveBayes> ModelAsync(CancellationToken cancellationToken)
    {
        if (_model is { } ready)
        {
            return ready;
        }
        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_model is null)
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<VestnikDbContext>();
                var model = new NaiveBayes();
                await foreach (var row in db.Set<SpamToken>().AsNoTracking().AsAsyncEnumerable().WithCancellation(cancellationToken))
                {
                    if (row.Token == SpamToken.DocumentsKey)
                    {
                        model.SetDocuments(row.SpamCount, row.HamCount);
                    }
                    else
                    {
                        model.SetToken(row.Token, row.SpamCount, row.HamCount);
                    }
                }
                _model = model;
            }
            return _model;
        }
        finally
        {
            _loading.Release();
        }
    }
}
