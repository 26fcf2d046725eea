using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Data.SqlClient;
using Npgsql;
using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Infrastructure.Persistence.Postgres;
using VrijwilligersPortal.Infrastructure.Persistence.Sqlite;
using VrijwilligersPortal.Infrastructure.Seeding;

namespace VrijwilligersPortal.Web.Tests.Support;

/// <summary>
/// The real portal (pipeline, Identity, EF Core, migrations) on its own fresh database, with its
/// own mail pickup folder and a clock the tests control. One per test class.
/// The database is an SQLite file, or — with <c>PORTAL_TEST_PROVIDER=Postgres</c> and
/// <c>PORTAL_TEST_POSTGRES=&lt;connection string without database&gt;</c> (scripts/test-postgres.sh
/// sets both) — a uniquely named PostgreSQL database that is dropped when the factory is disposed;
/// likewise a SQL Server database with <c>PORTAL_TEST_PROVIDER=SqlServer</c> and <c>PORTAL_TEST_SQLSERVER</c>.
/// Hosts made with <c>WithWebHostBuilder</c> share the database, like instances behind a proxy.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The configured public address; links in mail must start with it whatever Host a request named.</summary>
    public const string PublicBaseUrl = "https://vrijwilligers.example.nl";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "vrijwilligersportal-tests", Guid.NewGuid().ToString("N"));

    private readonly string _connectionString;

    private bool _cleanedUp;

    public PortalFactory()
    {
        _connectionString = Provider switch
        {
            DatabaseProviders.Postgres => new NpgsqlConnectionStringBuilder(PostgresServer) { Database = "vp_test_" + Guid.NewGuid().ToString("N") }.ConnectionString,
            DatabaseProviders.SqlServer => new SqlConnectionStringBuilder(SqlServerInstance) { InitialCatalog = "vp_test_" + Guid.NewGuid().ToString("N") }.ConnectionString,
            _ => $"Data Source={Path.Combine(_folder, "portal.db")}",
        };
    }

    /// <summary>The database provider the tests run on, from <c>PORTAL_TEST_PROVIDER</c> (default SQLite).</summary>
    public static string Provider { get; } =
        Environment.GetEnvironmentVariable("PORTAL_TEST_PROVIDER") is { Length: > 0 } provider
            ? provider.Equals(DatabaseProviders.Postgres, StringComparison.OrdinalIgnoreCase) ? DatabaseProviders.Postgres
                : provider.Equals(DatabaseProviders.Sqlite, StringComparison.OrdinalIgnoreCase) ? DatabaseProviders.Sqlite
                : provider.Equals(DatabaseProviders.SqlServer, StringComparison.OrdinalIgnoreCase) ? DatabaseProviders.SqlServer
                : throw new InvalidOperationException($"PORTAL_TEST_PROVIDER '{provider}': use Sqlite, Postgres or SqlServer.")
            : DatabaseProviders.Sqlite;

    private static string PostgresServer =>
        Environment.GetEnvironmentVariable("PORTAL_TEST_POSTGRES") is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException(
                "PORTAL_TEST_PROVIDER=Postgres needs PORTAL_TEST_POSTGRES, e.g. 'Host=127.0.0.1;Port=5433;Username=postgres' (see scripts/test-postgres.sh).");

    /// <summary>
    /// <c>PORTAL_TEST_SQLSERVER</c>: a SQL Server connection string without a database, e.g.
    /// <c>Server=127.0.0.1,1433;User Id=sa;Password=…;TrustServerCertificate=true</c> (scripts/test-sqlserver.sh).
    /// </summary>
    public static string? SqlServerConfigured => Environment.GetEnvironmentVariable("PORTAL_TEST_SQLSERVER") is { Length: > 0 } server ? server : null;

    private static string SqlServerInstance =>
        SqlServerConfigured ?? throw new InvalidOperationException(
            "PORTAL_TEST_PROVIDER=SqlServer needs PORTAL_TEST_SQLSERVER, e.g. 'Server=127.0.0.1,1433;User Id=sa;Password=…;TrustServerCertificate=true' (see scripts/test-sqlserver.sh).");

    /// <summary>This factory's database, for tests that work on it without the portal (e.g. migrating it themselves).</summary>
    public string ConnectionString => _connectionString;

    public ManualClock Clock { get; } = new(Start);

    public string MailFolder => Path.Combine(_folder, "mail");

    /// <summary>The pickup folder, read after sending what the outbox holds (the background sender is off in tests).</summary>
    public Mailbox Mail => new(MailFolder, () => Services.GetRequiredService<OutboxSender>().SendDueAsync().GetAwaiter().GetResult());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Testing");

        // Tests that switch to Production check other start-up rules; the key certificate rule
        // has its own test (DataProtectionKeyTests), which switches this off again.
        builder.UseSetting("DataProtection:AllowUnprotectedKeys", "true");
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("ConnectionStrings:Portal", _connectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Email:PickupDirectory", MailFolder);
        builder.UseSetting("Portal:PublicBaseUrl", PublicBaseUrl);

        // Tests deliver the outbox themselves (Mail), so what they read never races a background send.
        builder.UseSetting("Jobs:Outbox", "false");

        // The change-log cleanup would run whenever a test moves the clock by hours; its tests run it themselves.
        builder.UseSetting("Jobs:ChangeLogCleanup", "false");

        // The exchange job fetches other centres' feeds; its tests run it themselves.
        builder.UseSetting("Exchange:FetchEvery", "00:00:00");
        builder.UseSetting("RateLimits:AccountPostsPerMinute", "10000");
        builder.UseSetting("OpenData:RequestsPerMinute", "10000");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);

            // docs/operations.md lists the log lines normal use gives; these query warnings are not
            // among them, so a test whose request causes one fails (fix the query, do not silence it).
            // (The query-splitting warning cannot occur: the default is configured, docs/adr/0078.)
            services.ConfigureDbContext<SqlitePortalDbContext>(StrictQueries);
            services.ConfigureDbContext<PostgresPortalDbContext>(StrictQueries);
        });
    }

    private static void StrictQueries(DbContextOptionsBuilder options) => options.ConfigureWarnings(warnings => warnings.Throw(
        CoreEventId.RowLimitingOperationWithoutOrderByWarning,
        CoreEventId.FirstWithoutOrderByAndFilterWarning,
        CoreEventId.DistinctAfterOrderByWithoutRowLimitingOperatorWarning));

    /// <summary>Postcodes come from the imported table; tests know the demo centre's postcodes (feature/search).</summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        using var scope = host.Services.CreateScope();
        DemoData.SeedPostcodesAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>()).GetAwaiter().GetResult();
        return host;
    }

    public PortalClient CreatePortalClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions
        {
            // The auth and antiforgery cookies are Secure (__Host-), so the client must speak https.
            BaseAddress = new Uri("https://localhost"),
            AllowAutoRedirect = false,
        }));

    public async Task<T> WithDbAsync<T>(Func<PortalDbContext, IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await work(db, scope.ServiceProvider);
    }

    public Task WithDbAsync(Func<PortalDbContext, IServiceProvider, Task> work) =>
        WithDbAsync<bool>(async (db, services) =>
        {
            await work(db, services);
            return true;
        });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing || _cleanedUp)
        {
            return;
        }

        _cleanedUp = true;
        if (Provider == DatabaseProviders.Postgres)
        {
            DropPostgresDatabase();
        }
        else if (Provider == DatabaseProviders.SqlServer)
        {
            DropSqlServerDatabase();
        }
        else
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a folder in /tmp behind.
        }
    }

    private void DropPostgresDatabase()
    {
        var database = new NpgsqlConnectionStringBuilder(_connectionString).Database!;
        using (var pooled = new NpgsqlConnection(_connectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_connectionString) { Database = "postgres" }.ConnectionString);
        connection.Open();
        using var drop = connection.CreateCommand();

        // FORCE ends connections a second host may still hold; the name is ours (a Guid), not input.
        drop.CommandText = $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)";
        drop.ExecuteNonQuery();
    }

    private void DropSqlServerDatabase()
    {
        var database = new SqlConnectionStringBuilder(_connectionString).InitialCatalog;
        SqlConnection.ClearAllPools();
        using var connection = new SqlConnection(new SqlConnectionStringBuilder(_connectionString) { InitialCatalog = "master" }.ConnectionString);
        connection.Open();
        using var drop = connection.CreateCommand();

        // The name is ours (a Guid), not input; SINGLE_USER ends connections a second host may hold.
        drop.CommandText = $"IF DB_ID(N'{database}') IS NOT NULL BEGIN ALTER DATABASE [{database}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{database}]; END";
        drop.ExecuteNonQuery();
    }
}
