using Vestnik.Data;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Newsroom;

/// <summary>Editor form fields as the page posts them.</summary>
public static class EditorForms
{
    public static async Task<List<KeyValuePair<string, string>>> NewAsync(VestnikDbContext db, string title, string body = "Текст статьи.", int version = 0)
    {
        var section = (await TestArticles.SectionAsync(db)).Id;
        var author = (await TestArticles.AuthorAsync(db)).Id;
        return
        [
            new("Form.Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Form.Title", title),
            new("Form.Dek", "Подзаголовок"),
            new("Form.Body", body),
            new("Form.Language", "Ru"),
            new("Form.SectionId", section.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Form.AuthorIds", author.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Form.AuthorIds", ""),
            new("Form.Tags", "Выборы, новый тег"),
        ];
    }

    /// <summary>The editor's address for one of its operations (a page handler), for a new article when <paramref name="id"/> is null.</summary>
    public static string Url(int? id, string handler) => $"/newsroom/articles/edit{(id is null ? "" : $"/{id}")}?handler={handler}";

    public static List<KeyValuePair<string, string>> With(this List<KeyValuePair<string, string>> form, string key, string value) =>
        form.Where(f => f.Key != key).Append(new(key, value)).ToList();

    public static int IdFrom(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.ToString() ?? throw new InvalidOperationException($"no redirect: {(int)response.StatusCode}");
        var path = location.Split('?')[0];
        return int.Parse(path[(path.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }
}
