using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Infrastructure.Persistence.Sqlite;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Persistence;

/// <summary>The portal's SQLite connections read the file through a memory map (SqliteMemoryMap).</summary>
public class SqliteMemoryMapTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [SqliteFact]
    public async Task Every_connection_the_portal_opens_maps_the_database_file()
    {
        var sizes = await factory.WithDbAsync(async (db, _) =>
        {
            await db.Database.OpenConnectionAsync();
            try
            {
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = "PRAGMA mmap_size;";
                return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        });

        Assert.Equal(SqliteMemoryMap.Bytes, sizes);
    }
}

/// <summary>A test of an SQLite-only setting: skipped, saying so, when the suite runs on another provider.</summary>
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute()
    {
        if (PortalFactory.Provider != DatabaseProviders.Sqlite)
        {
            Skip = "Checks an SQLite-only connection setting; this run uses " + PortalFactory.Provider + ".";
        }
    }
}
