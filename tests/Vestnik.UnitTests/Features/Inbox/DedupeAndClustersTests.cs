using Vestnik.Features.Inbox.Items;

namespace Vestnik.UnitTests.Features.Inbox;

public sealed class DedupeAndClustersTests
{
    [Theory]
    [InlineData("https://www.bbc.com/news/articles/cp81?at_medium=RSS&at_campaign=rss", "https://bbc.com/news/articles/cp81")]
    [InlineData("https://example.com/a/?utm_source=feed&utm_medium=rss&id=7#comments", "https://EXAMPLE.com/a?id=7")]
    [InlineData("http://example.com/story?b=2&a=1&fbclid=xyz", "https://example.com/story?a=1&b=2")]
    public void LinkNormalizer_ShouldMatchTheSameStory_AcrossTrackingVariants(string a, string b)
    {
        Assert.Equal(LinkNormalizer.Normalize(a), LinkNormalizer.Normalize(b));
    }

    [Fact]
    public void LinkNormalizer_ShouldKeepParametersThatIdentifyTheStory()
    {
        Assert.NotEqual(LinkNormalizer.Normalize("https://example.com/article?id=1"), LinkNormalizer.Normalize("https://example.com/article?id=2"));
    }

    [Theory]
    [InlineData("Jesse Jackson dies aged 84", "Jesse Jackson dies, aged 84")]
    [InlineData("UPDATE: Iran talks resume in Geneva", "Iran talks resume in Geneva")]
    [InlineData("Iran calls talks with U.S. “more constructive”", "Iran calls talks with U.S. \"more constructive\"")]
    public void NearDuplicate_ShouldCatchRetitledCopies(string a, string b)
    {
        Assert.True(TitleSimilarity.NearDuplicate(TitleSimilarity.Key(a), TitleSimilarity.Key(b)) >= InboxIngest.NearDuplicateTitle);
    }

    [Theory]
    [InlineData("Jesse Jackson dies aged 84", "Jesse Jackson's journey from a South Carolina protest")]
    [InlineData("Iran talks resume in Geneva", "Iran talks collapse in Geneva")]
    public void NearDuplicate_ShouldNotMergeDifferentStories(string a, string b)
    {
        Assert.True(TitleSimilarity.NearDuplicate(TitleSimilarity.Key(a), TitleSimilarity.Key(b)) < InboxIngest.NearDuplicateTitle);
    }

    [Fact]
    public void Clusters_ShouldGroupTheSameStoryFromDifferentOutlets()
    {
        // Real headlines and ledes from the sample feeds of 17 February 2026 (BBC, CSMonitor, NPR).
        var bbc = Candidate(1, "US civil rights leader Jesse Jackson dies aged 84", "Tributes poured in from politicians who described Jackson as a champion of civil rights.");
        var npr = Candidate(2, "U.S. releases new details on alleged secret Chinese nuclear test", "At a event in Washington D.C., A U.S. official said a remote seismic station detected an explosion.");
        var monitor = StoryClusters.TermsOf("Jesse Jackson, civil rights leader and two-time presidential candidate, dies at 84",
            "Jesse Jackson, who died Tuesday, fought for equality as a civil rights leader.");

        var match = StoryClusters.BestMatch(monitor, "en", [npr, bbc]);

        Assert.Equal(1, match?.Id);
    }

    [Fact]
    public void Clusters_ShouldNotGroupStoriesThatOnlyShareACountry()
    {
        var first = Candidate(1, "Iran calls talks with U.S. more constructive as Trump's threat looms", "Iran and the U.S. traded threats and warnings even as negotiators met in Geneva.");
        var other = StoryClusters.TermsOf("Iran's football team qualifies for the World Cup", "The national side beat Uzbekistan in Tehran.");

        Assert.Null(StoryClusters.BestMatch(other, "en", [first]));
    }

    [Fact]
    public void Clusters_ShouldStayWithinALanguage()
    {
        var english = Candidate(1, "Jesse Jackson dies aged 84 civil rights leader", "Jesse Jackson civil rights leader dies");
        var same = StoryClusters.TermsOf("Jesse Jackson dies aged 84 civil rights leader", "Jesse Jackson civil rights leader dies");

        Assert.Null(StoryClusters.BestMatch(same, "de", [english]));
    }

    private static StoryClusters.Candidate Candidate(int id, string title, string summary) =>
        new(id, null, "en", StoryClusters.TermsOf(title, summary));
}
