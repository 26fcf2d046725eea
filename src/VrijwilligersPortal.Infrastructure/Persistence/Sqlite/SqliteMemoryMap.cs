using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace VrijwilligersPortal.Infrastructure.Persistence.Sqlite;

/// <summary>
/// Lets every SQLite connection read the database file through a memory map (up to
/// <see cref="Bytes"/>) instead of copying each page through a read call into its small page
/// cache. A five-year report reads a few hundred thousand rows; without the map nearly half of
/// its time went to those calls (docs/performance.md, "Reports"). The setting lives per
/// connection, so it is set each time EF opens one (a pooled connection keeps it; setting it
/// again costs microseconds).
/// </summary>
public sealed class SqliteMemoryMap : DbConnectionInterceptor
{
    public const long Bytes = 256L * 1024 * 1024;

    private const string Pragma = "PRAGMA mmap_size=268435456;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
