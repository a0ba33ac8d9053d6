namespace Vestnik.Features.Articles.Model;

/// <summary>A staff author as bylined: the name in its own script, a transliterated slug for the URL.</summary>
public sealed class Author
{
    public int Id { get; private set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public string Bio { get; set; } = "";
    public string? PhotoUrl { get; set; }
}
