using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;

namespace Vestnik.Features.Articles;

public static class BuiltInLabels
{
    private static readonly Label[] All =
    [
        new() { Slug = Label.Exclusive, NameRu = "Эксклюзив", NameEn = "Exclusive", IsBuiltIn = true },
        new() { Slug = Label.Breaking, NameRu = "Срочно", NameEn = "Breaking", IsBuiltIn = true },
        new() { Slug = Label.Analysis, NameRu = "Аналитика", NameEn = "Analysis", IsBuiltIn = true },
        new() { Slug = Label.Opinion, NameRu = "Мнение", NameEn = "Opinion", IsBuiltIn = true },
    ];

    /// <summary>Every newsroom starts with the four standard labels; editors add their own later.</summary>
    public static async Task EnsureBuiltInLabelsAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<VestnikDbContext>();
        var existing = await db.Labels.Select(l => l.Slug).ToListAsync(cancellationToken);
        foreach (var label in All.Where(l => !existing.Contains(l.Slug)))
        {
            db.Labels.Add(new Label { Slug = label.Slug, NameRu = label.NameRu, NameEn = label.NameEn, IsBuiltIn = true });
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
