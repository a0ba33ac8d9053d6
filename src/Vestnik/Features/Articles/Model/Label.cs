using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Articles.Model;

/// <summary>An editorial badge in the byline: Exclusive, Breaking, Analysis, Opinion, or one editors define.</summary>
public sealed class Label
{
    public const string Exclusive = "exclusive";
    public const string Breaking = "breaking";
    public const string Analysis = "analysis";
    public const string Opinion = "opinion";

    public int Id { get; private set; }
    public required string Slug { get; set; }
    public required string NameRu { get; set; }
    public required string NameEn { get; set; }

    /// <summary>The four labels every newsroom has; editors cannot delete them.</summary>
    public bool IsBuiltIn { get; set; }

    public string Name(ContentLanguage language) => language == ContentLanguage.En ? NameEn : NameRu;
}
