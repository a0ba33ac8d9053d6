using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Vestnik.Infrastructure.Operations.Storage;

namespace Vestnik.UnitTests.Operations;

public sealed class StorageFailureClassificationTests
{
    [Fact]
    public void SqliteFull_InsideAnEfException_ShouldBeDiskFull() =>
        Assert.Equal(StorageFailureKind.DiskFull,
            StorageFailure.Classify(new DbUpdateException("save failed", new SqliteException("database or disk is full", 13))));

    [Theory]
    [InlineData(8)]
    [InlineData(14)]
    [InlineData(8 | (1 << 8))]
    public void SqliteReadOnlyOrCannotOpen_ShouldBeReadOnly(int code) =>
        Assert.Equal(StorageFailureKind.ReadOnly, StorageFailure.Classify(new SqliteException("attempt to write a readonly database", code)));

    [Fact]
    public void NoSpaceLeftOnDevice_ShouldBeDiskFull() =>
        Assert.Equal(StorageFailureKind.DiskFull, StorageFailure.Classify(new IOException("No space left on device : '/data/media/x.jpg'", 28)));

    [Fact]
    public void PostgresAdminShutdown_ShouldBeDatabaseUnavailable() =>
        Assert.Equal(StorageFailureKind.DatabaseUnavailable,
            StorageFailure.Classify(new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01")));

    [Fact]
    public void ConnectionRefused_ShouldBeDatabaseUnavailable() =>
        Assert.Equal(StorageFailureKind.DatabaseUnavailable,
            StorageFailure.Classify(new NpgsqlException("Failed to connect", new System.Net.Sockets.SocketException(111))));

    [Fact]
    public void AnOrdinaryBug_ShouldNotBeMistakenForStorage()
    {
        Assert.Null(StorageFailure.Classify(new InvalidOperationException("Sequence contains no elements")));
        Assert.Null(StorageFailure.Classify(new SqliteException("UNIQUE constraint failed", 19)));
        Assert.Null(StorageFailure.Classify(new PostgresException("duplicate key", "ERROR", "ERROR", "23505")));
    }
}
