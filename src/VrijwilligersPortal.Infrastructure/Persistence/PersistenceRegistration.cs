using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using VrijwilligersPortal.Infrastructure.Persistence.Postgres;
using VrijwilligersPortal.Infrastructure.Persistence.Sqlite;
using VrijwilligersPortal.Infrastructure.Persistence.SqlServer;
using VrijwilligersPortal.Infrastructure.Search;

namespace VrijwilligersPortal.Infrastructure.Persistence;

public static partial class PersistenceRegistration
{
    /// <summary>
    /// One SQL statement per query unless the query says <c>AsSplitQuery()</c>: the owned
    /// collections (members, invitations, case notes, proposals) are a handful of rows, and the
    /// queries that load several large collections already split (docs/adr/0078).
    /// </summary>
    public const QuerySplittingBehavior DefaultSplitting = QuerySplittingBehavior.SingleQuery;

    public const int ConnectTimeoutSeconds = 5;

    /// <summary>How many statements Npgsql keeps prepared per connection when the connection string does not say.</summary>
    public const int AutoPreparedStatements = 64;

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
                services.AddDbContext<PortalDbContext, SqlitePortalDbContext>((provider, db) => db.UseSqlite(sqlite, o => o.UseQuerySplittingBehavior(DefaultSplitting)).AddInterceptors(provider.GetRequiredService<PublicVacancyChangeInterceptor>(), new SqliteMemoryMap()));
                break;
            case var p when p.Equals(DatabaseProviders.Postgres, StringComparison.OrdinalIgnoreCase):
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException(
                        "Database:Provider 'Postgres' needs ConnectionStrings:Portal (environment variable ConnectionStrings__Portal).");
                }

                var postgres = PostgresConnectionString(connectionString);
                services.AddDbContext<PortalDbContext, PostgresPortalDbContext>((provider, db) => db.UseNpgsql(postgres, o => o.UseQuerySplittingBehavior(DefaultSplitting)).AddInterceptors(provider.GetRequiredService<PublicVacancyChangeInterceptor>()));
                break;
            case var p when p.Equals(DatabaseProviders.SqlServer, StringComparison.OrdinalIgnoreCase):
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException(
                        "Database:Provider 'SqlServer' needs ConnectionStrings:Portal (environment variable ConnectionStrings__Portal).");
                }

                services.AddDbContext<PortalDbContext, SqlServerPortalDbContext>((provider, db) => db.UseSqlServer(connectionString).AddInterceptors(provider.GetRequiredService<PublicVacancyChangeInterceptor>()));
                break;
            default:
                throw new InvalidOperationException(
                    $"Database:Provider '{options.Provider}' is not supported. Use '{DatabaseProviders.Sqlite}', '{DatabaseProviders.Postgres}' or '{DatabaseProviders.SqlServer}'.");
        }

        // The public vacancies in memory, per instance, kept up to date through the change log (docs/adr/0100).
        services.Configure<PublicVacancyIndexOptions>(configuration.GetSection(PublicVacancyIndexOptions.Section));
        services.AddSingleton<PublicVacancyIndex>();
        services.AddLogging();
        services.AddSingleton<PublicVacancyChangeInterceptor>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>
    /// A connect timeout of a few seconds unless the connection string sets one: when the database
    /// server is unreachable, a page answers "not available" quickly instead of after Npgsql's 15 s.
    /// And statements prepared automatically unless it says otherwise (<c>Max Auto Prepare=0</c>
    /// behind a pooler in transaction mode): planning each of the small queries afresh cost the
    /// search after a saved change 5–7 ms per query at a million vacancies (docs/performance.md).
    /// </summary>
    public static string PostgresConnectionString(string configured)
    {
        var builder = new NpgsqlConnectionStringBuilder(configured);
        if (!ConnectTimeoutGiven().IsMatch(configured))
        {
            builder.Timeout = ConnectTimeoutSeconds;
        }

        if (!AutoPrepareGiven().IsMatch(configured))
        {
            builder.MaxAutoPrepare = AutoPreparedStatements;
        }

        return builder.ConnectionString;
    }

    [GeneratedRegex(@"(^|;)\s*max\s*auto\s*prepare\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex AutoPrepareGiven();

    [GeneratedRegex(@"(^|;)\s*(timeout|connect\s*timeout|connection\s*timeout)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex ConnectTimeoutGiven();

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
