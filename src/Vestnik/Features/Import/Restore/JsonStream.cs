using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;

namespace Vestnik.Features.Import.Restore;

/// <summary>
/// Reads a large JSON document token by token from a stream, handing out one array element at a time as its own
/// small <see cref="JsonDocument"/>: only the element being read is ever in memory, whatever the size of the file.
/// Also hashes the bytes it reads, so a whole pass over the file says which file it was.
/// </summary>
internal sealed class JsonStream : IDisposable
{
    private const int InitialBuffer = 64 * 1024;

    private readonly Stream _stream;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(InitialBuffer);
    private int _start;
    private int _end;
    private bool _final;
    private JsonReaderState _state = new(new JsonReaderOptions { MaxDepth = 64 });

    public JsonStream(Stream stream)
    {
        _stream = stream;
    }

    /// <summary>The last token read by <see cref="Read"/>; a property's name when it is one.</summary>
    public JsonTokenType Token { get; private set; }

    public string? PropertyName { get; private set; }

    /// <summary>Moves to the next token; at the end of the input, the document was cut short.</summary>
    public JsonTokenType Read()
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
            if (reader.Read())
            {
                Token = reader.TokenType;
                PropertyName = Token == JsonTokenType.PropertyName ? reader.GetString() : null;
                Advance(ref reader);
                return Token;
            }
            Refill();
        }
    }

    /// <summary>The next whole value (an array's element, a property's value); null at the end of the enclosing array.</summary>
    public JsonDocument? ReadValue()
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
            if (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    Token = JsonTokenType.EndArray;
                    Advance(ref reader);
                    return null;
                }
                // Parsed from its first token once the buffer is known to hold all of it.
                var value = reader;
                if (reader.TrySkip())
                {
                    var document = JsonDocument.ParseValue(ref value);
                    Token = value.TokenType;
                    Advance(ref value);
                    return document;
                }
            }
            Refill();
        }
    }

    /// <summary>Passes over the next value token by token, so a skipped array of any size costs no memory.</summary>
    public void SkipValue()
    {
        var depth = 0;
        do
        {
            switch (Read())
            {
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    depth++;
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    depth--;
                    break;
            }
        }
        while (depth > 0);
    }

    /// <summary>Reads the token expected next, or says what the file has instead.</summary>
    public void Expect(JsonTokenType expected, string where)
    {
        if (Read() != expected)
        {
            throw new ExportFileException($"{where}: expected {expected}, found {Token}.");
        }
    }

    /// <summary>The SHA-256 of everything read so far, lowercase hex (the whole file's once a pass reached its end).</summary>
    public string Hash() => Convert.ToHexStringLower(_hash.GetCurrentHash());

    /// <summary>Reads what is left after the document, so the hash covers the whole file and trailing junk is refused.</summary>
    public void ReadToEnd()
    {
        while (true)
        {
            // After the document's last token a reader accepts only whitespace; anything else throws.
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
            reader.Read();
            if (_final)
            {
                return;
            }
            _start = _end;
            Refill();
        }
    }

    private void Advance(ref Utf8JsonReader reader)
    {
        _start += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
    }

    private void Refill()
    {
        if (_final)
        {
            throw new ExportFileException("The file ends in the middle of the export's JSON document: it was cut short.");
        }
        var pending = _end - _start;
        if (_start == 0 && pending == _buffer.Length)
        {
            // One value is larger than the buffer (a long article body): the buffer grows to hold it.
            var larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(0, pending).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
        else
        {
            _buffer.AsSpan(_start, pending).CopyTo(_buffer);
        }
        _start = 0;
        _end = pending;
        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        _hash.AppendData(_buffer, _end, read);
        _end += read;
        _final = read == 0;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _hash.Dispose();
    }
}

/// <summary>The export cannot be read back (cut short, not an export, an unknown version, a missing file); the message says why.</summary>
public sealed class ExportFileException(string message) : Exception(message);
