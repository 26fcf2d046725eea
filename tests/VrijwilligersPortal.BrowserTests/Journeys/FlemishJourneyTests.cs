using Microsoft.Playwright;
using VrijwilligersPortal.BrowserTests.Support;

namespace VrijwilligersPortal.BrowserTests.Journeys;

/// <summary>
/// The Flemish demo centre (Centre:Country=BE, issue 19): a visitor in Gent searches with a
/// Belgian postcode and reads a vacancy in Flemish words, every page in nl-BE and accessible.
/// </summary>
[Collection(FlemishBrowserCollection.Name)]
public sealed class FlemishJourneyTests(FlemishBrowserPortal portal)
{
    [BrowserFact]
    public async Task Visitor_in_Gent_searches_by_Belgian_postcode_and_reads_about_the_strafregister()
    {
        await using var journey = await portal.StartJourneyAsync();
        var page = journey.Page;

        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "nl-BE");
        await page.CheckAccessibleAsync("home-gent");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Vacatures" }).ClickAsync();
        await page.GetByLabel("Postcode of plaats").FillAsync("9000");
        await page.GetByLabel("Afstand", new() { Exact = true }).SelectOptionAsync("10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filters toepassen" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"postcode=9000.*afstand=10"));
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("binnen 10 km van 9000 Gent");
        await Assertions.Expect(page.Locator("main article").Filter(new() { HasText = "Taalmaatje voor een nieuwkomer" })).ToHaveCountAsync(1);
        await page.CheckAccessibleAsync("zoeken-postcode-gent");

        await page.Locator("main article").Filter(new() { HasText = "Gids voor natuurwandelingen met scholen" }).GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Gids voor natuurwandelingen met scholen");
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync("uittreksel uit het strafregister");
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("VOG");
        await page.CheckAccessibleAsync("vacature-gent");
    }
}
