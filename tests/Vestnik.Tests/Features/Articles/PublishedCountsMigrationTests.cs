using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Vestnik.Features.Articles.Model;
using Vestnik.Infrastructure.Localization;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Articles;

/// <summary>
/// A database from before the stored counts gets them on upgrade: the migration fills them from the articles already
/// there, with the figures a recount gives. The test takes its own app: it steps the schema back and forth.
/// </summary>
public abstract class PublishedCountsMigrationTests(AppFixture fixture)
{
    private VestnikApp App => fixture.App;

    // By name: each provider has its own migration ids.
    private const string MigrationBefore = "OutboxGaps";

    [Fact]
    public async Task Upgrade_ShouldBackfillTheCountsARecountGives()
    {
        await App.WithDbAsync(async db =>
        {
            await TestArticles.CreateAsync(db, "Опубликованная");
            await TestArticles.CreateAsync(db, "Черновик", publish: false);
            await TestArticles.CreateAsync(db, "Published in English", ContentLanguage.En);
            var articles = await db.Articles.Include(a => a.Tags).ToListAsync();
            var russian = db.Tags.Add(new Tag { Name = "миграция", Slug = "migratsiya", Language = ContentLanguage.Ru }).Entity;
            var english = db.Tags.Add(new Tag { Name = "migration", Slug = "migration", Language = ContentLanguage.En }).Entity;
            foreach (var article in articles)
            {
                article.Tags.Add(russian);
                article.Tags.Add(english);
            }
            await db.SaveChangesAsync();
        });
        var recounted = await CountsAsync(recount: true);
        Assert.Equal([("migration", 1), ("migratsiya", 1)], recounted.Tags);
        Assert.Equal([(1, 1)], recounted.Authors);

        await App.WithDbAsync(async db =>
        {
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(MigrationBefore);
            await migrator.MigrateAsync();
        });

        var backfilled = await CountsAsync(recount: false);
        Assert.Equal(recounted.Tags, backfilled.Tags);
        Assert.Equal(recounted.Authors, backfilled.Authors);
    }

    private Task<(List<(string Slug, int Count)> Tags, List<(int Ru, int En)> Authors)> CountsAsync(bool recount) => App.WithDbAsync(async db =>
    {
        if (recount)
        {
            await PublishedCounts.RecountAsync(db);
        }
        var tags = await db.Tags.AsNoTracking().OrderBy(t => t.Slug).Select(t => new { t.Slug, t.PublishedArticles }).ToListAsync();
        var authors = await db.Authors.AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.PublishedArticlesRu, a.PublishedArticlesEn }).ToListAsync();
        return (tags.ConvertAll(t => (t.Slug, t.PublishedArticles)), authors.ConvertAll(a => (a.PublishedArticlesRu, a.PublishedArticlesEn)));
    });
}

public sealed class SqlitePublishedCountsMigrationTests(SqliteAppFixture fixture) : PublishedCountsMigrationTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgresPublishedCountsMigrationTests(PostgresAppFixture fixture) : PublishedCountsMigrationTests(fixture), IClassFixture<PostgresAppFixture>;
