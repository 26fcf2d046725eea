using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Courses;
using VrijwilligersPortal.Domain.Reminders;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Features.Reminders;
using VrijwilligersPortal.Web.Jobs;
using VrijwilligersPortal.Web.Tests.Support;
using static VrijwilligersPortal.Web.Tests.Features.Organisation.OrganisationTestData;

namespace VrijwilligersPortal.Web.Tests.Jobs;

/// <summary>The reminders that keep people from waiting (issue 16): each at most once, also across instances, and switchable off.</summary>
public class ReminderTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public ReminderTests(PortalFactory factory)
    {
        _factory = factory;
        _factory.Clock.Set(PortalFactory.Start);
    }

    [Fact]
    public async Task An_unanswered_application_is_mailed_to_the_members_after_n_days_once_and_to_the_volunteer_after_2n_days_with_other_vacancies()
    {
        var member = await _factory.UserAsync(PortalRoles.OrganisationMember, name: "Lies Lid");
        var organisation = await _factory.OrganisationAsync(member.Id, name: "Dierenasiel Oost");
        var vacancy = await _factory.VacancyAsync(organisation.Id, "Honden uitlaten");
        await _factory.VacancyAsync(organisation.Id, "Katten verzorgen");
        await _factory.VacancyAsync(organisation.Id, "Konijnen voeren");
        var volunteer = await VolunteerWithProfileAsync("Mila Wacht");
        await _factory.ApplyAsync(vacancy.Id, volunteer);

        _factory.Clock.Advance(TimeSpan.FromDays(9));
        await RunAsync();
        Assert.Empty(_factory.Mail.To(member.Email!));

        _factory.Clock.Advance(TimeSpan.FromDays(1));
        await RunAsync();
        await RunAsync();
        var reminder = _factory.Mail.Single(member.Email!, "wacht op antwoord");
        Assert.Contains("Honden uitlaten", reminder.Body);
        Assert.Equal($"/organisatie/vacatures/{vacancy.Id}/reacties", Mailbox.LinkIn(reminder, "/organisatie/vacatures/"));
        Assert.DoesNotContain(_factory.Mail.To(volunteer.Email!), m => m.Subject.Contains("Nog geen antwoord", StringComparison.Ordinal));

        _factory.Clock.Advance(TimeSpan.FromDays(10));
        await RunAsync();
        var friendly = _factory.Mail.Single(volunteer.Email!, "Nog geen antwoord");
        var others = friendly.Body.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal) && l.Contains("/vacatures/", StringComparison.Ordinal)).ToList();
        Assert.InRange(others.Count, 2, 3);
        Assert.DoesNotContain(others, l => l.Contains("Honden uitlaten", StringComparison.Ordinal));
        Assert.Contains($"{PortalFactory.PublicBaseUrl}/mijn/profiel", friendly.Body);
        Assert.Single(_factory.Mail.To(member.Email!));
    }

    [Fact]
    public async Task Two_instances_running_at_the_same_moment_and_a_restart_send_each_reminder_once()
    {
        var member = await _factory.UserAsync(PortalRoles.OrganisationMember, name: "Twee Instanties");
        var organisation = await _factory.OrganisationAsync(member.Id, name: "Zwembad Noord");
        var vacancy = await _factory.VacancyAsync(organisation.Id, "Badmeester assistent");
        var volunteer = await _factory.UserAsync(PortalRoles.Volunteer, name: "Olaf Twee");
        var applicationId = await _factory.ApplyAsync(vacancy.Id, volunteer);
        _factory.Clock.Advance(TimeSpan.FromDays(11));

        // The clock went back for this test; a lease another test's run left until later on the
        // shared clock would keep both instances out.
        await _factory.WithDbAsync((db, _) => db.JobLeases.Where(l => l.Name == ReminderJob.LeaseName).ExecuteDeleteAsync());
        await using var second = _factory.WithWebHostBuilder(_ => { });

        var runs = await Task.WhenAll(
            _factory.Services.GetRequiredService<ReminderJob>().RunOnceAsync(holder: "instance-a"),
            second.Services.GetRequiredService<ReminderJob>().RunOnceAsync(holder: "instance-b"));

        Assert.Single(runs, r => r.Ran);
        await using var restarted = _factory.WithWebHostBuilder(_ => { });
        _factory.Clock.Advance(TimeSpan.FromMinutes(5));
        await restarted.Services.GetRequiredService<ReminderJob>().RunOnceAsync(holder: "instance-c");
        Assert.Single(_factory.Mail.To(member.Email!));
        Assert.Equal(1, await _factory.WithDbAsync((db, _) => db.ReminderDeliveries.CountAsync(d => d.Kind == ReminderKinds.ApplicationUnanswered && d.SubjectId == applicationId)));
    }

    [Fact]
    public async Task A_member_who_switched_the_reminder_off_gets_no_more_but_the_reminder_is_still_recorded()
    {
        var member = await _factory.UserAsync(PortalRoles.OrganisationMember, name: "Uit Zetter");
        var organisation = await _factory.OrganisationAsync(member.Id, name: "Bibliotheek West");
        var first = await _factory.VacancyAsync(organisation.Id, "Voorlezen");
        var second = await _factory.VacancyAsync(organisation.Id, "Boeken sorteren");
        var volunteer = await _factory.UserAsync(PortalRoles.Volunteer, name: "Piet Lezer");
        await _factory.ApplyAsync(first.Id, volunteer);
        _factory.Clock.Advance(TimeSpan.FromDays(10));
        await RunAsync();
        var mail = _factory.Mail.Single(member.Email!, "Voorlezen");
        var link = Mailbox.LinkIn(mail, "/herinneringen/afmelden");

        using var anybody = _factory.CreatePortalClient();
        var page = await anybody.GetPageAsync(link);
        Assert.False(await _factory.WithDbAsync((db, _) => db.ReminderOptOuts.AnyAsync()));
        var done = await anybody.SubmitFormAsync(page, link, new Dictionary<string, string>());
        Assert.Contains("Klaar", (await PortalClient.ReadPageAsync(done)).QuerySelector("main")!.TextContent);

        var secondApplication = await _factory.ApplyAsync(second.Id, volunteer);
        _factory.Clock.Advance(TimeSpan.FromDays(10));
        await RunAsync();

        Assert.Single(_factory.Mail.To(member.Email!));
        Assert.True(await _factory.WithDbAsync((db, _) => db.ReminderDeliveries.AnyAsync(d => d.Kind == ReminderKinds.ApplicationUnanswered && d.SubjectId == secondApplication)));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await anybody.GetAsync("/herinneringen/afmelden?token=nep")).StatusCode);
    }

    [Fact]
    public async Task A_vacancy_ending_within_14_days_asks_its_contact_to_extend_or_close_it_once()
    {
        var member = await _factory.UserAsync(PortalRoles.OrganisationMember);
        var organisation = await _factory.OrganisationAsync(member.Id, name: "Festival Zuid");
        var today = DateOnly.FromDateTime(PortalFactory.Start.UtcDateTime);
        var soon = await _factory.VacancyAsync(organisation.Id, "Kaartjes scannen", change: c => c with { ContactEmail = "festival@example.nl", EndDate = today.AddDays(14) });
        await _factory.VacancyAsync(organisation.Id, "Opbouw podium", change: c => c with { ContactEmail = "festival@example.nl", EndDate = today.AddDays(30) });

        await RunAsync();
        await RunAsync();

        var mail = Assert.Single(_factory.Mail.To("festival@example.nl"));
        Assert.Contains("Kaartjes scannen", mail.Subject);
        Assert.Equal($"/organisatie/vacatures/{soon.Id}/bewerken", Mailbox.LinkIn(mail, "/organisatie/vacatures/"));
    }

    [Fact]
    public async Task Staff_are_told_once_about_an_organisation_with_public_vacancies_that_has_not_logged_in_for_six_months()
    {
        var sleeping = await _factory.UserAsync(PortalRoles.OrganisationMember);
        var organisation = await _factory.OrganisationAsync(sleeping.Id, name: "Slapende Stichting");
        await _factory.VacancyAsync(organisation.Id, "Altijd open");
        var awake = await _factory.UserAsync(PortalRoles.OrganisationMember);
        var active = await _factory.OrganisationAsync(awake.Id, name: "Wakkere Vereniging");
        await _factory.VacancyAsync(active.Id, "Ook open");
        _factory.Clock.Advance(TimeSpan.FromDays(190));
        await _factory.WithDbAsync((db, _) => db.Users.Where(u => u.Id == awake.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.LastLoginAt, _factory.Clock.GetUtcNow().AddDays(-1))));

        await RunAsync();
        _factory.Clock.Advance(TimeSpan.FromDays(1));
        await RunAsync();

        // The centre's own address (Centre:ContactEmail in appsettings.json).
        var told = _factory.Mail.To("info@vrijwilligerscentrale.example").Where(m => m.Subject.Contains("niet ingelogd", StringComparison.Ordinal)).ToList();
        Assert.Single(told, m => m.Subject.Contains("Slapende Stichting", StringComparison.Ordinal));
        Assert.DoesNotContain(told, m => m.Subject.Contains("Wakkere Vereniging", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_course_reminder_with_the_calendar_file_goes_out_the_day_before_once()
    {
        var person = await _factory.UserAsync(PortalRoles.OrganisationMember, name: "Kees Cursist");
        var start = PortalFactory.Start.AddDays(3);
        await _factory.WithDbAsync(async (db, _) =>
        {
            var course = Course.Publish(
                new CourseDetails { Title = "Eerste hulp bij vrijwilligers", Description = "Een ochtend.", Place = "Utrecht", Capacity = 5, SignUpDeadline = start.AddDays(-1), Sessions = [(start, start.AddHours(3))] },
                Guid.NewGuid(),
                _factory.Clock.GetUtcNow());
            course.SignUp(person.Id, _factory.Clock.GetUtcNow());
            db.Courses.Add(course);
            await db.SaveChangesAsync();
        });

        await RunAsync();
        Assert.Empty(_factory.Mail.To(person.Email!));
        _factory.Clock.Set(start.AddHours(-20));
        await RunAsync();
        await RunAsync();

        var reminder = _factory.Mail.Single(person.Email!, "Morgen");
        Assert.Contains("BEGIN:VEVENT", reminder.Calendar);
        Assert.Contains("/cursussen/afmelden?token=", reminder.Body);
    }

    /// <summary>One run; a lease another test's instances left behind (their clock was later) is freed first.</summary>
    private async Task RunAsync()
    {
        await _factory.WithDbAsync((db, _) => db.JobLeases.Where(l => l.Name == ReminderJob.LeaseName && l.Holder != "tests").ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, string.Empty).SetProperty(l => l.ExpiresAt, (DateTimeOffset?)null)));
        var run = await _factory.Services.GetRequiredService<ReminderJob>().RunOnceAsync(holder: "tests");
        Assert.True(run.Ran);
    }

    /// <summary>A volunteer whose profile fits the test vacancies (first category, Utrecht, Saturday morning).</summary>
    private async Task<PortalUser> VolunteerWithProfileAsync(string name)
    {
        var user = await _factory.UserAsync(PortalRoles.Volunteer, name: name);
        await _factory.WithDbAsync(async (db, _) =>
        {
            var volunteer = await db.Volunteers.Include(v => v.Interests).Include(v => v.Skills).AsSplitQuery().SingleAsync(v => v.UserId == user.Id);
            var category = await db.Categories.OrderBy(c => c.SortOrder).FirstAsync();
            volunteer.SetInterests([category], []);
            volunteer.SetLocation("3581", new GeoPoint(52.0905, 5.1341), 10);
            volunteer.SetAvailability(WeekSchedule.Of((DayOfWeek.Saturday, DayPart.Morning)), 3);
            await db.SaveChangesAsync();
        });
        return user;
    }
}
