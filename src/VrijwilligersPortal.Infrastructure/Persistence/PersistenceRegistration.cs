using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using VrijwilligersPortal.Infrastructure.Persistence.Postgres;
using VrijwilligersPortal.Infrastructure.Persistence.Sqlite;
using VrijwilligersPortal.Infrastructure.Persistence.SqlServer;
using VrijwilligersPortal.Infrastructure.Search;

namespace VrijwilligersPortal.Infrastructure.Persistence;

public static class PersistenceRegistration
{
    /// <summary>
    /// Registers <see cref="PortalDbContext"/> for the provider that <c>Database:Provider</c> names.
    /// Adding a provider means a derived context with its own migrations and one case here.
    /// </summary>
    public static IServiceCollection AddPortalPersistence(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        var connectionString = configuration.GetConnectionString("Portal");

        switch (options.Provider)
        {
            case var p when p.Equals(DatabaseProviders.Sqlite, StringComparison.OrdinalIgnoreCase):
                var sqlite = SqliteConnectionString(connectionString, options.SqlitePath, contentRoot);
                services.AddDbContext<PortalDbContext, SqlitePortalDbContext>(db => db.UseSqlite(sqlite));
                break;
            case var p when p.Equals(DatabaseProviders.Postgres, StringComparison.OrdinalIgnoreCase):
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException(
                        "Database:Provider 'Postgres' needs ConnectionStrings:Portal (environment variable ConnectionStrings__Portal).");
                }

                services.AddDbContext<PortalDbContext, PostgresPortalDbContext>(db => db.UseNpgsql(connectionString));
                break;
            case var p when p.Equals(DatabaseProviders.SqlServer, StringComparison.OrdinalIgnoreCase):
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException(
                        "Database:Provider 'SqlServer' needs ConnectionStrings:Portal (environment variable ConnectionStrings__Portal).");
                }

                services.AddDbContext<PortalDbContext, SqlServerPortalDbContext>(db => db.UseSqlServer(connectionString));
                break;
            default:
                throw new InvalidOperationException(
                    $"Database:Provider '{options.Provider}' is not supported. Use '{DatabaseProviders.Sqlite}', '{DatabaseProviders.Postgres}' or '{DatabaseProviders.SqlServer}'.");
        }

        // The search's in-memory candidates, per instance (docs/adr/0022).
        services.AddSingleton<SearchCandidateCache>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }

    private static string SqliteConnectionString(string? configured, string path, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(configured ?? string.Empty);
        if (string.IsNullOrEmpty(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, path));
        }

        if (builder.DataSource != ":memory:")
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        // Waits for a lock instead of failing at once when two requests write together.
        builder.DefaultTimeout = 30;
        return builder.ToString();
    }
}
