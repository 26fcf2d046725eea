using Microsoft.Playwright;
using VrijwilligersPortal.BrowserTests.Support;

namespace VrijwilligersPortal.BrowserTests.Journeys;

/// <summary>
/// Journey 3: an organisation registers, staff approve it, it posts a vacancy that staff publish
/// and that then appears in /vacatures, a volunteer responds, and the organisation marks the
/// volunteer placed. Three people, each in their own browser context.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class OrganisationJourneyTests(BrowserPortal portal)
{
    private const string Password = "samen het groen onderhouden";
    private const string DemoPassword = "Demo-wachtwoord-2026";

    [BrowserFact]
    public async Task Organisation_registers_is_approved_posts_a_vacancy_and_places_a_volunteer()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var organisationName = $"Stichting Groen Oost {suffix}";
        var title = $"Snoeien in het park {suffix}";
        var email = $"groen-{suffix}@example.nl";

        // 1. The organisation registers with a new account and confirms its address.
        await using var organisation = await portal.StartJourneyAsync("Organisation journey - organisation");
        var org = organisation.Page;
        await org.GotoAsync("/organisatie/aanmelden");
        await org.CheckAccessibleAsync("aanmelden");
        await org.GetByLabel("Je naam").FillAsync("Ingrid Jansen");
        await org.GetByLabel("Je e-mailadres").FillAsync(email);
        await org.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(Password);
        await org.GetByLabel("Naam van de organisatie").FillAsync(organisationName);
        await org.GetByLabel("Soort organisatie").SelectOptionAsync("Foundation");
        await org.GetByLabel("Postcode").FillAsync("3584 AB");
        await org.GetByLabel("Plaats").FillAsync("Utrecht");
        await org.GetByLabel("Korte beschrijving").FillAsync("Buurtbewoners die samen het groen in Oost onderhouden.");
        await org.GetByLabel("Naam contactpersoon").FillAsync("Ingrid Jansen");
        await org.GetByLabel("E-mailadres contactpersoon").FillAsync(email);
        await org.GetByRole(AriaRole.Button, new() { Name = "Organisatie aanmelden" }).ClickAsync();
        await org.GotoAsync(portal.Mail.Newest(email).LinkTo("/account/bevestigen"));
        await LogInAsync(org, email, Password);
        await org.GotoAsync("/organisatie");
        await Assertions.Expect(org.GetByRole(AriaRole.Main)).ToContainTextAsync("wacht op goedkeuring");

        // 2. Staff find it on the dashboard and approve it.
        await using var staffJourney = await portal.StartJourneyAsync("Organisation journey - staff");
        var staff = staffJourney.Page;
        await LogInAsync(staff, "medewerker@demo.test", DemoPassword);
        await staff.GotoAsync("/beheer");
        await ExpectHeadingAsync(staff, "Beheer");
        await staff.CheckAccessibleAsync("dashboard");
        await staff.GetByRole(AriaRole.Link, new() { Name = organisationName }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(organisationName);
        await staff.CheckAccessibleAsync("organisatie-beoordelen");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Goedkeuren" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync("goedgekeurd");

        // 3. The organisation posts a vacancy and offers it to the centre.
        await org.GotoAsync("/organisatie/vacatures/nieuw");
        await org.GetByLabel("Titel", new() { Exact = true }).FillAsync(title);
        await org.GetByLabel("Wat gaat de vrijwilliger doen?").FillAsync("Op zaterdagochtend snoeien we samen de struiken in het park.");
        await org.GetByLabel("Soort werk").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await org.GetByLabel("Postcode van de plek van het werk").FillAsync("3584 AB");
        await org.GetByLabel("Plaats", new() { Exact = true }).FillAsync("Utrecht");
        await org.GetByLabel("Naam contactpersoon").FillAsync("Ingrid Jansen");
        await org.GetByLabel("E-mailadres contactpersoon").FillAsync(email);
        await org.GetByRole(AriaRole.Button, new() { Name = "Bewaren en indienen bij de centrale" }).ClickAsync();
        await Assertions.Expect(org.GetByRole(AriaRole.Main)).ToContainTextAsync(title);

        // 4. Staff review and publish it.
        await staff.GotoAsync("/beheer/vacatures");
        await staff.CheckAccessibleAsync("vacatures-beoordelen");
        await staff.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await ExpectHeadingAsync(staff, title);
        await staff.CheckAccessibleAsync("vacature-beoordelen");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Publiceren" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync("gepubliceerd");

        // 5. A volunteer finds it in /vacatures and responds.
        await using var volunteerJourney = await portal.StartJourneyAsync("Organisation journey - volunteer");
        var volunteer = volunteerJourney.Page;
        await LogInAsync(volunteer, "vrijwilliger@demo.test", DemoPassword);
        await volunteer.GotoAsync($"/vacatures?q={Uri.EscapeDataString(suffix)}");
        await volunteer.GetByRole(AriaRole.Link, new() { Name = title }).First.ClickAsync();
        await ExpectHeadingAsync(volunteer, title);
        await volunteer.GetByRole(AriaRole.Link, new() { Name = $"Reageer op {title}" }).ClickAsync();
        await volunteer.GetByLabel("Je bericht aan de organisatie").FillAsync("Ik snoei graag en heb op zaterdagochtend tijd.");
        await volunteer.GetByRole(AriaRole.Button, new() { Name = "Reactie versturen" }).ClickAsync();
        await Assertions.Expect(volunteer.GetByRole(AriaRole.Main)).ToContainTextAsync(title);

        // 6. The organisation reads the response and marks the volunteer placed.
        await org.GotoAsync("/organisatie/vacatures");
        await org.GetByRole(AriaRole.Link, new() { Name = "1 reactie" }).ClickAsync();
        await org.CheckAccessibleAsync("reacties");
        await org.Locator("input[name=Selected]").First.CheckAsync();
        await org.GetByLabel("Wat wil je doen?").SelectOptionAsync("Placed");
        await org.GetByRole(AriaRole.Button, new() { Name = "Bijwerken en vrijwilligers mailen" }).ClickAsync();
        await Assertions.Expect(org.Locator(".application-status").First).ToHaveTextAsync("geplaatst", new() { IgnoreCase = true });

        // The volunteer sees it too.
        await volunteer.GotoAsync("/mijn/reacties");
        await Assertions.Expect(volunteer.GetByRole(AriaRole.Main)).ToContainTextAsync("eplaatst");
    }

    [BrowserFact]
    public async Task Back_office_pages_for_an_administrator_pass_the_checks()
    {
        await using var journey = await portal.StartJourneyAsync("Back office pages");
        var page = journey.Page;
        await LogInAsync(page, "beheerder@demo.test", DemoPassword);

        foreach (var (url, heading) in new[]
        {
            ("/beheer/organisaties", "Organisaties"),
            ("/beheer/vrijwilligers", "Vrijwilligers"),
            ("/beheer/instellingen", "Instellingen"),
            ("/beheer/instellingen/lijsten/categorieen", "Categorieën"),
            ("/beheer/medewerkers", "Medewerkers"),
            ("/beheer/auditlog", "Auditlog"),
            ("/beheer/e-mails", "E-mails die niet aankwamen"),
            ("/beheer/inbedden?gemeente=Utrecht", "Vacatures inbedden"),
        })
        {
            await page.GotoAsync(url);
            await ExpectHeadingAsync(page, heading);
            await page.CheckAccessibleAsync(url.Replace('/', '-').Trim('-'));
        }

        // A bad colour: the summary takes the focus and leads to the field.
        await page.GotoAsync("/beheer/instellingen");
        await page.GetByLabel("Hoofdkleur").FillAsync("rood");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToBeFocusedAsync();
        await page.CheckAccessibleAsync("instellingen-met-fouten");
    }

    private static async Task LogInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/account/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await SecondStep.CompleteIfAskedAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Button, new() { Name = "Uitloggen" })).ToBeVisibleAsync();
    }

    private static Task ExpectHeadingAsync(IPage page, string text) =>
        Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(text);
}
