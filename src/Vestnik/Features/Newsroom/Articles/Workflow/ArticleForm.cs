using Vestnik.Features.Articles.Model;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Newsroom.Articles.Workflow;

/// <summary>What the editor posts. Kept as typed text so a refused save shows the user exactly what they wrote.</summary>
public sealed class ArticleForm
{
    public const int MaxBodyLength = 200_000;
    public const int MaxAuthors = 4;

    public int Version { get; set; }
    public string Title { get; set; } = "";
    public string Dek { get; set; } = "";
    public string Body { get; set; } = "";
    public string Slug { get; set; } = "";
    public ContentLanguage Language { get; set; }
    public int SectionId { get; set; }

    /// <summary>Comma-separated tag names; unknown ones are created on save.</summary>
    public string Tags { get; set; } = "";

    /// <summary>Bylined authors in order; empty slots are ignored.</summary>
    public List<int?> AuthorIds { get; set; } = [];
    public List<int> LabelIds { get; set; } = [];

    /// <summary>Slug of the same story in the other language.</summary>
    public string TranslationSlug { get; set; } = "";

    public int? OutletId { get; set; }
    public string NewOutletName { get; set; } = "";
    public string OriginalHeadline { get; set; } = "";
    public string OriginalUrl { get; set; } = "";
    public DateTime? OriginalPublishedAt { get; set; }
    public string OriginalLanguage { get; set; } = "en";

    /// <summary>The original's text pasted beside a retelling; compared with the body, never published.</summary>
    public string SourceText { get; set; } = "";

    /// <summary>The editor's answer to the warning about verbatim passages not marked as quotations.</summary>
    public bool PublishDespiteVerbatim { get; set; }

    public int? LeadMediaId { get; set; }
    public string LeadCaption { get; set; } = "";
    public string LeadCredit { get; set; } = "";
    public string LeadAlt { get; set; } = "";

    public string MetaTitle { get; set; } = "";
    public string MetaDescription { get; set; } = "";
    public string SocialImageUrl { get; set; } = "";
    public string EditorNotes { get; set; } = "";

    /// <summary>The site's wall-clock time of a schedule as typed, read by <see cref="ScheduleInput"/>.</summary>
    public string? ScheduleAt { get; set; }
    public string Correction { get; set; } = "";

    public static ArticleForm From(Article article) => new()
    {
        Version = article.Version,
        Title = article.Title,
        Dek = article.Dek,
        Body = article.BodyMarkdown,
        Slug = article.Slug,
        Language = article.Language,
        SectionId = article.SectionId,
        Tags = string.Join(", ", article.Tags.Select(t => t.Name)),
        AuthorIds = article.Authors.OrderBy(a => a.Position).Select(a => (int?)a.AuthorId).ToList(),
        LabelIds = article.Labels.Select(l => l.Id).ToList(),
        TranslationSlug = article.Translation?.Slug ?? "",
        OutletId = article.Source?.OutletId,
        OriginalHeadline = article.Source?.OriginalHeadline ?? "",
        OriginalUrl = article.Source?.OriginalUrl ?? "",
        OriginalPublishedAt = article.Source?.OriginalPublishedAt?.UtcDateTime,
        OriginalLanguage = article.Source?.OriginalLanguage ?? "en",
        SourceText = article.SourceText,
        LeadMediaId = article.LeadImage?.MediaAssetId,
        LeadCaption = article.LeadImage?.Caption ?? "",
        LeadCredit = article.LeadImage?.Credit ?? "",
        LeadAlt = article.LeadImage?.AltText ?? "",
        MetaTitle = article.MetaTitle ?? "",
        MetaDescription = article.MetaDescription ?? "",
        SocialImageUrl = article.SocialImageUrl ?? "",
        EditorNotes = article.EditorNotes,
    };

    /// <summary>Tag names as typed, trimmed, without duplicates.</summary>
    public IReadOnlyList<string> TagNames() => Tags
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .ToList();

    /// <summary>Checks the form; returns the first problem in the user's language, or null.</summary>
    public string? Validate(NewsroomText text)
    {
        Normalize();
        Title = Title.Trim();
        Dek = Dek.Trim();
        if (Title.Length == 0)
        {
            return text.TitleRequired;
        }
        if (Title.Length > Article.MaxTitleLength || Dek.Length > Article.MaxDekLength || Body.Length > MaxBodyLength
            || MetaTitle.Length > Article.MaxTitleLength || MetaDescription.Length > Article.MaxDekLength
            || EditorNotes.Length > 4000 || SourceText.Length > Article.MaxSourceTextLength || Tags.Length > 2000 || Correction.Length > 4000)
        {
            return text.TooLong;
        }
        if (!string.IsNullOrWhiteSpace(OriginalUrl) && !IsHttpUrl(OriginalUrl))
        {
            return text.BadUrl;
        }
        if (!string.IsNullOrWhiteSpace(SocialImageUrl) && !IsHttpUrl(SocialImageUrl) && !SocialImageUrl.StartsWith('/'))
        {
            return text.BadUrl;
        }
        var hasSource = OutletId is not null || !string.IsNullOrWhiteSpace(NewOutletName);
        if (hasSource && (string.IsNullOrWhiteSpace(OriginalHeadline) || string.IsNullOrWhiteSpace(OriginalUrl)))
        {
            return text.SourceIncomplete;
        }
        return null;
    }

    /// <summary>Model binding turns empty inputs into null; the form works with empty strings.</summary>
    private void Normalize()
    {
        Title ??= "";
        Dek ??= "";
        Body ??= "";
        Slug ??= "";
        Tags ??= "";
        TranslationSlug ??= "";
        NewOutletName ??= "";
        OriginalHeadline ??= "";
        OriginalUrl ??= "";
        OriginalLanguage ??= "en";
        LeadCaption ??= "";
        LeadCredit ??= "";
        LeadAlt ??= "";
        MetaTitle ??= "";
        MetaDescription ??= "";
        SocialImageUrl ??= "";
        EditorNotes ??= "";
        SourceText ??= "";
        Correction ??= "";
        AuthorIds ??= [];
        LabelIds ??= [];
    }

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
