using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace VrijwilligersPortal.Web.Tests.Support;

/// <summary>Recognises a database error the same way on every provider the tests run on.</summary>
public static class DatabaseErrors
{
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;
    private const int SqlServerDuplicateKeyInUniqueIndex = 2601;
    private const int SqlServerUniqueConstraintViolation = 2627;

    /// <summary>The save broke a unique index or primary key: someone else stored the same thing first.</summary>
    public static bool IsUniqueViolation(this DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        SqlException sqlServer => sqlServer.Number is SqlServerDuplicateKeyInUniqueIndex or SqlServerUniqueConstraintViolation,
        _ => false,
    };
}
