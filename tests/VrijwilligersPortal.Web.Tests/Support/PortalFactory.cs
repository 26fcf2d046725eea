using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Web.Tests.Support;

/// <summary>
/// The real portal (pipeline, Identity, EF Core, migrations) on its own fresh SQLite file, with its
/// own mail pickup folder and a clock the tests control. One per test class.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "vrijwilligersportal-tests", Guid.NewGuid().ToString("N"));

    public ManualClock Clock { get; } = new(Start);

    public Mailbox Mail => new(Path.Combine(_folder, "mail"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Portal", $"Data Source={Path.Combine(_folder, "portal.db")}");
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Email:PickupDirectory", Path.Combine(_folder, "mail"));
        builder.UseSetting("RateLimits:AccountPostsPerMinute", "10000");
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
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
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open only leaves a folder in /tmp behind.
            }
        }
    }
}
