using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace VrijwilligersPortal.BrowserTests.Support;

/// <summary>
/// One portal and one Chromium for all journeys in the collection (starting them is the slow
/// part); every journey gets its own browser context, so its own cookies.
/// </summary>
public class BrowserPortal : IAsyncLifetime
{
    private readonly string _country;
    /// <summary>Where the harness serves axe-core from: same origin, so the portal's CSP allows it.</summary>
    public const string AxeScriptPath = "/__browser-tests/axe.min.js";

    private PortalServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public BrowserPortal()
        : this("NL")
    {
    }

    /// <param name="country">The centre's country; see <see cref="FlemishBrowserPortal"/>.</param>
    protected BrowserPortal(string country) => _country = country;

    public Uri BaseAddress { get; private set; } = null!;

    public Mailbox Mail => new(Server.MailFolder, BaseAddress);

    public IServiceProvider Services => Server.Services;

    private PortalServer Server => _server ?? throw new InvalidOperationException(BrowserTooling.Missing ?? "The portal did not start.");

    public async Task InitializeAsync()
    {
        if (BrowserTooling.Missing is not null)
        {
            // The tests are skipped (or, with CI=true, fail with the same hint when they ask for a page).
            return;
        }

        _server = new PortalServer(_country);
        BaseAddress = _server.Start();
        _playwright = await Playwright.CreateAsync();
        Assertions.SetDefaultExpectTimeout(15_000);
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserTooling.ChromiumPath,
            Headless = true,
            Args = BrowserTooling.ChromiumArgs,
        });
    }

    /// <summary>
    /// A fresh browser context and page for one journey, named after the calling test (the folder
    /// for its failure reports). Dispose it at the end of the test.
    /// </summary>
    public async Task<Journey> StartJourneyAsync([CallerMemberName] string name = "")
    {
        var browser = _browser ?? throw new InvalidOperationException(BrowserTooling.Missing ?? "Chromium did not start.");
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = Journey.DesktopViewport,
            Locale = _country == "BE" ? "nl-BE" : "nl-NL",
            TimezoneId = _country == "BE" ? "Europe/Brussels" : "Europe/Amsterdam",
        });
        // Generous: the build machines have two cores shared by everything else running.
        context.SetDefaultTimeout(30_000);
        await context.RouteAsync(new Uri(BaseAddress, AxeScriptPath).ToString(), route => route.FulfillAsync(new RouteFulfillOptions
        {
            Body = BrowserTooling.AxeScript,
            ContentType = "text/javascript; charset=utf-8",
        }));
        return await Journey.StartAsync(name, context);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserPortal>
{
    public const string Name = "Browser journeys";
}

/// <summary>The portal of a Flemish centre (Centre:Country=BE) with its Gent demo, for the Flemish journeys.</summary>
public sealed class FlemishBrowserPortal() : BrowserPortal("BE");

[CollectionDefinition(Name)]
public sealed class FlemishBrowserCollection : ICollectionFixture<FlemishBrowserPortal>
{
    public const string Name = "Flemish browser journeys";
}
