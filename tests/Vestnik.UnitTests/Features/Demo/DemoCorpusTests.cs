using Vestnik.Features.Demo;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.UnitTests.Features.Demo;

public sealed class DemoCorpusTests
{
    private static readonly DemoCorpusData Corpus = DemoCorpus.Create();

    [Fact]
    public void Create_ShouldProduceAFullNewsroom()
    {
        Assert.True(Corpus.Articles.Count >= 60);
        Assert.True(Corpus.Sections.Count >= 5);
        Assert.Equal(8, Corpus.Authors.Count);
        Assert.True(Corpus.Articles.SelectMany(a => a.Tags).Distinct().Count() >= 15);
        Assert.True(Corpus.Articles.Count(a => a.Source is not null) >= 15);
        Assert.Contains(Corpus.Articles, a => a.Language == ContentLanguage.En);
        Assert.Contains(Corpus.Articles, a => a.Language == ContentLanguage.Ru);
        Assert.All(Corpus.Sections, s => Assert.Contains(Corpus.Articles, a => a.SectionSlug == s.Slug));
        Assert.Contains(Corpus.Authors, a => a.Name == "Арестова Татьяна");
    }

    [Fact]
    public void Create_ShouldUseEveryLabel()
    {
        foreach (var label in new[] { "exclusive", "breaking", "analysis", "opinion" })
        {
            Assert.Contains(Corpus.Articles, a => a.LabelSlug == label);
        }
    }

    [Fact]
    public void Bodies_ShouldBeBetween300And1200Words()
    {
        Assert.All(Corpus.Articles, a =>
        {
            var words = a.BodyMarkdown.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            Assert.InRange(words, 300, 1200);
        });
    }

    [Fact]
    public void References_ShouldResolve()
    {
        var keys = Corpus.Articles.Select(a => a.Key).ToHashSet();
        var authors = Corpus.Authors.Select(a => a.Name).ToHashSet();
        var outlets = Corpus.Outlets.Select(o => o.Name).ToHashSet();
        var sections = Corpus.Sections.Select(s => s.Slug).ToHashSet();

        Assert.Equal(Corpus.Articles.Count, keys.Count);
        Assert.All(Corpus.Articles, a =>
        {
            Assert.Contains(a.SectionSlug, sections);
            Assert.All(a.AuthorNames, name => Assert.Contains(name, authors));
            if (a.Source is not null)
            {
                Assert.Contains(a.Source.OutletName, outlets);
                Assert.DoesNotContain(a.Source.OutletName, a.Title, StringComparison.Ordinal);
            }
            if (a.TranslationOfKey is not null)
            {
                Assert.Contains(a.TranslationOfKey, keys);
            }
        });
    }

    [Fact]
    public void Create_ShouldBeDeterministic()
    {
        var again = DemoCorpus.Create();

        Assert.Equal(Corpus.Articles.Select(a => a.Title + a.BodyMarkdown), again.Articles.Select(a => a.Title + a.BodyMarkdown));
    }

    [Fact]
    public void Images_ShouldBeStandaloneSvgWithoutScript()
    {
        var svg = DemoImages.Svg(Corpus.Articles[0].Key, Corpus.Articles[0].SectionSlug);

        Assert.StartsWith("<svg", svg.TrimStart());
        Assert.Contains("width=\"1200\"", svg);
        Assert.DoesNotContain("<script", svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href", svg, StringComparison.OrdinalIgnoreCase);
    }
}
