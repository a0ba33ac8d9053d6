using Microsoft.EntityFrameworkCore;
using Vestnik.Data;
using Vestnik.Features.Articles.Model;
using Vestnik.Features.Comments.Model;
using Vestnik.Features.Newsroom.Media;

namespace Vestnik.Features.Import.Restore;

/// <summary>
/// After rows were inserted with the ids they had, new rows must not reuse them. SQLite already gives a new row one
/// more than the highest id; PostgreSQL's identity sequences do not look at the rows, so each is moved past them.
/// </summary>
internal static class IdSequences
{
    private static readonly Type[] Restored =
        [typeof(Section), typeof(Tag), typeof(Label), typeof(SourceOutlet), typeof(Author), typeof(Article), typeof(Correction),
         typeof(Comment), typeof(MediaAsset), typeof(OldAddress)];

    public static async Task MovePastRestoredIdsAsync(VestnikDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return;
        }
        foreach (var type in Restored)
        {
            var table = db.Model.FindEntityType(type)!.GetTableName()!;
            // The table name comes from the model, never from the file; setval with is_called false when the table is empty.
#pragma warning disable EF1002
            await db.Database.ExecuteSqlRawAsync(
                $"""SELECT setval(pg_get_serial_sequence('"{table}"', 'Id'), COALESCE(MAX("Id"), 0) + 1, false) FROM "{table}" """, cancellationToken);
#pragma warning restore EF1002
        }
    }
}
