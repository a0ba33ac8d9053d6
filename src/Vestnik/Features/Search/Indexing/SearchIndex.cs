using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Vestnik.Infrastructure;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Vestnik.Features.Search.Indexing;

/// <summary>
/// This node's search index in <c>{DataPath}/index</c>. The index is derived data: it can always be rebuilt from
/// the database, and it remembers (in its own commit data) how far into the change log it has applied, so each
/// node catches up from where its own index stopped, and which analysis (<see cref="NewsAnalyzers.AnalysisVersion"/>)
/// wrote it, so an index written with another one is rebuilt.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    private const string PositionKey = "changelog.position";
    private const string AnalysisKey = "analysis.version";

    private readonly ILogger<SearchIndex> _logger;
    private readonly System.Threading.Lock _gate = new();
    private LuceneDirectory? _directory;
    private IndexWriter? _writer;
    private SearcherManager? _searchers;
    private volatile bool _needsRebuild;
    private volatile bool _rebuilding;

    public SearchIndex(DataFolders folders, ILogger<SearchIndex> logger)
        : this(System.IO.Path.Combine(folders.Root, "index"), logger)
    {
    }

    public SearchIndex(string path, ILogger<SearchIndex> logger)
    {
        Path = path;
        _logger = logger;
    }

    public string Path { get; }

    /// <summary>The id of the last change-log row applied to this index.</summary>
    public long Position { get; private set; }

    /// <summary>True while the index is missing, damaged or being rebuilt: searches answer with a notice.</summary>
    public bool IsRebuilding => _needsRebuild || _rebuilding || _writer is null;

    internal bool NeedsRebuild => _needsRebuild;

    /// <summary>The analysis the open index was written with; null for an index from before analysis versions.</summary>
    internal string? WrittenWithAnalysis { get; private set; }

    /// <summary>
    /// Opens the index, or starts an empty one when it is missing or cannot be read; either way it is then marked for a
    /// rebuild, as is an index written with another analysis than <see cref="NewsAnalyzers.AnalysisVersion"/>. Throws
    /// <see cref="LockObtainFailedException"/> when another process writes to the same folder.
    /// </summary>
    public void Open()
    {
        lock (_gate)
        {
            if (_writer is not null)
            {
                return;
            }
            // Indexing and searching Russian need the dictionary, which takes a few seconds to read: start now, off
            // this thread, so that catching up and the first search find it ready.
            _ = Task.Run(() => RussianLexicon.Instance);
            System.IO.Directory.CreateDirectory(Path);
            _directory = FSDirectory.Open(Path);
            try
            {
                var existed = DirectoryReader.IndexExists(_directory);
                OpenWriter(OpenMode.CREATE_OR_APPEND);
                using (var reader = DirectoryReader.Open(_writer!, applyAllDeletes: true))
                {
                    // Touch every segment once, so damage shows up now rather than in a reader's search.
                    _ = reader.NumDocs;
                    foreach (var leaf in reader.Leaves)
                    {
                        _ = leaf.AtomicReader.Fields?.Count;
                    }
                }
                Position = _writer!.CommitData.TryGetValue(PositionKey, out var stored)
                    && long.TryParse(stored, NumberStyles.None, CultureInfo.InvariantCulture, out var position) ? position : 0;
                WrittenWithAnalysis = _writer.CommitData.TryGetValue(AnalysisKey, out var analysis) ? analysis : null;
                _needsRebuild = !existed || !_writer.CommitData.ContainsKey(PositionKey);
                if (existed && !_needsRebuild && WrittenWithAnalysis != NewsAnalyzers.AnalysisVersion)
                {
                    _logger.LogWarning("The search index in {Path} was written with analysis {Written}, not {Current}; it will be rebuilt",
                        Path, WrittenWithAnalysis ?? "(unversioned)", NewsAnalyzers.AnalysisVersion);
                    _needsRebuild = true;
                }
            }
            catch (Exception exception) when (exception is not LockObtainFailedException)
            {
                _logger.LogWarning(exception, "The search index in {Path} cannot be read; starting an empty one and rebuilding it", Path);
                DisposeWriter();
                DeleteFiles();
                OpenWriter(OpenMode.CREATE);
                Position = 0;
                WrittenWithAnalysis = null;
                _needsRebuild = true;
            }
            _searchers = new SearcherManager(_writer!, applyAllDeletes: true, searcherFactory: null);
        }
    }

    private void OpenWriter(OpenMode mode)
    {
        var config = new IndexWriterConfig(NewsAnalyzers.Version, NewsAnalyzers.ForIndex())
        {
            OpenMode = mode,
            RAMBufferSizeMB = 64,
        };
        _writer = new IndexWriter(_directory, config);
    }

    /// <summary>A searcher over the latest applied changes; release it with <see cref="Release"/>.</summary>
    public IndexSearcher Acquire() =>
        (_searchers ?? throw new InvalidOperationException("The search index is not open.")).Acquire();

    public void Release(IndexSearcher searcher) => _searchers?.Release(searcher);

    /// <summary>Adds or replaces the given articles and removes the others, then records the log position.</summary>
    public void Apply(IEnumerable<IndexableArticle> upserts, IEnumerable<int> removals, long position)
    {
        var writer = Writer;
        foreach (var article in upserts)
        {
            writer.UpdateDocument(IdTerm(article.Id), article.ToDocument());
        }
        foreach (var id in removals)
        {
            writer.DeleteDocuments(IdTerm(id));
        }
        Commit(position);
    }

    /// <summary>Adds articles without looking for earlier versions: only for filling an emptied index.</summary>
    public void AddFresh(IEnumerable<IndexableArticle> articles)
    {
        var writer = Writer;
        // The writer accepts documents from several threads, each into its own in-memory segment; analysis (stemming,
        // term vectors) is most of the cost, so a rebuild spreads it over the cores.
        Parallel.ForEach(articles, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, article => writer.AddDocument(article.ToDocument()));
    }

    public void BeginRebuild()
    {
        _rebuilding = true;
        Writer.DeleteAll();
        Refresh();
    }

    public void CompleteRebuild(long position)
    {
        Commit(position);
        _needsRebuild = false;
        _rebuilding = false;
    }

    /// <summary>Called when a read fails on damaged files: the index will be rebuilt by the indexer.</summary>
    public void MarkDamaged(Exception exception)
    {
        if (!_needsRebuild)
        {
            _logger.LogError(exception, "The search index failed a read; it will be rebuilt");
        }
        _needsRebuild = true;
    }

    /// <summary>Makes changes visible to new searchers (used mid-rebuild, so readers see progress).</summary>
    public void Refresh() => _searchers?.MaybeRefreshBlocking();

    private void Commit(long position)
    {
        var writer = Writer;
        writer.SetCommitData(new Dictionary<string, string>
        {
            [PositionKey] = position.ToString(CultureInfo.InvariantCulture),
            [AnalysisKey] = NewsAnalyzers.AnalysisVersion,
        });
        writer.Commit();
        Position = position;
        WrittenWithAnalysis = NewsAnalyzers.AnalysisVersion;
        Refresh();
    }

    /// <summary>Throws away the damaged index files and starts over empty, ready for a rebuild.</summary>
    internal void Reset()
    {
        lock (_gate)
        {
            DisposeWriter();
            DeleteFiles();
            _directory?.Dispose();
            _directory = null;
        }
        Open();
        _needsRebuild = true;
    }

    /// <summary>Removes every file of a damaged index (a writer would otherwise try to read its old commit).</summary>
    private void DeleteFiles()
    {
        _directory?.Dispose();
        if (System.IO.Directory.Exists(Path))
        {
            System.IO.Directory.Delete(Path, recursive: true);
        }
        System.IO.Directory.CreateDirectory(Path);
        _directory = FSDirectory.Open(Path);
    }

    private IndexWriter Writer => _writer ?? throw new InvalidOperationException("The search index is not open.");

    public static Term IdTerm(int id) => new(SearchFields.Id, id.ToString(CultureInfo.InvariantCulture));

    private void DisposeWriter()
    {
        _searchers?.Dispose();
        _searchers = null;
        _writer?.Dispose();
        _writer = null;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            DisposeWriter();
            _directory?.Dispose();
            _directory = null;
        }
    }
}
