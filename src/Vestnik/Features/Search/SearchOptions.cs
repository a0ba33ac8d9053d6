namespace Vestnik.Features.Search;

/// <summary>The <c>Search</c> configuration section.</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>How often the indexer looks for new change-log rows; a change is searchable within this delay.</summary>
    public int PollIntervalMs { get; set; } = 250;
}
