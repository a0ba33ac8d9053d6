namespace Vestnik.Features.Articles.Model;

/// <summary>A foreign outlet whose stories the newsroom retells ("The New York Times").</summary>
public sealed class SourceOutlet
{
    public int Id { get; private set; }
    public required string Name { get; set; }
    public string? HomepageUrl { get; set; }

    /// <summary>ISO 639-1 code of the outlet's usual language.</summary>
    public string Language { get; set; } = "en";
}
