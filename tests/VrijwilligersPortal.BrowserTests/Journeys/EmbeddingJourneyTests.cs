using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using VrijwilligersPortal.BrowserTests.Support;
using VrijwilligersPortal.Domain.Centre;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.BrowserTests.Journeys;

/// <summary>
/// A municipality's website (another origin: a second local port) shows the centre's vacancies in
/// a frame: the list renders, the frame takes the list's height, a vacancy opens in the whole
/// window, and a website the centre did not list gets no list at all (docs/embedding.md).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EmbeddingJourneyTests(BrowserPortal portal)
{
    private const int InitialHeight = 300;

    [BrowserFact]
    public async Task A_listed_website_shows_the_list_which_resizes_and_opens_a_vacancy_in_the_top_window_while_an_unlisted_one_is_refused()
    {
        await using var host = await HostSite.StartAsync(portal.BaseAddress);
        var restore = await ListOriginAsync(host.Listed);
        try
        {
            await using var journey = await portal.StartJourneyAsync();
            var page = journey.Page;

            // The list on its own first: its own page passes the checks every page passes.
            await page.GotoAsync("/inbedden/vacatures?gemeente=Utrecht");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Vrijwilligersvacatures");
            await page.CheckAccessibleAsync("inbedden");

            // Links of the list name the configured public address (Portal:PublicBaseUrl); the test portal listens elsewhere.
            var publicBase = portal.Services.GetRequiredService<PublicUrls>().BaseUrl;
            await journey.Page.Context.RouteAsync(publicBase + "/**", route => route.ContinueAsync(new() { Url = portal.BaseAddress + route.Request.Url[(publicBase.Length + 1)..] }));

            await page.GotoAsync(host.Listed + "/");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Vrijwilligerswerk in onze gemeente" })).ToBeVisibleAsync();
            var frame = page.FrameLocator("iframe");
            await Assertions.Expect(frame.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Vrijwilligersvacatures");
            await Assertions.Expect(frame.Locator("article").First).ToBeVisibleAsync();

            // The script in the frame tells the host page its height; the host script sizes the frame.
            var iframe = page.Locator("iframe");
            await Assertions.Expect(iframe).Not.ToHaveCSSAsync("height", $"{InitialHeight}px");
            var content = await page.Frames.Single(f => f.Url.Contains("/inbedden/vacatures", StringComparison.Ordinal)).EvaluateAsync<int>("() => document.documentElement.scrollHeight");
            var frameHeight = (await iframe.BoundingBoxAsync())!.Height;
            Assert.InRange(frameHeight, content - 2, content + 2);
            Assert.True(frameHeight > InitialHeight, $"The frame stayed {frameHeight}px high for {content}px of content.");

            var inFrame = page.Frames.Single(f => f.Url.Contains("/inbedden/vacatures", StringComparison.Ordinal));
            var violations = await AxeViolationsAsync(inFrame);
            Assert.True(violations.Count == 0, "axe inside the frame: " + string.Join("; ", violations));

            // A vacancy opens in the whole window, on the portal: never inside the other site's frame.
            var first = frame.Locator("article h2 a").First;
            var title = (await first.InnerTextAsync()).Trim();
            await first.ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Escape(publicBase) + "/vacatures/\\d+/"));
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
            Assert.Single(page.Frames);

            // The same page on a website the centre did not list: the browser refuses the frame.
            await page.GotoAsync(host.Unlisted + "/");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Vrijwilligerswerk in onze gemeente" })).ToBeVisibleAsync();
            await page.WaitForTimeoutAsync(1_000);
            Assert.Equal(0, await page.FrameLocator("iframe").Locator("article").CountAsync());
            Assert.Equal($"{InitialHeight}px", await iframe.EvaluateAsync<string>("e => e.style.height"));
            Assert.Contains(journey.TakeConsoleErrors(), e => e.Text.Contains("frame-ancestors", StringComparison.Ordinal));
        }
        finally
        {
            await restore();
        }
    }

    [BrowserFact]
    public async Task A_member_makes_the_code_for_the_own_organisations_list_with_a_preview_and_copies_it()
    {
        await using var journey = await portal.StartJourneyAsync();
        var page = journey.Page;
        await page.GotoAsync("/account/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync("organisatie@demo.test");
        await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync("Demo-wachtwoord-2026");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await SecondStep.CompleteIfAskedAsync(page);

        await page.GotoAsync("/organisatie");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Organisatiemenu" }).GetByRole(AriaRole.Link, new() { Name = "Op je website" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Vacatures op je eigen website");
        await page.GetByLabel("Zoekwoorden (niet verplicht)").FillAsync("vrijwilliger");
        await page.GetByRole(AriaRole.Button, new() { Name = "Voorbeeld en code bijwerken" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("q=vrijwilliger"));

        var preview = page.FrameLocator("iframe.embed-preview");
        await Assertions.Expect(preview.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Vrijwilligersvacatures");
        var code = page.GetByLabel("Code om op je website te plakken");
        await Assertions.Expect(code).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("<iframe src=\"[^\"]+/inbedden/vacatures\\?organisatie=\\d+&amp;q=vrijwilliger\""));
        await page.CheckAccessibleAsync("inbedden-organisatie");

        await page.GetByRole(AriaRole.Button, new() { Name = "Kopieer de code" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Gekopieerd" })).ToBeVisibleAsync();
    }

    /// <summary>Lists the host site's origin as an administrator would (the settings row), and returns how to put the old list back.</summary>
    private async Task<Func<Task>> ListOriginAsync(string origin)
    {
        async Task SetAsync(string? origins)
        {
            await using var scope = portal.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var effective = scope.ServiceProvider.GetRequiredService<IOptionsSnapshot<CentreOptions>>().Value;
            var values = new CentreSettingValues
            {
                Name = effective.Name,
                Tagline = effective.Tagline,
                LogoPath = effective.LogoPath,
                PrimaryColor = effective.PrimaryColor,
                AccentColor = effective.AccentColor,
                ContactEmail = effective.ContactEmail,
                ContactPhone = effective.ContactPhone,
                Address = effective.Address,
                ReviewVacancies = effective.ReviewVacancies,
                ShowImpactOnHome = effective.ShowImpactOnHome,
                UnansweredAfterDays = effective.UnansweredAfterDays,
                FollowUpAfterWeeks = effective.FollowUpAfterWeeks,
                InactiveAfterMonths = effective.InactiveAfterMonths,
                EraseAfterWarningDays = effective.EraseAfterWarningDays,
                EmbedOrigins = origins,
            };
            var stored = await db.CentreSettings.SingleOrDefaultAsync();
            if (stored is null)
            {
                db.CentreSettings.Add(CentreSettings.Create(values, Guid.NewGuid(), DateTimeOffset.UtcNow));
            }
            else
            {
                stored.Change(values, stored.UpdatedBy, DateTimeOffset.UtcNow);
            }

            await db.SaveChangesAsync();
            portal.Services.GetRequiredService<CentreSettingsCache>().Invalidate();
        }

        var before = await WithDbAsync(db => db.CentreSettings.AsNoTracking().Select(s => s.EmbedOrigins).SingleOrDefaultAsync());
        await SetAsync(origin);
        return () => SetAsync(before);
    }

    private async Task<T> WithDbAsync<T>(Func<PortalDbContext, Task<T>> read)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    private static async Task<List<string>> AxeViolationsAsync(IFrame frame)
    {
        if (!await frame.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await frame.AddScriptTagAsync(new FrameAddScriptTagOptions { Url = BrowserPortal.AxeScriptPath });
        }

        var result = await frame.EvaluateAsync<JsonElement>(
            "async () => await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] })");
        return [.. result.GetProperty("violations").EnumerateArray().Select(v => $"{v.GetProperty("id")}: {v.GetProperty("help")}")];
    }

    /// <summary>
    /// The other website: one small page with the snippet, served on two local ports, so two
    /// origins; <see cref="Listed"/> is the one the centre allows.
    /// </summary>
    private sealed class HostSite(WebApplication app, string listed, string unlisted) : IAsyncDisposable
    {
        public string Listed { get; } = listed;

        public string Unlisted { get; } = unlisted;

        public static async Task<HostSite> StartAsync(Uri portal)
        {
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = Path.GetTempPath() });
            builder.Logging.ClearProviders();
            builder.WebHost.UseKestrel(options =>
            {
                options.Listen(IPAddress.Loopback, 0);
                options.Listen(IPAddress.Loopback, 0);
            });
            var app = builder.Build();
            var origin = portal.GetLeftPart(UriPartial.Authority);
            var html = $"""
                <!DOCTYPE html>
                <html lang="nl">
                <head><meta charset="utf-8"><title>Gemeente Voorbeeld</title></head>
                <body>
                <h1>Vrijwilligerswerk in onze gemeente</h1>
                <iframe src="{origin}/inbedden/vacatures?gemeente=Utrecht" title="Vrijwilligersvacatures" style="width:100%;min-width:280px;height:{InitialHeight}px;border:0"></iframe>
                <script src="{origin}/js/inbedden-host.js" async></script>
                </body>
                </html>
                """;
            app.MapGet("/", () => Results.Content(html, "text/html; charset=utf-8"));
            await app.StartAsync();
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Select(a => a.TrimEnd('/')).ToList();
            return new HostSite(app, addresses[0], addresses[1]);
        }

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
