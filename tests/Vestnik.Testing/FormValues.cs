using System.Collections;

namespace Vestnik.Testing;

/// <summary>
/// Field values a test types into a form. Setting a name by index replaces what the form had under it; a name may
/// also carry several values (<c>[new("roles", a), new("roles", b)]</c>), and files go with multipart forms.
/// </summary>
public sealed class FormValues : IEnumerable<KeyValuePair<string, string>>
{
    private readonly List<KeyValuePair<string, string>> _fields = [];

    public List<FormFile> Files { get; } = [];

    public string this[string name]
    {
        set
        {
            _fields.RemoveAll(f => f.Key == name);
            _fields.Add(new(name, value));
        }
    }

    public void Add(KeyValuePair<string, string> field) => _fields.Add(field);

    public void Add(string name, string value) => _fields.Add(new(name, value));

    public FormValues WithFile(string name, string fileName, byte[] content, string contentType = "application/octet-stream")
    {
        Files.Add(new FormFile(name, fileName, content, contentType));
        return this;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _fields.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public static implicit operator FormValues(Dictionary<string, string> values)
    {
        var form = new FormValues();
        form._fields.AddRange(values);
        return form;
    }

    public static implicit operator FormValues(List<KeyValuePair<string, string>> values)
    {
        var form = new FormValues();
        form._fields.AddRange(values);
        return form;
    }
}

public sealed record FormFile(string Name, string FileName, byte[] Content, string ContentType);
