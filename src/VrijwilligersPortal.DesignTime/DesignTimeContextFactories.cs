using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using VrijwilligersPortal.Infrastructure.Persistence.Postgres;
using VrijwilligersPortal.Infrastructure.Persistence.Sqlite;
using VrijwilligersPortal.Infrastructure.Persistence.SqlServer;

namespace VrijwilligersPortal.DesignTime;

/// <summary>Lets <c>dotnet ef</c> build the SQLite context without starting the web host.</summary>
public sealed class SqliteContextFactory : IDesignTimeDbContextFactory<SqlitePortalDbContext>
{
    public SqlitePortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>
/// Lets <c>dotnet ef</c> build the PostgreSQL context. Adding a migration and checking for pending
/// model changes never connect, so the connection string only has to be well-formed.
/// </summary>
public sealed class PostgresContextFactory : IDesignTimeDbContextFactory<PostgresPortalDbContext>
{
    public PostgresPortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresPortalDbContext>().UseNpgsql("Host=localhost;Database=vrijwilligersportal_design").Options);
}

/// <summary>
/// Lets <c>dotnet ef</c> build the SQL Server context. Adding a migration, checking for pending
/// model changes and writing the idempotent script never connect.
/// </summary>
public sealed class SqlServerContextFactory : IDesignTimeDbContextFactory<SqlServerPortalDbContext>
{
    public SqlServerPortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerPortalDbContext>().UseSqlServer("Server=localhost;Database=vrijwilligersportal_design;Integrated Security=true;TrustServerCertificate=true").Options);
}
