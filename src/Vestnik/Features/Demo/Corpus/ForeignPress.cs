namespace Vestnik.Features.Demo.Corpus;

/// <summary>The foreign outlets the demo retellings are based on.</summary>
internal static class ForeignPress
{
    public const string NewYorkTimes = "The New York Times";
    public const string Guardian = "The Guardian";
    public const string FinancialTimes = "Financial Times";
    public const string LeMonde = "Le Monde";
    public const string Spiegel = "Der Spiegel";
    public const string WashingtonPost = "The Washington Post";
    public const string Bloomberg = "Bloomberg";

    public static readonly IReadOnlyList<DemoOutlet> Outlets =
    [
        new(NewYorkTimes, "https://www.nytimes.com", "en"),
        new(Guardian, "https://www.theguardian.com", "en"),
        new(FinancialTimes, "https://www.ft.com", "en"),
        new(LeMonde, "https://www.lemonde.fr", "fr"),
        new(Spiegel, "https://www.spiegel.de", "de"),
        new(WashingtonPost, "https://www.washingtonpost.com", "en"),
        new(Bloomberg, "https://www.bloomberg.com", "en"),
    ];
}
