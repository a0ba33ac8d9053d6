using Vestnik.Data;
using Vestnik.Infrastructure;
using Vestnik.Infrastructure.Localization;
using Vestnik.Infrastructure.Operations.Backlogs;
using Vestnik.Infrastructure.Text;

namespace Vestnik.Features.Search.Indexing;

/// <summary>This node's search index on the System page: its size and how far it trails the change log.</summary>
public sealed class SearchIndexBacklog(SearchIndex index, VestnikDbContext db) : IBacklog
{
    public async Task<IReadOnlyList<BacklogLine>> ReadAsync(ContentLanguage language, CancellationToken cancellationToken)
    {
        var text = SearchText.For(language);
        var lag = await IndexLag.EntriesAsync(index, db, cancellationToken);
        var state = index.IsRebuilding ? text.IndexRebuildingState : lag == 0 ? text.IndexUpToDate : text.IndexBehind(lag);
        var size = ByteSize.Format(DataFolders.SizeOf(index.Path), language);
        return [new BacklogLine("search-index", text.IndexQueue, $"{size}; {state}", NeedsAttention: index.IsRebuilding || lag > 0)];
    }
}
