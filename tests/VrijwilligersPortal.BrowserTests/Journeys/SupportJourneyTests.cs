using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using VrijwilligersPortal.BrowserTests.Support;
using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Courses;
using VrijwilligersPortal.Domain.Volunteers;
using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Features.Courses;
using VrijwilligersPortal.Web.Features.Reminders;
using VrijwilligersPortal.Web.Jobs;

namespace VrijwilligersPortal.BrowserTests.Journeys;

/// <summary>
/// The centre's support to organisations (issue 16): a question asked and answered, a sign-up for
/// a full course with the keyboard that moves up from the waiting list, and a reminder read from
/// the pickup folder and switched off.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SupportJourneyTests(BrowserPortal portal)
{
    private const string DemoPassword = "Demo-wachtwoord-2026";

    [BrowserFact]
    public async Task An_organisation_asks_staff_answer_and_the_organisation_reads_the_answer()
    {
        var subject = $"Verzekering bij de braderie {Guid.NewGuid().ToString("N")[..6]}";
        await using var organisation = await portal.StartJourneyAsync("Support journey - organisation");
        var org = organisation.Page;
        await LogInAsync(org, "organisatie@demo.test");
        await org.GotoAsync("/organisatie/vragen");
        await org.CheckAccessibleAsync("vragen");
        await org.GetByRole(AriaRole.Link, new() { Name = "Nieuwe vraag stellen" }).ClickAsync();
        await org.GetByRole(AriaRole.Button, new() { Name = "Vraag versturen" }).ClickAsync();
        await Assertions.Expect(org.Locator(".error-summary")).ToBeFocusedAsync();
        await org.CheckAccessibleAsync("vraag-met-fouten");
        await org.GetByLabel("Onderwerp").SelectOptionAsync(new SelectOptionValue { Label = "Verzekering" });
        await org.GetByLabel("Korte omschrijving").FillAsync(subject);
        await org.GetByLabel("Je vraag").FillAsync("Zijn onze vrijwilligers verzekerd als ze op de braderie een kraam bemannen?");
        await org.GetByRole(AriaRole.Button, new() { Name = "Vraag versturen" }).ClickAsync();
        await Assertions.Expect(org.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(subject);

        await using var staffJourney = await portal.StartJourneyAsync("Support journey - staff");
        var staff = staffJourney.Page;
        await LogInAsync(staff, "medewerker@demo.test");
        await staff.GotoAsync("/beheer/vragen?status=open");
        await staff.CheckAccessibleAsync("beheer-vragen");
        await staff.GetByRole(AriaRole.Link, new() { Name = subject }).ClickAsync();
        await staff.CheckAccessibleAsync("beheer-vraag");
        await staff.GetByLabel("Notitie (alleen voor medewerkers)").FillAsync("Polis van de gemeente nagekeken.");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Notitie opslaan" }).ClickAsync();
        await staff.GetByLabel("Antwoord aan de organisatie").FillAsync("Ja, de gemeentelijke vrijwilligersverzekering dekt de braderie.");
        await staff.GetByRole(AriaRole.Button, new() { Name = "Antwoord versturen" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync("Het antwoord is verstuurd");

        await org.GotoAsync(portal.Mail.Newest("organisatie@demo.test").LinkTo("/organisatie/vragen/"));
        await Assertions.Expect(org.GetByRole(AriaRole.Main)).ToContainTextAsync("de gemeentelijke vrijwilligersverzekering dekt de braderie");
        await Assertions.Expect(org.GetByRole(AriaRole.Main)).Not.ToContainTextAsync("Polis van de gemeente nagekeken.");
        await org.CheckAccessibleAsync("vraag-beantwoord");
    }

    [BrowserFact]
    public async Task A_volunteer_signs_up_for_a_full_course_with_the_keyboard_waits_and_moves_up_when_someone_cancels()
    {
        var title = $"Workshop eerste hulp {Guid.NewGuid().ToString("N")[..6]}";
        var (courseId, other) = await FullCourseAsync(title);
        await using var journey = await portal.StartJourneyAsync("Support journey - course");
        var page = journey.Page;
        await LogInAsync(page, "vrijwilliger@demo.test");
        await page.GotoAsync("/cursussen");
        await page.CheckAccessibleAsync("cursussen");
        await page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await page.CheckAccessibleAsync("cursus");

        var signUp = page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Aanmelden voor de wachtlijst" });
        await page.TabToAsync(signUp);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#aanmelden")).ToContainTextAsync("Je staat op de wachtlijst.");
        await page.CheckAccessibleAsync("op-de-wachtlijst");

        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var outcome = await scope.ServiceProvider.GetRequiredService<CourseSignUps>().CancelAsync(courseId, other, CancellationToken.None);
            Assert.Null(outcome.Refusal);
        }

        var mail = portal.Mail.Newest("vrijwilliger@demo.test", containing: "Er is een plaats vrijgekomen");
        Assert.Contains(title, mail.Body);
        await page.GotoAsync("/mijn/cursussen");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = title })).ToContainTextAsync("Aangemeld");
        await page.CheckAccessibleAsync("mijn-cursussen");
    }

    [BrowserFact]
    public async Task The_reminder_jobs_mail_is_read_from_the_pickup_folder_and_switched_off_from_its_link()
    {
        var title = await UnansweredApplicationAsync();
        var run = await portal.Services.GetRequiredService<ReminderJob>().RunOnceAsync(holder: "browser-journey");
        Assert.True(run.Ran);

        var body = await ReminderBodyAsync(title);
        var optOut = new Mail("organisatie@demo.test", body, portal.BaseAddress).LinkTo("/herinneringen/afmelden");
        await using var journey = await portal.StartJourneyAsync("Support journey - reminder");
        var page = journey.Page;
        await page.GotoAsync(optOut);
        await page.CheckAccessibleAsync("herinneringen-uitzetten");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, zet ze uit" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Klaar");
        await page.CheckAccessibleAsync("herinneringen-uit");
    }

    /// <summary>A course with one place, taken by a person of our own; returns the course and that person.</summary>
    private async Task<(int CourseId, Guid Other)> FullCourseAsync(string title)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var other = new PortalUser { UserName = $"{title.Replace(' ', '-')}@example.nl", Email = $"{title.Replace(' ', '-')}@example.nl", EmailConfirmed = true, DisplayName = "Andere Deelnemer", CreatedAt = DateTimeOffset.UtcNow };
        Assert.True((await users.CreateAsync(other)).Succeeded);
        var start = DateTimeOffset.UtcNow.AddDays(10);
        var course = Course.Publish(
            new CourseDetails { Title = title, Description = "Een avond oefenen met reanimeren.", Place = "Vrijwilligerscentrale", Capacity = 1, SignUpDeadline = start.AddDays(-1), Sessions = [(start, start.AddHours(2))] },
            Guid.Empty,
            DateTimeOffset.UtcNow);
        course.SignUp(other.Id, DateTimeOffset.UtcNow);
        db.Courses.Add(course);
        await db.SaveChangesAsync();
        return (course.Id, other.Id);
    }

    /// <summary>A demo vacancy of the demo organisation answered by nobody for three weeks.</summary>
    private async Task<string> UnansweredApplicationAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var member = await db.Users.Where(u => u.Email == "organisatie@demo.test").Select(u => u.Id).SingleAsync();
        var title = $"Herinnering journey {Guid.NewGuid().ToString("N")[..6]}";
        var organisation = await db.Organisations.Where(o => o.Members.Any(m => m.UserId == member) && o.Status == Domain.Organisations.OrganisationStatus.Approved).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync();
        var at = DateTimeOffset.UtcNow.AddDays(-21);
        var category = await db.Categories.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var vacancy = Domain.Vacancies.Vacancy.CreateDraft(
            organisation,
            new Domain.Vacancies.VacancyContent { Title = title, Description = "Helpen bij de herinneringen.", CategoryId = category, IsRemote = true, ContactName = "Demo", ContactEmail = "organisatie@demo.test" },
            [],
            [],
            member,
            at.AddDays(-1));
        vacancy.Submit(centreReviewsVacancies: false, member, at.AddDays(-1));
        db.Vacancies.Add(vacancy);
        var volunteer = Volunteer.WithoutAccount("Wachtende Vrijwilliger", $"wacht-{Guid.NewGuid():N}@example.nl", null, consentGiven: true, Guid.Empty, at);
        db.Volunteers.Add(volunteer);
        await db.SaveChangesAsync();
        vacancy.Apply(volunteer.Id, "Ik help graag, ik wacht op antwoord.", ContactPreference.Email, Guid.Empty, at);
        await db.SaveChangesAsync();
        return title;
    }

    /// <summary>The body of the reminder about <paramref name="title"/> in the pickup folder, once the outbox wrote it.</summary>
    private async Task<string> ReminderBodyAsync(string title)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            var folder = portal.Services.GetRequiredService<IOptions<EmailOptions>>().Value.PickupDirectory!;
            foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml") : [])
            {
                var raw = await File.ReadAllTextAsync(file);
                if (raw.Contains($"wacht op antwoord: {title}", StringComparison.Ordinal) && raw.Contains("organisatie@demo.test", StringComparison.Ordinal))
                {
                    return raw[(raw.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..];
                }
            }

            await Task.Delay(200);
        }

        throw new InvalidOperationException($"No reminder about {title} in the pickup folder.");
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
