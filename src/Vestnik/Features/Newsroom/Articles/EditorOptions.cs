using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Newsroom.Media;
using Vestnik.Infrastructure.Localization;

namespace Vestnik.Features.Newsroom.Articles;

public sealed record Choice(int Id, string Name);

public sealed record MediaChoice(int Id, string Name, string ThumbnailUrl, string Caption, string Credit, string AltText);

/// <summary>The lists the editor's pickers offer: sections, authors, labels, outlets, recent images.</summary>
public sealed record EditorOptions(
    IReadOnlyList<Choice> Sections,
    IReadOnlyList<Choice> Authors,
    IReadOnlyList<Choice> Labels,
    IReadOnlyList<Choice> Outlets,
    IReadOnlyList<MediaChoice> Media);

public sealed class EditorOptionsQuery(VestnikDbContext db)
{
    public const int MediaChoices = 60;

    public async Task<EditorOptions> LoadAsync(ContentLanguage language, int? includeMediaId, CancellationToken cancellationToken = default)
    {
        var sections = await db.Sections.AsNoTracking().OrderBy(s => s.Position)
            .Select(s => new Choice(s.Id, language == ContentLanguage.En ? s.NameEn : s.NameRu)).ToListAsync(cancellationToken);
        var authors = await db.Authors.AsNoTracking().OrderBy(a => a.Name).Select(a => new Choice(a.Id, a.Name)).ToListAsync(cancellationToken);
        var labels = await db.Labels.AsNoTracking().OrderBy(l => l.Id)
            .Select(l => new Choice(l.Id, language == ContentLanguage.En ? l.NameEn : l.NameRu)).ToListAsync(cancellationToken);
        var outlets = await db.SourceOutlets.AsNoTracking().OrderBy(o => o.Name).Select(o => new Choice(o.Id, o.Name)).ToListAsync(cancellationToken);
        var media = await db.Set<MediaAsset>().AsNoTracking()
            .OrderByDescending(m => m.Id).Take(MediaChoices).ToListAsync(cancellationToken);
        if (includeMediaId is { } id && media.All(m => m.Id != id)
            && await db.Set<MediaAsset>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken) is { } picked)
        {
            media.Add(picked);
        }
        return new EditorOptions(sections, authors, labels, outlets,
            media.Select(m => new MediaChoice(m.Id, m.OriginalFileName, m.Url(m.WidthList[0], "jpg"), m.Caption, m.Credit, m.AltText)).ToList());
    }
}
