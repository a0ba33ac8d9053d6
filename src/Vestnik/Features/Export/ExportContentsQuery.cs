using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Comments.Model;
using Vestnik.Infrastructure;

namespace Vestnik.Features.Export;

public sealed record ExportContents(int Articles, int Comments, int Accounts, int MediaFiles);

/// <summary>How much an export of the site would hold now, shown before the download.</summary>
public sealed class ExportContentsQuery(VestnikDbContext db, DataFolders folders)
{
    public async Task<ExportContents> GetAsync(CancellationToken cancellationToken) => new(
        await db.Articles.CountAsync(cancellationToken),
        await db.Set<Comment>().CountAsync(cancellationToken),
        await db.Users.CountAsync(cancellationToken),
        new MediaFiles(folders.Media).Count());
}
