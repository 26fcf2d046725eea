using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using VrijwilligersPortal.BrowserTests.Support;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.BrowserTests.Journeys;

/// <summary>
/// An activity with shifts (issue 17): the organisation adds two shifts, the first with one place;
/// a volunteer takes it with the keyboard and gets the confirmation with the calendar file; a
/// second volunteer, also by keyboard, lands on its waiting list; the first cancels under /mijn and
/// the second moves up (mail and /mijn); the organisation marks the second present on the roster,
/// who makes a certificate that a school checks on the public page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ShiftJourneyTests(BrowserPortal portal)
{
    private const string DemoPassword = "Demo-wachtwoord-2026";

    [BrowserFact]
    public async Task A_second_volunteer_moves_up_from_the_waiting_list_is_marked_present_and_a_school_verifies_the_certificate()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var title = $"NLdoet moestuin {suffix}";
        var (vacancyId, organisationName) = await PublishedVacancyAsync(title);
        var secondEmail = await VolunteerAccountAsync($"tim-{suffix}@example.nl", "Tim de Boer");
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
        await AddShiftAsync(org, day, "09:00", "12:30", places: 1);
        await Assertions.Expect(org.Locator("#diensten tbody tr")).ToHaveCountAsync(1);
        await AddShiftAsync(org, day, "13:00", "16:30", places: 4);
        await Assertions.Expect(org.Locator("#diensten tbody tr")).ToHaveCountAsync(2);
        await org.CheckAccessibleAsync("diensten-toegevoegd");

        // The first volunteer takes the morning's only place, with the keyboard, at 320 px.
        await using var volunteerJourney = await portal.StartJourneyAsync("Shift journey - volunteer");
        var page = volunteerJourney.Page;
        await LogInAsync(page, "vrijwilliger@demo.test");
        await page.SetViewportSizeAsync(320, 800);
        await page.GotoAsync($"/vacatures/{vacancyId}");
        await page.CheckAccessibleAsync("vacature-met-diensten");
        var morning = page.Locator("#diensten li").First;
        await page.TabToAsync(morning.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#diensten li").First).ToContainTextAsync("Je bent aangemeld.");
        var confirmation = portal.Mail.Newest("vrijwilliger@demo.test", containing: "Je bent aangemeld voor");
        Assert.Contains("text/calendar", confirmation.Body);
        Assert.Contains("uitnodiging.ics", confirmation.Body);

        // The second volunteer finds it full and joins the waiting list, also by keyboard.
        await using var secondJourney = await portal.StartJourneyAsync("Shift journey - second volunteer");
        var second = secondJourney.Page;
        await LogInAsync(second, secondEmail);
        await second.SetViewportSizeAsync(320, 800);
        await second.GotoAsync($"/vacatures/{vacancyId}");
        await Assertions.Expect(second.Locator("#diensten li").First).ToContainTextAsync("Vol: aanmelden zet je op de wachtlijst");
        await second.CheckAccessibleAsync("dienst-vol");
        await second.TabToAsync(second.Locator("#diensten li").First.GetByRole(AriaRole.Button, new() { Name = "Op de wachtlijst" }));
        await second.Keyboard.PressAsync("Enter");
        await Assertions.Expect(second.Locator("#diensten li").First).ToContainTextAsync("Je staat op de wachtlijst.");
        portal.Mail.Newest(secondEmail, containing: "Je staat op de wachtlijst");
        await second.CheckAccessibleAsync("op-de-wachtlijst");

        // The first cancels under /mijn; the second gets the place, by mail and on /mijn.
        await page.GotoAsync("/mijn/diensten");
        await page.CheckAccessibleAsync("mijn-diensten");
        await page.GetByRole(AriaRole.Row, new() { Name = title }).GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Je bent afgemeld voor de dienst.");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = title })).ToHaveCountAsync(0);
        var movedUp = portal.Mail.Newest(secondEmail, containing: "Je stond op de wachtlijst en hebt nu een plaats");
        Assert.Contains("uitnodiging.ics", movedUp.Body);
        await second.GotoAsync("/mijn/diensten");
        await Assertions.Expect(second.GetByRole(AriaRole.Row, new() { Name = title })).ToContainTextAsync("Aangemeld");
        await second.CheckAccessibleAsync("mijn-diensten-opgeschoven");

        // The day of the activity: the shifts have just ended.
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
        await Assertions.Expect(org.GetByRole(AriaRole.Button, new() { Name = "Aanwezig Sanne de Vries" })).ToHaveCountAsync(0);
        await org.GetByRole(AriaRole.Button, new() { Name = "Aanwezig Tim de Boer" }).ClickAsync();
        await Assertions.Expect(org.GetByRole(AriaRole.Main)).ToContainTextAsync("aanwezig");

        await second.GotoAsync("/mijn/uren");
        await second.CheckAccessibleAsync("mijn-uren");
        await second.GetByRole(AriaRole.Link, new() { Name = "Bewijs van inzet downloaden" }).ClickAsync();
        await second.GetByLabel("Van", new() { Exact = true }).FillAsync(day.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await second.GetByLabel("Tot en met", new() { Exact = true }).FillAsync(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await second.GetByRole(AriaRole.Button, new() { Name = "Bewijs maken" }).ClickAsync();
        await Assertions.Expect(second.Locator("article")).ToContainTextAsync(title);
        await second.CheckAccessibleAsync("bewijs");
        var hours = (await second.Locator("#totaal").TextContentAsync())!.Trim();
        var link = await second.Locator("#controle-link").GetAttributeAsync("href");

        await using var schoolJourney = await portal.StartJourneyAsync("Shift journey - school");
        var school = schoolJourney.Page;
        await school.GotoAsync(new Uri(portal.BaseAddress, new Uri(link!).PathAndQuery).ToString());
        await Assertions.Expect(school.Locator("#uitslag")).ToContainTextAsync("Dit bewijs is echt");
        await Assertions.Expect(school.Locator("#voorletters")).ToHaveTextAsync("T. de B.");
        await Assertions.Expect(school.Locator("#uren")).ToHaveTextAsync(hours);
        await school.CheckAccessibleAsync("bewijs-gecontroleerd");
    }

    private static async Task AddShiftAsync(IPage org, DateOnly day, string start, string end, int places)
    {
        await org.GetByLabel("Datum", new() { Exact = true }).FillAsync(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await org.GetByLabel("Begintijd").FillAsync(start);
        await org.GetByLabel("Eindtijd").FillAsync(end);
        await org.GetByLabel("Aantal mensen nodig").FillAsync(places.ToString(CultureInfo.InvariantCulture));
        await org.GetByRole(AriaRole.Button, new() { Name = "Dienst toevoegen" }).ClickAsync();
    }

    /// <summary>
    /// A second volunteer of our own with the demo password (the demo centre has one volunteer
    /// account, which other journeys use too).
    /// </summary>
    private async Task<string> VolunteerAccountAsync(string email, string name)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CreatedAt = DateTimeOffset.UtcNow };
        Assert.True((await users.CreateAsync(user, DemoPassword)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, PortalRoles.Volunteer)).Succeeded);
        db.Volunteers.Add(Domain.Volunteers.Volunteer.ForAccount(user.Id, name, email, DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();
        return email;
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
