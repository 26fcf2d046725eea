using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using VrijwilligersPortal.Infrastructure.Persistence.Sqlite;

namespace VrijwilligersPortal.DesignTime;

/// <summary>Lets <c>dotnet ef</c> build the SQLite context without starting the web host.</summary>
public sealed class SqliteContextFactory : IDesignTimeDbContextFactory<SqlitePortalDbContext>
{
    public SqlitePortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
