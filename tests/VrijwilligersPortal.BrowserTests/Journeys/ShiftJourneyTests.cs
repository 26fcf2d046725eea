using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using VrijwilligersPortal.BrowserTests.Support;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.BrowserTests.Journeys;

/// <summary>
/// An activity with shifts (issue 17): the organisation adds a shift, a volunteer signs up with the
/// keyboard and gets the confirmation with the calendar file, the organisation marks attendance on
/// the roster, the volunteer makes a certificate and a school checks it on the public page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ShiftJourneyTests(BrowserPortal portal)
{
    private const string DemoPassword = "Demo-wachtwoord-2026";

    [BrowserFact]
    public async Task A_volunteer_signs_up_for_a_shift_is_marked_present_and_a_school_verifies_the_certificate()
    {
        var title = $"NLdoet moestuin {Guid.NewGuid().ToString("N")[..6]}";
        var (vacancyId, organisationName) = await PublishedVacancyAsync(title);
        var day = AmsterdamClock.Today(DateTimeOffset.UtcNow).AddDays(2);

        await using var organisation = await portal.StartJourneyAsync("Shift journey - organisation");
        var org = organisation.Page;
        await LogInAsync(org, "organisatie@demo.test");

        // The demo member works for several organisations: switch to the one with the activity.
        await org.GotoAsync("/organisatie");
        await org.GetByLabel("Andere organisatie").SelectOptionAsync(new SelectOptionValue { Label = organisationName });
        await org.GetByRole(AriaRole.Button, new() { Name = "Wissel" }).ClickAsync();
        await org.GotoAsync($"/organisatie/vacatures/{vacancyId}/diensten");
        await org.CheckAccessibleAsync("diensten");
        await org.GetByLabel("Datum", new() { Exact = true }).FillAsync(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await org.GetByLabel("Begintijd").FillAsync("09:00");
        await org.GetByLabel("Eindtijd").FillAsync("12:30");
        await org.GetByLabel("Aantal mensen nodig").FillAsync("4");
        await org.GetByRole(AriaRole.Button, new() { Name = "Dienst toevoegen" }).ClickAsync();
        await Assertions.Expect(org.Locator("#diensten tbody tr")).ToHaveCountAsync(1);
        await org.CheckAccessibleAsync("dienst-toegevoegd");

        await using var volunteerJourney = await portal.StartJourneyAsync("Shift journey - volunteer");
        var page = volunteerJourney.Page;
        await LogInAsync(page, "vrijwilliger@demo.test");
        await page.SetViewportSizeAsync(320, 800);
        await page.GotoAsync($"/vacatures/{vacancyId}");
        await page.CheckAccessibleAsync("vacature-met-diensten");
        var signUp = page.Locator("#diensten").GetByRole(AriaRole.Button, new() { Name = "Aanmelden" });
        await page.TabToAsync(signUp);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#diensten")).ToContainTextAsync("Je bent aangemeld.");
        var confirmation = portal.Mail.Newest("vrijwilliger@demo.test", containing: "Je bent aangemeld voor");
        Assert.Contains("text/calendar", confirmation.Body);
        Assert.Contains("uitnodiging.ics", confirmation.Body);

        // The day of the activity: the shift has just ended.
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var now = DateTimeOffset.UtcNow;
            var today = AmsterdamClock.Today(now);
            await db.Shifts.Where(s => s.VacancyId == vacancyId).ExecuteUpdateAsync(s => s
                .SetProperty(x => x.Date, today).SetProperty(x => x.StartsAt, now.AddHours(-4)).SetProperty(x => x.EndsAt, now.AddMinutes(-30)));
            day = today;
        }

        await org.GotoAsync($"/organisatie/vacatures/{vacancyId}/diensten/rooster?datum={day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        await org.CheckAccessibleAsync("rooster");
        await org.GetByRole(AriaRole.Button, new() { Name = "Aanwezig Sanne de Vries" }).ClickAsync();
        await Assertions.Expect(org.GetByRole(AriaRole.Main)).ToContainTextAsync("aanwezig");

        await page.GotoAsync("/mijn/uren");
        await page.CheckAccessibleAsync("mijn-uren");
        await page.GetByRole(AriaRole.Link, new() { Name = "Bewijs van inzet downloaden" }).ClickAsync();
        await page.GetByLabel("Van", new() { Exact = true }).FillAsync(day.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("Tot en met", new() { Exact = true }).FillAsync(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Bewijs maken" }).ClickAsync();
        await Assertions.Expect(page.Locator("article")).ToContainTextAsync(title);
        await page.CheckAccessibleAsync("bewijs");
        var hours = (await page.Locator("#totaal").TextContentAsync())!.Trim();
        var link = await page.Locator("#controle-link").GetAttributeAsync("href");

        await using var schoolJourney = await portal.StartJourneyAsync("Shift journey - school");
        var school = schoolJourney.Page;
        await school.GotoAsync(new Uri(portal.BaseAddress, new Uri(link!).PathAndQuery).ToString());
        await Assertions.Expect(school.Locator("#uitslag")).ToContainTextAsync("Dit bewijs is echt");
        await Assertions.Expect(school.Locator("#voorletters")).ToHaveTextAsync("S. de V.");
        await Assertions.Expect(school.Locator("#uren")).ToHaveTextAsync(hours);
        await school.CheckAccessibleAsync("bewijs-gecontroleerd");
    }

    /// <summary>A published vacancy of the demo organisation, remote so no postcode lookup is needed.</summary>
    private async Task<(int VacancyId, string Organisation)> PublishedVacancyAsync(string title)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var member = await db.Users.Where(u => u.Email == "organisatie@demo.test").Select(u => u.Id).SingleAsync();
        var organisation = await db.Organisations.Where(o => o.Members.Any(m => m.UserId == member) && o.Status == Domain.Organisations.OrganisationStatus.Approved).OrderBy(o => o.Id).Select(o => new { o.Id, o.Name }).FirstAsync();
        var category = await db.Categories.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var now = DateTimeOffset.UtcNow;
        var vacancy = Domain.Vacancies.Vacancy.CreateDraft(
            organisation.Id,
            new Domain.Vacancies.VacancyContent { Title = title, Description = "Een dag de moestuin klaarmaken voor de winter.", CategoryId = category, IsRemote = true, ContactName = "Demo", ContactEmail = "organisatie@demo.test" },
            [],
            [],
            member,
            now);
        vacancy.Submit(centreReviewsVacancies: false, member, now);
        db.Vacancies.Add(vacancy);
        await db.SaveChangesAsync();
        return (vacancy.Id, organisation.Name);
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
