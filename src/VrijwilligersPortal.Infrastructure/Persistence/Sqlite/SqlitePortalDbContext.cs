using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace VrijwilligersPortal.Infrastructure.Persistence.Sqlite;

/// <summary>The SQLite flavour of the portal's context; its migrations live in <c>Sqlite/Migrations</c>.</summary>
public sealed class SqlitePortalDbContext(DbContextOptions<SqlitePortalDbContext> options) : PortalDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // SQLite has no date-time-with-offset type, and EF cannot sort or compare the text form in
        // SQL. All our timestamps are UTC, so storing them as a sortable 64-bit number loses nothing.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
