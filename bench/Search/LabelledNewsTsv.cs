using Vestnik.Features.Search.Indexing;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Bench.Search;

/// <summary>
/// Reads the expert-labelled Toloka news files (as in corpus-ru-dev): tab-separated with a header row, columns
/// INPUT:title, INPUT:text and GOLDEN:res (the category), text fields sometimes in double quotes.
/// </summary>
internal static class LabelledNewsTsv
{
    /// <summary>Every labelled article once (a headline seen before is skipped), all on one date and in one section.</summary>
    public static List<(IndexableArticle Article, string Category)> Load(string folder, ContentLanguage language)
    {
        var published = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var items = new List<(IndexableArticle Article, string Category)>();
        var titles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*.tsv").Order())
        {
            var lines = File.ReadAllLines(file);
            var header = lines[0].Split('\t');
            var titleColumn = Array.IndexOf(header, "INPUT:title");
            var textColumn = Array.IndexOf(header, "INPUT:text");
            var categoryColumn = Array.IndexOf(header, "GOLDEN:res");
            foreach (var line in lines.Skip(1))
            {
                var fields = line.Split('\t').Select(Unquote).ToArray();
                var title = fields[titleColumn].Trim();
                if (title.Length == 0 || !titles.Add(title))
                {
                    continue;
                }
                var id = items.Count + 1;
                items.Add((new IndexableArticle(
                    id, language, title, title, "", fields[textColumn], $"/articles/{id}", "news", "News", [], [], [],
                    published, null, null), categoryColumn < 0 ? "" : fields[categoryColumn].Trim()));
            }
        }
        return items;
    }

    public static string Unquote(string field) =>
        field.Length >= 2 && field[0] == '"' && field[^1] == '"' ? field[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal) : field;
}
