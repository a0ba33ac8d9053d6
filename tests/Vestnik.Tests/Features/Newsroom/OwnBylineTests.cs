using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Vestnik.Data;
using Vestnik.Features.Newsroom;
using Vestnik.Features.Newsroom.Articles.Workflow;
using Vestnik.Infrastructure.Localization;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Newsroom;

/// <summary>A new author writes at once: saving without a byline signs the article with their own, made from their account.</summary>
public abstract class OwnBylineTests(AppFixture fixture)
{
    private VestnikApp App => fixture.App;

    [Fact]
    public async Task NewAuthor_ShouldSaveADraftWithoutAByline_AndBeSignedWithTheirOwn_OnceForEveryArticle()
    {
        var author = await RoleClients.AuthorAsync(App, "Анна Стрельцова");
        var form = (await App.WithDbAsync(db => EditorForms.NewAsync(db, $"Первая заметка {Guid.NewGuid():N}")))
            .Where(f => f.Key != "Form.AuthorIds").ToList();

        var first = EditorForms.IdFrom(await author.Client.PostFormAsync(EditorForms.Url(null, "Save"), form));
        var second = EditorForms.IdFrom(await author.Client.PostFormAsync(EditorForms.Url(null, "Save"), form.With("Form.Title", "Вторая заметка")));

        var bylines = await App.WithDbAsync(db => db.Articles.AsNoTracking()
            .Where(a => a.Id == first || a.Id == second)
            .SelectMany(a => a.Authors.Select(x => x.Author))
            .Select(x => new { x.Id, x.Name, x.Slug, x.UserId })
            .ToListAsync());
        Assert.Equal(2, bylines.Count);
        Assert.Single(bylines.Select(b => b.Id).Distinct());
        Assert.Equal("Анна Стрельцова", bylines[0].Name);
        Assert.StartsWith("anna-streltsova", bylines[0].Slug, StringComparison.Ordinal);
        Assert.Equal(author.Id, bylines[0].UserId);

        // The next new article has the byline chosen already.
        var (_, page) = await author.Client.GetPageAsync("/newsroom/articles/edit");
        var chosen = ((IHtmlSelectElement)page.QuerySelector("#author-0")!).Value;
        Assert.Equal(bylines[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture), chosen);
    }

    [Fact]
    public async Task FirstSave_ShouldBeTriedAgain_WhenARacingFirstSaveCreatedTheBylineMeanwhile()
    {
        var author = await RoleClients.AuthorAsync(App, "Глеб Остроумов");
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VestnikDbContext>();
        var workflow = scope.ServiceProvider.GetRequiredService<ArticleWorkflow>();
        var form = new ArticleForm
        {
            Title = $"Заметка наперегонки {Guid.NewGuid():N}", Body = "Текст заметки.", Language = ContentLanguage.Ru,
            SectionId = (await TestArticles.SectionAsync(db)).Id,
        };
        var raced = false;
        db.SavingChanges += (_, _) =>
        {
            if (raced)
            {
                return;
            }
            raced = true;
            // What the same person's other first save commits between this save's look for a byline and its insert.
            using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
            command.CommandText = """
                INSERT INTO "Authors" ("Name", "Slug", "Bio", "UserId", "PublishedArticlesRu", "PublishedArticlesEn")
                VALUES ('Глеб Остроумов', 'gleb-ostroumov-racing', '', @user, 0, 0)
                """;
            var user = command.CreateParameter();
            user.ParameterName = "@user";
            user.Value = author.Id;
            command.Parameters.Add(user);
            command.ExecuteNonQuery();
        };

        var result = await workflow.SaveAsync(null, form, new ArticleActor(author.Id, "Глеб Остроумов", NewsroomText.Ru));

        Assert.True(raced);
        Assert.Equal(ChangeOutcome.Saved, result.Outcome);
        var bylines = await App.WithDbAsync(db => db.Authors.Where(a => a.UserId == author.Id).Select(a => a.Id).ToListAsync());
        var signed = await App.WithDbAsync(db => db.Articles.Where(a => a.Id == result.Article!.Id).SelectMany(a => a.Authors.Select(x => x.AuthorId)).ToListAsync());
        Assert.Equal(Assert.Single(bylines), Assert.Single(signed));
    }

    [Fact]
    public async Task ChosenBylines_ShouldStayAsChosen_AndMakeNoBylineForTheWriter()
    {
        var editor = await RoleClients.EditorAsync(App, "Редактор Без Подписи");
        var form = await App.WithDbAsync(db => EditorForms.NewAsync(db, $"Заметка коллеги {Guid.NewGuid():N}"));

        var response = await editor.Client.PostFormAsync(EditorForms.Url(null, "Save"), form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.False(await App.WithDbAsync(db => db.Authors.AnyAsync(a => a.UserId == editor.Id)));
    }
}

public sealed class SqliteOwnBylineTests(SqliteAppFixture fixture) : OwnBylineTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgresOwnBylineTests(PostgresAppFixture fixture) : OwnBylineTests(fixture), IClassFixture<PostgresAppFixture>;
