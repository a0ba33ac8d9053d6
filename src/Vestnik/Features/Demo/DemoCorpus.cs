using Vestnik.Features.Demo.Corpus;

namespace Vestnik.Features.Demo;

/// <summary>
/// The newsroom a fresh install starts with: seven sections of invented but plausible stories in Russian
/// and English, with retellings of the foreign press, translations, tags and labels. Every call returns the
/// same corpus, so seeding is reproducible and tests can rely on it.
/// </summary>
public static class DemoCorpus
{
    /// <summary>Any fixed value would do; a different one reshuffles prose, ages and credits.</summary>
    private const int Seed = 20_261_128;

    public static DemoCorpusData Create()
    {
        IReadOnlyList<Desk> desks =
        [
            PoliticsStories.Desk,
            EconomyStories.Desk,
            WorldStories.Desk,
            TechnologyStories.Desk,
            ScienceStories.Desk,
            CultureStories.Desk,
            SportStories.Desk,
        ];
        return new DemoCorpusData(
            Sections: [.. desks.Select(desk => desk.Section)],
            Authors: Staff.Authors,
            Outlets: ForeignPress.Outlets,
            Articles: new Publisher(Seed).Publish(desks));
    }
}
