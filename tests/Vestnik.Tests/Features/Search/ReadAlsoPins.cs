using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vestnik.Data;
using Vestnik.Features.Search.ReadAlso;
using Vestnik.Testing;

namespace Vestnik.Tests.Features.Search;

/// <summary>Puts an article into another's stored Read also list the way the newsroom does: by pinning it.</summary>
public static class ReadAlsoPins
{
    /// <summary>Pins once the search index knows the related article (a pin shows indexed articles only).</summary>
    public static async Task PinAsync(VestnikApp app, int articleId, int relatedId)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var curation = scope.ServiceProvider.GetRequiredService<ReadAlsoCurationService>();
            Assert.Equal(CurationResult.Done, await curation.PinAsync(articleId, relatedId, CancellationToken.None));
            var db = scope.ServiceProvider.GetRequiredService<VestnikDbContext>();
            if (await db.Set<ReadAlsoEntry>().AnyAsync(e => e.ArticleId == articleId && e.RelatedArticleId == relatedId))
            {
                return;
            }
            Assert.True(DateTime.UtcNow < deadline, $"the search index did not take article {relatedId} in");
            await Task.Delay(200);
        }
    }
}
