namespace Vestnik.Features.Search;

/// <summary>The <c>Search</c> configuration section.</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>How often the indexer looks for new change-log rows; a change is searchable within this delay.</summary>
    public int PollIntervalMs { get; set; } = 250;

    /// <summary>
    /// Keep this node's index up to date from the change log (and compute Read also). Turn off only on a node that
    /// must not spend CPU on indexing, e.g. during a load benchmark; its search then shows the "being rebuilt" notice.
    /// </summary>
    public bool Indexing { get; set; } = true;
}
