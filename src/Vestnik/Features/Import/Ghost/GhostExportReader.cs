using System.Text.Json;

namespace Vestnik.Features.Import.Ghost;

/// <summary>One row of a table of a Ghost export (<c>posts</c>, <c>tags</c>…), or its <c>meta</c> object.</summary>
public sealed record GhostRow(string Table, JsonElement Value);

/// <summary>
/// Reads a Ghost JSON export (<c>{"db":[{"meta":{…},"data":{"posts":[…],…}}]}</c>, or the same without the
/// <c>db</c> wrapper) as a stream of rows: the file goes through a window of bytes that holds one row at a time, so
/// a large export is read in the memory of its largest row. Ghost writes its tables in an order we do not control;
/// a caller that needs one table before another reads the file twice, each time asking only for the tables it wants.
/// </summary>
public sealed class GhostExportReader
{
    public const string Meta = "meta";

    /// <summary>A row larger than this is not a post but a broken or hostile file.</summary>
    public const int MaxRowBytes = 64 * 1024 * 1024;

    private readonly Func<string, bool> wanted;
    private readonly List<Frame> path = [];
    private JsonReaderState state = new(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 256 });
    private string? property;
    private bool sawRoot;

    private GhostExportReader(Func<string, bool> wanted) => this.wanted = wanted;

    /// <summary>An open container on the way to the current token, and the property that holds it.</summary>
    private readonly record struct Frame(string? Name, bool IsArray);

    /// <summary>The rows of the tables <paramref name="wanted"/> names (and <see cref="Meta"/> when it names that), in file order.</summary>
    /// <exception cref="JsonException">The file is not JSON, or ends before its last row.</exception>
    public static IEnumerable<GhostRow> Read(Stream stream, Func<string, bool> wanted) => new GhostExportReader(wanted).Rows(stream);

    private IEnumerable<GhostRow> Rows(Stream stream)
    {
        var buffer = new byte[64 * 1024];
        var length = 0;
        var final = false;
        var rows = new List<GhostRow>();
        while (true)
        {
            if (!final)
            {
                var read = stream.Read(buffer, length, buffer.Length - length);
                final = read == 0;
                length += read;
            }
            var consumed = Scan(buffer.AsSpan(0, length), final, rows);
            foreach (var row in rows)
            {
                yield return row;
            }
            rows.Clear();
            Buffer.BlockCopy(buffer, consumed, buffer, 0, length - consumed);
            length -= consumed;
            if (final)
            {
                if (path.Count > 0 || !sawRoot || buffer.AsSpan(0, length).IndexOfAnyExcept(" \t\r\n"u8) >= 0)
                {
                    throw new JsonException("The file ends in the middle of its data.");
                }
                yield break;
            }
            if (length == buffer.Length)
            {
                // One row is larger than the window: widen it, up to a limit.
                if (buffer.Length >= MaxRowBytes)
                {
                    throw new JsonException($"A row is larger than {MaxRowBytes / (1024 * 1024)} MB.");
                }
                Array.Resize(ref buffer, buffer.Length * 2);
            }
        }
    }

    /// <summary>Reads the complete tokens and rows in the window; returns how many bytes are done with.</summary>
    private int Scan(ReadOnlySpan<byte> window, bool final, List<GhostRow> rows)
    {
        var reader = new Utf8JsonReader(window, final, state);
        var done = 0;
        while (true)
        {
            var before = reader.CurrentState;
            var position = (int)reader.BytesConsumed;
            if (!reader.Read())
            {
                break;
            }
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    property = reader.GetString();
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray when RowOf(reader.TokenType) is { } table:
                    var start = (int)reader.TokenStartIndex;
                    if (!reader.TrySkip())
                    {
                        // The row is not all in the window yet: read it again from its start with more bytes.
                        state = before;
                        return position;
                    }
                    if (wanted(table))
                    {
                        using var document = JsonDocument.Parse(window[start..(int)reader.BytesConsumed].ToArray());
                        rows.Add(new GhostRow(table, document.RootElement.Clone()));
                    }
                    property = null;
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    sawRoot = true;
                    path.Add(new Frame(property, reader.TokenType == JsonTokenType.StartArray));
                    property = null;
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    path.RemoveAt(path.Count - 1);
                    break;
                default:
                    property = null;
                    break;
            }
            done = (int)reader.BytesConsumed;
            state = reader.CurrentState;
        }
        return done;
    }

    /// <summary>
    /// The table a container about to open is a row of: an object in an array under <c>data</c>, or the
    /// <c>meta</c> object beside <c>data</c>; null for any other container.
    /// </summary>
    private string? RowOf(JsonTokenType token)
    {
        if (token != JsonTokenType.StartObject || path.Count == 0)
        {
            return null;
        }
        var parent = path[^1];
        if (!parent.IsArray && property == Meta && InExportObject(path.Count - 1))
        {
            return Meta;
        }
        return parent is { IsArray: true, Name: { } table } && path.Count >= 3 && path[^2] is { IsArray: false, Name: "data" } && InExportObject(path.Count - 3)
            ? table
            : null;
    }

    /// <summary>Whether the object at this depth is the export itself: the root, or an element of the root's <c>db</c> array.</summary>
    private bool InExportObject(int depth) =>
        depth == 0 ? !path[0].IsArray : depth == 2 && path[0] is { IsArray: false } && path[1] is { IsArray: true, Name: "db" } && !path[2].IsArray;
}
