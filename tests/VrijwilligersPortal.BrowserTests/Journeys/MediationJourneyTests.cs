using Microsoft.Playwright;
using VrijwilligersPortal.BrowserTests.Support;

namespace VrijwilligersPortal.BrowserTests.Journeys;

/// <summary>
/// Journey 4: a volunteer asks for personal help, and staff run the mediation — intake, proposal,
/// acceptance, placement, follow-up — to a closed case, checking every page on the way.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MediationJourneyTests(BrowserPortal portal)
{
    private const string DemoPassword = "Demo-wachtwoord-2026";

    [BrowserFact]
    public async Task Staff_run_a_mediation_from_help_request_to_follow_up()
    {
        await using var journey = await portal.StartJourneyAsync();
        var page = journey.Page;

        // The demo volunteer asks for help on their profile, then signs out.
        await LogInAsync(page, "vrijwilliger@demo.test");
        await page.GotoAsync("/mijn/profiel");
        await page.GetByLabel("Ik wil graag persoonlijke hulp van de centrale").CheckAsync();
        await page.GetByLabel("Waar kunnen we je mee helpen? (niet verplicht)").FillAsync("Ik zoek iets met koken of in de natuur.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Profiel opslaan" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "hulpvraag ontvangen" })).ToBeVisibleAsync();
        await Menu(page).GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();

        // Staff find the new request.
        await LogInAsync(page, "medewerker@demo.test");
        await page.GotoAsync("/beheer/bemiddelingen");
        await ExpectHeadingAsync(page, "Bemiddelingen");
        await page.CheckAccessibleAsync("bemiddelingen");
        await page.GetByLabel("Status").SelectOptionAsync(new SelectOptionValue { Label = "aangevraagd" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Toon" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Sanne de Vries" }).ClickAsync();
        await ExpectHeadingAsync(page, "Bemiddeling: Sanne de Vries");
        await page.CheckAccessibleAsync("bemiddeling-aangevraagd");

        // Intake.
        await page.GetByRole(AriaRole.Link, new() { Name = "Intake vastleggen" }).ClickAsync();
        await ExpectHeadingAsync(page, "Intake: Sanne de Vries");
        await page.CheckAccessibleAsync("intake");
        await page.GetByLabel("Hoe komt de persoon bij ons?").SelectOptionAsync(new SelectOptionValue { Label = "zelf" });
        await page.GetByLabel("Wat zou de persoon graag doen?").FillAsync("Koken of buiten werken");
        await page.GetByLabel("Welke ondersteuning is nodig? (niet verplicht, vertrouwelijk)").FillAsync("Een vast aanspreekpunt bij de organisatie");
        await page.GetByRole(AriaRole.Button, new() { Name = "Intake opslaan" }).ClickAsync();
        await Assertions.Expect(page.Locator("#case-status")).ToHaveTextAsync("intakegesprek gehad");
        await page.CheckAccessibleAsync("bemiddeling-na-intake");

        // A note, then propose the best-ranked vacancy.
        await page.GetByLabel("Nieuwe notitie").FillAsync("Belt liever dan mailen.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Notitie opslaan" }).ClickAsync();
        await Assertions.Expect(page.Locator(".case-notes")).ToContainTextAsync("Belt liever dan mailen.");
        var best = page.Locator("ol.suggestions > li").First;
        var title = await best.Locator("h3 a").InnerTextAsync();
        await best.GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(page.Locator("#case-status")).ToHaveTextAsync("op zoek naar een plek");
        await Assertions.Expect(page.Locator(".proposal").First).ToContainTextAsync(title);
        await page.CheckAccessibleAsync("bemiddeling-voorstel");

        // Both sides agree, the volunteer starts.
        await page.GetByRole(AriaRole.Button, new() { Name = "Beide kanten willen verder (accepteren)" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "De vrijwilliger is begonnen (plaatsen)" }).ClickAsync();
        await Assertions.Expect(page.Locator("#case-status")).ToHaveTextAsync("geplaatst");
        await page.CheckAccessibleAsync("bemiddeling-geplaatst");

        // Follow-up, closing the case.
        await page.GetByRole(AriaRole.Link, new() { Name = "Nazorg vastleggen" }).ClickAsync();
        await ExpectHeadingAsync(page, "Nazorg: Sanne de Vries");
        await page.CheckAccessibleAsync("nazorg");
        await page.GetByLabel("4", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Kort verhaal (niet verplicht)").FillAsync("Ze kookt elke week voor de buurt en vindt het heerlijk.");
        await page.GetByLabel("De vrijwilliger vindt het goed dat de centrale dit verhaal gebruikt in rapportages").CheckAsync();
        await page.GetByLabel("De bemiddeling afsluiten").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Nazorg opslaan" }).ClickAsync();
        await Assertions.Expect(page.Locator("#case-status")).ToHaveTextAsync("afgesloten");
        await Assertions.Expect(page.Locator(".case-history li")).ToHaveCountAsync(5);
        await page.CheckAccessibleAsync("bemiddeling-afgesloten");
    }

    [BrowserFact]
    public async Task Staff_record_a_walk_in_and_erase_the_record_when_the_person_asks()
    {
        await using var journey = await portal.StartJourneyAsync();
        var page = journey.Page;
        await LogInAsync(page, "medewerker@demo.test");

        await page.GotoAsync("/beheer/bemiddelingen/nieuw");
        await page.GetByLabel("Naam").FillAsync("Kees Bakker");
        await page.GetByLabel("Telefoonnummer (niet verplicht)").FillAsync("06 12345678");
        await page.GetByLabel("De persoon geeft toestemming dat de centrale deze gegevens bewaart om te bemiddelen").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Bemiddeling openen" }).ClickAsync();
        await ExpectHeadingAsync(page, "Bemiddeling: Kees Bakker");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Alle gegevens downloaden (om te geven aan de persoon)" })).ToBeVisibleAsync();

        // Without ticking that the person asked: a message next to the box, nothing erased.
        await page.GetByRole(AriaRole.Button, new() { Name = "Gegevens verwijderen" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-valmsg-for='PersonAsked']")).ToContainTextAsync("Vink aan dat de persoon zelf om verwijdering heeft gevraagd.");
        await ExpectHeadingAsync(page, "Bemiddeling: Kees Bakker");
        await page.CheckAccessibleAsync("gegevens-verwijderen-niet-bevestigd");

        await page.GetByLabel("De persoon heeft zelf gevraagd om de gegevens te verwijderen").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Gegevens verwijderen" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "De gegevens van de persoon zijn verwijderd" })).ToBeVisibleAsync();
        await ExpectHeadingAsync(page, "Bemiddeling: verwijderde vrijwilliger");
        await Assertions.Expect(page.Locator("#case-status")).ToHaveTextAsync("afgesloten");
        await Assertions.Expect(page.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("06 12345678");
        await page.CheckAccessibleAsync("gegevens-verwijderd");
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
