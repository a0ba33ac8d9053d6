using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Vestnik.Data;

/// <summary>Whether a failed save broke a unique index, on either database: the sign that a racing writer took the
/// same name (a slug, a tag, a byline) a moment earlier, so the save may be tried again against what it wrote.</summary>
public static class UniqueViolation
{
    // SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY; PostgreSQL's unique_violation.
    private const int SqliteUnique = 2067;
    private const int SqlitePrimaryKey = 1555;
    private const string PostgresUnique = "23505";

    public static bool Is(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteUnique or SqlitePrimaryKey,
        PostgresException postgres => postgres.SqlState == PostgresUnique,
        _ => false,
    };
}
