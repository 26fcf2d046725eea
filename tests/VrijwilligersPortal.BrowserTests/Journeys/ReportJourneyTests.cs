using Microsoft.Playwright;
using VrijwilligersPortal.BrowserTests.Support;

namespace VrijwilligersPortal.BrowserTests.Journeys;

/// <summary>
/// Journey: staff open the reports, change the period and the municipality with the keyboard,
/// download a table's CSV and the workbook and open the annual report; the municipality's account
/// reads the reports and is refused on the mediations. Every page is checked with axe and at 320 px.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportJourneyTests(BrowserPortal portal)
{
    private const string DemoPassword = "Demo-wachtwoord-2026";

    [BrowserFact]
    public async Task Staff_produce_a_municipality_report_and_the_municipality_reads_it()
    {
        await using var journey = await portal.StartJourneyAsync();
        var page = journey.Page;

        await LogInAsync(page, "medewerker@demo.test");
        await page.GotoAsync("/beheer/rapportages");
        await ExpectHeadingAsync(page, "Rapportages");
        await page.CheckAccessibleAsync("rapportages");

        // Keyboard only: choose a quarter of last year and one municipality, then show it.
        var kind = page.GetByLabel("Soort periode");
        await page.TabToAsync(kind);
        await kind.SelectOptionAsync("kwartaal");
        var year = page.GetByLabel("Jaar", new() { Exact = true });
        await page.TabToAsync(year);
        await year.FillAsync((DateTime.Today.Year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.TabToAsync(page.GetByLabel("Kwartaal", new() { Exact = true }));
        await page.GetByLabel("Kwartaal", new() { Exact = true }).SelectOptionAsync("4");
        await page.TabToAsync(page.GetByLabel("Gemeente", new() { Exact = true }));
        await page.GetByLabel("Gemeente", new() { Exact = true }).SelectOptionAsync("Utrecht");
        await page.TabToAsync(page.GetByRole(AriaRole.Button, new() { Name = "Toon rapportage" }));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".lead")).ToHaveTextAsync($"Q4 {DateTime.Today.Year - 1}, Gemeente Utrecht");
        await page.CheckAccessibleAsync("rapportage-utrecht");

        // The downloads, fetched with the browser's own session (cookies) from the links on the page.
        var csvLink = page.Locator("a[href*='/beheer/rapportages/csv/reacties']");
        await Assertions.Expect(csvLink).ToHaveAccessibleNameAsync("Download als CSV (Reacties)");
        var csv = await page.Context.APIRequest.GetAsync((await csvLink.GetAttributeAsync("href"))!);
        Assert.Equal(200, csv.Status);
        Assert.StartsWith("attachment", csv.Headers["content-disposition"], StringComparison.Ordinal);
        Assert.StartsWith($"Cijfer;Q4 {DateTime.Today.Year - 1};", (await csv.TextAsync()).TrimStart('\uFEFF'), StringComparison.Ordinal);

        var workbookLink = page.Locator("a[href*='/beheer/rapportages/excel']");
        var workbook = await page.Context.APIRequest.GetAsync((await workbookLink.GetAttributeAsync("href"))!);
        Assert.Equal(200, workbook.Status);
        Assert.Contains(".xlsx", workbook.Headers["content-disposition"], StringComparison.Ordinal);
        Assert.Equal("PK"u8.ToArray(), (await workbook.BodyAsync())[..2]);

        await page.GetByRole(AriaRole.Link, new() { Name = "Jaarverslag om te printen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Jaarverslag");
        await page.CheckAccessibleAsync("jaarverslag");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" })).ToBeHiddenAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await Menu(page).GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();

        // The municipality: reports yes, the mediations no.
        await LogInAsync(page, "gemeente@demo.test");
        await Menu(page).GetByRole(AriaRole.Link, new() { Name = "Rapportages" }).ClickAsync();
        await ExpectHeadingAsync(page, "Rapportages");
        await page.CheckAccessibleAsync("rapportages-gemeente");
        var refused = await page.GotoAsync("/beheer/bemiddelingen");
        Assert.Equal(403, refused!.Status);
        await page.CheckAccessibleAsync("bemiddelingen-geweigerd");
    }

    private static async Task LogInAsync(IPage page, string email)
    {
        await page.GotoAsync("/account/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(DemoPassword);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await SecondStep.CompleteIfAskedAsync(page);
        await Assertions.Expect(Menu(page).GetByRole(AriaRole.Button, new() { Name = "Uitloggen" })).ToBeVisibleAsync();
    }

    private static ILocator Menu(IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" });

    private static Task ExpectHeadingAsync(IPage page, string text) =>
        Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(text);
}
