using Vestnik.Features.Search.Indexing;
using Vestnik.Infrastructure.Text;

namespace Vestnik.UnitTests.Features.Search;

public sealed class ArticleSourceTests
{
    [Fact]
    public void PlainText_ShouldIndexAnEmbedByItsLinkAlone()
    {
        var html = new MarkdownRenderer().ToHtml("Начало.\n\nhttps://t.me/durov/123\n\nКонец.");

        Assert.Equal("Начало. https://t.me/durov/123 Конец.", ArticleSource.PlainText(html));
    }
}
