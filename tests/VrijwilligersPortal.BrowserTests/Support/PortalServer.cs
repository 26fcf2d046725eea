using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace VrijwilligersPortal.BrowserTests.Support;

/// <summary>
/// The real portal on Kestrel at 127.0.0.1 on a port the operating system picks, in the
/// Development environment so it seeds the demo centre, on a fresh SQLite file and with a mail
/// pickup folder of its own, both in a temporary folder deleted afterwards.
/// </summary>
public sealed class PortalServer : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "vrijwilligersportal-browser", Guid.NewGuid().ToString("N"));

    private readonly string _country;

    /// <param name="country">The centre's country (<c>Centre:Country</c>): "BE" serves the Flemish demo centre in Gent.</param>
    public PortalServer(string country = "NL")
    {
        _country = country;

        // Port 0: several test runs (and other branches' apps) on one machine never collide.
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public string MailFolder => Path.Combine(_folder, "mail");

    /// <summary>Starts Kestrel and returns the address it listens on.</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.Single());
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Portal", $"Data Source={Path.Combine(_folder, "portal.db")}");
        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("Centre:Country", _country);
        builder.UseSetting("Email:PickupDirectory", MailFolder);
        builder.UseSetting("RateLimits:AccountPostsPerMinute", "10000");
    }

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
