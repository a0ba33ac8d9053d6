namespace Vestnik.Features.Articles.Model;

/// <summary>A rubric of the site, named in both interface languages and shared by their articles.</summary>
public sealed class Section
{
    public int Id { get; private set; }
    public required string Slug { get; set; }
    public required string NameRu { get; set; }
    public required string NameEn { get; set; }

    /// <summary>Order in the site navigation.</summary>
    public int Position { get; set; }

    public string Name(Infrastructure.Localization.ContentLanguage language) =>
        language == Infrastructure.Localization.ContentLanguage.En ? NameEn : NameRu;
}
