namespace Vestnik.Features.Search;

/// <summary>The <c>Search</c> configuration section.</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>How often the indexer looks for new change-log rows; a change is searchable within this delay.</summary>
    public int PollIntervalMs { get; set; } = 250;

    /// <summary>
    /// Deprecated: <c>false</c> keeps this node's index and Read also off, as a node without the <c>indexer</c> role
    /// (<c>Vestnik:Roles</c>) does; its search then shows the "being rebuilt" notice.
    /// </summary>
    public bool Indexing { get; set; } = true;
}
