using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Volunteers;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.BrowserTests.Support;

namespace VrijwilligersPortal.BrowserTests.Journeys;

/// <summary>
/// The matching pages with the demo data: a volunteer's suggestions, switching on the e-mail alert,
/// "why it fits" on a vacancy, and staff's candidate list.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ForYouJourneyTests(BrowserPortal portal)
{
    private const string DemoPassword = "Demo-wachtwoord-2026";

    [BrowserFact]
    public async Task Volunteer_sees_suggestions_switches_on_the_alert_and_reads_why_a_vacancy_fits()
    {
        await using var journey = await portal.StartJourneyAsync();
        var page = journey.Page;
        await LogInAsync(page, "vrijwilliger@demo.test");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Voor jou" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Voor jou");
        await page.CheckAccessibleAsync("voor-jou");

        await page.GetByLabel("Elke week (alleen als er iets nieuws is)").CheckAsync();
        await page.GetByLabel("Wat goed past").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "elke week" })).ToBeVisibleAsync();
        await page.CheckAccessibleAsync("melding-aan");

        await page.Locator(".match-item h3 a").First.ClickAsync();
        await Assertions.Expect(page.Locator(".why-fits h2")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Waarom dit (niet )?bij je past$"));
        await page.CheckAccessibleAsync("vacature-waarom");
    }

    [BrowserFact]
    public async Task Staff_open_the_candidates_of_a_vacancy()
    {
        await using var journey = await portal.StartJourneyAsync();
        var page = journey.Page;
        int id;
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            // A demo vacancy, and a person of our own who fits it and agrees to be proposed: the
            // demo volunteer is used by other journeys (journey 4 places them), which would make
            // this list depend on the order the journeys run in.
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var vacancy = await db.Vacancies.Include(v => v.Category).SingleAsync(v => v.Title == "Knotploeg: wilgen knotten langs de Kromme Rijn");
            id = vacancy.Id;
            var now = DateTimeOffset.UtcNow;
            var candidate = Volunteer.WithoutAccount("Kandidaat Knotploeg", null, null, consentGiven: true, Guid.Empty, now);
            candidate.SetLocation(vacancy.Postcode, new GeoPoint(vacancy.Latitude!.Value, vacancy.Longitude!.Value), 10);
            candidate.SetInterests([vacancy.Category!], []);
            candidate.SetConsentToBeProposed(true, now);
            db.Volunteers.Add(candidate);
            await db.SaveChangesAsync();
        }

        await LogInAsync(page, "medewerker@demo.test");

        await page.GotoAsync($"/beheer/vacatures/{id}/kandidaten");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Kandidaten voor");
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Kandidaat Knotploeg" })).ToBeVisibleAsync();
        await page.CheckAccessibleAsync("kandidaten");
    }

    private static async Task LogInAsync(IPage page, string email)
    {
        await page.GotoAsync("/account/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(DemoPassword);
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await SecondStep.CompleteIfAskedAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Button, new() { Name = "Uitloggen" })).ToBeVisibleAsync();
    }
}
