using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Courses;
using VrijwilligersPortal.Infrastructure.Audit;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Tests.Support;
using static VrijwilligersPortal.Web.Tests.Features.Organisation.OrganisationTestData;

namespace VrijwilligersPortal.Web.Tests.Features.Courses;

/// <summary>Courses of the centre (issue 16): publishing, signing up under concurrency, the waiting list, mails with .ics, staff lists.</summary>
public class CourseTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public CourseTests(PortalFactory factory)
    {
        _factory = factory;
        _factory.Clock.Set(PortalFactory.Start);
    }

    [Fact]
    public async Task Staff_publish_a_course_and_a_past_session_capacity_0_and_a_late_deadline_get_dutch_messages_with_nothing_saved()
    {
        using var staff = await StaffClientAsync();
        var fields = CourseFields("Intervisie voor coördinatoren", capacity: "0", start: "2026-10-01T19:00", end: "21:00", deadline: "2026-10-05T12:00");

        var refused = await staff.SubmitFormAsync("/beheer/cursussen/nieuw", fields);

        var page = await PortalClient.ReadPageAsync(refused);
        Assert.Equal("Het aantal plaatsen is 1 tot en met 1000.", page.QuerySelector("#Capacity-fout")!.TextContent.Trim());
        Assert.Equal("Deze bijeenkomst ligt in het verleden.", page.QuerySelector("#Sessions_0__Start-fout")!.TextContent.Trim());
        Assert.Equal("De aanmelddeadline moet vóór het begin van de cursus liggen.", page.QuerySelector("#SignUpDeadline-fout")!.TextContent.Trim());
        Assert.Equal("Intervisie voor coördinatoren", page.FieldValue("#Title"));
        Assert.False(await _factory.WithDbAsync((db, _) => db.Courses.AnyAsync(c => c.Title == "Intervisie voor coördinatoren")));

        var published = await staff.SubmitFormAsync("/beheer/cursussen/nieuw", CourseFields("Intervisie voor coördinatoren", capacity: "8"));

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var list = await _factory.CreatePortalClient().GetPageAsync("/cursussen");
        Assert.Contains(list.QuerySelectorAll("main h2 a"), a => a.TextContent == "Intervisie voor coördinatoren");
        var course = await _factory.WithDbAsync((db, _) => db.Courses.AsNoTracking().SingleAsync(c => c.Title == "Intervisie voor coördinatoren"));
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 18, 0, 0, TimeSpan.Zero), course.StartsAt);
    }

    [Fact]
    public async Task A_full_course_puts_the_next_person_on_the_waiting_list_who_moves_up_with_a_calendar_mail_when_someone_cancels_from_the_mail_link()
    {
        var courseId = await CourseAsync("Workshop VOG aanvragen", capacity: 1);
        var (first, firstUser) = await VolunteerClientAsync("Anna Smit");
        var (second, secondUser) = await VolunteerClientAsync("Bram Kok");
        using var firstClient = first;
        using var secondClient = second;

        await SignUpAsync(first, courseId);
        await SignUpAsync(second, courseId);

        var confirmation = _factory.Mail.Single(firstUser.Email!, "Aangemeld");
        Assert.Contains("BEGIN:VEVENT", confirmation.Calendar);
        Assert.Contains("SUMMARY:Workshop VOG aanvragen", confirmation.Calendar);
        Assert.Contains("DTSTART:20261120T180000Z", confirmation.Calendar);
        Assert.Null(_factory.Mail.Single(secondUser.Email!, "wachtlijst").Calendar);
        Assert.Contains("Je staat op de wachtlijst.", (await second.GetPageAsync(await DetailUrlAsync(courseId))).QuerySelector("#aanmelden")!.TextContent);

        // From the mail, without being logged in: the link shows a button; only the POST cancels.
        using var anybody = _factory.CreatePortalClient();
        var link = Mailbox.LinkIn(confirmation, "/cursussen/afmelden");
        var confirmPage = await anybody.GetPageAsync(link);
        Assert.Equal(RegistrationStatus.Confirmed, await StatusAsync(courseId, firstUser.Id));
        var cancelled = await anybody.SubmitFormAsync(confirmPage, link, new Dictionary<string, string>());

        Assert.Contains("Je bent afgemeld", (await PortalClient.ReadPageAsync(cancelled)).QuerySelector("main")!.TextContent);
        Assert.Equal(RegistrationStatus.Cancelled, await StatusAsync(courseId, firstUser.Id));
        Assert.Equal(RegistrationStatus.Confirmed, await StatusAsync(courseId, secondUser.Id));
        var movedUp = _factory.Mail.Single(secondUser.Email!, "Er is een plaats voor je");
        Assert.Contains("BEGIN:VCALENDAR", movedUp.Calendar);
        Assert.Contains("Je bent al afgemeld", (await anybody.GetPageAsync(link)).QuerySelector("main")!.TextContent);
        Assert.Equal(HttpStatusCode.BadRequest, (await anybody.GetAsync("/cursussen/afmelden?token=vervalst")).StatusCode);
    }

    [Fact]
    public async Task Concurrent_sign_ups_fill_exactly_the_places_and_the_rest_wait_in_order()
    {
        var courseId = await CourseAsync("Netwerkavond sport", capacity: 2);
        var people = new List<(PortalClient Client, PortalUser User)>();
        for (var i = 0; i < 6; i++)
        {
            people.Add(await VolunteerClientAsync($"Deelnemer {i}"));
        }

        var url = await DetailUrlAsync(courseId);
        var pages = await Task.WhenAll(people.Select(p => p.Client.GetPageAsync(url)));

        var responses = await Task.WhenAll(people.Select((p, i) => p.Client.SubmitFormAsync(pages[i], url, new Dictionary<string, string>(), $"form[action='/cursussen/{courseId}/aanmelden']")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var registrations = await _factory.WithDbAsync((db, _) => db.CourseRegistrations.AsNoTracking().Where(r => r.CourseId == courseId).ToListAsync());
        Assert.Equal(6, registrations.Count);
        Assert.Equal(2, registrations.Count(r => r.Status == RegistrationStatus.Confirmed));
        Assert.Equal(4, registrations.Count(r => r.Status == RegistrationStatus.Waiting));
        foreach (var (client, _) in people)
        {
            client.Dispose();
        }
    }

    [Fact]
    public async Task Staff_see_participants_register_attendance_export_csv_and_every_view_is_audited()
    {
        var courseId = await CourseAsync("Omgaan met agressie", capacity: 1);
        var (volunteer, volunteerUser) = await VolunteerClientAsync("Carla Smit");
        var (waiting, _) = await VolunteerClientAsync("Dirk Wachter");
        using var volunteerClient = volunteer;
        using var waitingClient = waiting;
        await SignUpAsync(volunteer, courseId);
        await SignUpAsync(waiting, courseId);
        using var staff = await StaffClientAsync();

        var page = await staff.GetPageAsync($"/beheer/cursussen/{courseId}");
        var rows = page.QuerySelectorAll("#deelnemers ~ table tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("Carla Smit", rows[0]);
        Assert.Contains("Wachtlijst", rows[1]);
        var registration = await _factory.WithDbAsync((db, _) => db.CourseRegistrations.Where(r => r.UserId == volunteerUser.Id).Select(r => r.Id).SingleAsync());
        var marked = await PostAsync(staff, $"/beheer/cursussen/{courseId}", $"/beheer/cursussen/{courseId}/aanwezigheid", [new("registratie", registration.ToString(CultureInfo.InvariantCulture)), new("aanwezig", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        Assert.True(await _factory.WithDbAsync((db, _) => db.CourseRegistrations.Where(r => r.Id == registration).Select(r => r.Attended).SingleAsync()));

        var csv = await staff.GetAsync($"/beheer/cursussen/{courseId}/deelnemers.csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains("Naam;E-mailadres;Status;Aangemeld op;Aanwezig", text);
        Assert.Contains("Carla Smit;", text);
        Assert.Contains($"{volunteerUser.Email};Aangemeld;", text);
        var actions = await _factory.WithDbAsync((db, _) => db.AuditEntries.Where(e => e.RecordType == "Course" && e.RecordId == courseId.ToString(CultureInfo.InvariantCulture)).Select(e => e.Action).ToListAsync());
        Assert.Contains(AuditActions.Courses.ParticipantsView, actions);
        Assert.Contains(AuditActions.Courses.Attendance, actions);
        Assert.Contains(AuditActions.Courses.Export, actions);
    }

    [Fact]
    public async Task A_course_changed_or_cancelled_by_staff_is_mailed_to_everyone_signed_up()
    {
        var courseId = await CourseAsync("Vrijwilligersbeleid schrijven", capacity: 1);
        var (first, firstUser) = await VolunteerClientAsync("Eva Eerst");
        var (second, secondUser) = await VolunteerClientAsync("Fred Later");
        using var firstClient = first;
        using var secondClient = second;
        await SignUpAsync(first, courseId);
        await SignUpAsync(second, courseId);
        using var staff = await StaffClientAsync();

        var changed = await staff.SubmitFormAsync($"/beheer/cursussen/{courseId}/bewerken", new Dictionary<string, string> { ["Capacity"] = "2", ["Place"] = "Bibliotheek Centrum" });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var changedMail = _factory.Mail.Single(firstUser.Email!, "Gewijzigd");
        Assert.Contains("Bibliotheek Centrum", changedMail.Body);
        Assert.Contains("LOCATION:Bibliotheek Centrum", changedMail.Calendar);
        Assert.Contains("Er is een plaats voor je", _factory.Mail.Single(secondUser.Email!, "plaats").Subject);
        Assert.Equal(RegistrationStatus.Confirmed, await StatusAsync(courseId, secondUser.Id));

        var cancelled = await staff.SubmitFormAsync($"/beheer/cursussen/{courseId}", new Dictionary<string, string>(), $"form[action='/beheer/cursussen/{courseId}/annuleren']");

        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Contains("STATUS:CANCELLED", _factory.Mail.Single(firstUser.Email!, "Geannuleerd").Calendar);
        Assert.Single(_factory.Mail.To(secondUser.Email!), m => m.Subject.StartsWith("Geannuleerd", StringComparison.Ordinal));
        Assert.Contains("geannuleerd", (await _factory.CreatePortalClient().GetPageAsync(await DetailUrlAsync(courseId))).QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task A_volunteer_sees_their_courses_under_mijn_and_cancels_there_but_not_after_the_deadline_signs_up()
    {
        var courseId = await CourseAsync("Taalmaatje worden", capacity: 5);
        var (volunteer, user) = await VolunteerClientAsync("Gijs Groen");
        using var client = volunteer;
        await SignUpAsync(client, courseId);

        var mine = await client.GetPageAsync("/mijn/cursussen");
        Assert.Contains("Taalmaatje worden", mine.QuerySelector("main table")!.TextContent);
        var cancelled = await client.SubmitFormAsync(mine, "/mijn/cursussen", new Dictionary<string, string>(), $"form[action='/cursussen/{courseId}/afmelden']");
        AssertRedirect(cancelled, "/mijn/cursussen");
        Assert.Contains("Afgemeld", (await client.GetPageAsync("/mijn/cursussen")).QuerySelector("main table")!.TextContent);

        _factory.Clock.Set(PortalFactory.Start.AddDays(18));
        using var later = _factory.CreatePortalClient();
        await later.LogInAsync(user.Email!);
        var late = await PostAsync(later, "/mijn/cursussen", $"/cursussen/{courseId}/aanmelden", []);
        Assert.Equal(HttpStatusCode.Redirect, late.StatusCode);
        var detail = await later.GetPageAsync(late.Headers.Location!.OriginalString.Split('#')[0]);
        Assert.Contains("de aanmeldtermijn is voorbij", detail.QuerySelector("main [role=status]")!.TextContent);
        Assert.False(await _factory.WithDbAsync((db, _) => db.CourseRegistrations.AnyAsync(r => r.CourseId == courseId && r.Status != RegistrationStatus.Cancelled)));
    }

    internal static Dictionary<string, string> CourseFields(string title, string capacity = "10", string start = "2026-11-20T19:00", string end = "21:00", string deadline = "2026-11-18T12:00") => new()
    {
        ["Title"] = title,
        ["Description"] = "Een avond met oefeningen en tijd voor vragen.",
        ["Audience"] = nameof(CourseAudience.Coordinators),
        ["Place"] = "Vrijwilligerscentrale, Utrecht",
        ["Capacity"] = capacity,
        ["SignUpDeadline"] = deadline,
        ["Sessions[0].Start"] = start,
        ["Sessions[0].End"] = end,
    };

    private Task<int> CourseAsync(string title, int capacity) =>
        _factory.WithDbAsync(async (db, _) =>
        {
            var start = new DateTimeOffset(2026, 11, 20, 18, 0, 0, TimeSpan.Zero);
            var course = Course.Publish(
                new CourseDetails
                {
                    Title = title,
                    Description = "Een avond met oefeningen.",
                    Place = "Vrijwilligerscentrale, Utrecht",
                    Capacity = capacity,
                    SignUpDeadline = start.AddDays(-3),
                    Sessions = [(start, start.AddHours(2))],
                },
                Guid.NewGuid(),
                _factory.Clock.GetUtcNow());
            db.Courses.Add(course);
            await db.SaveChangesAsync();
            return course.Id;
        });

    private async Task<string> DetailUrlAsync(int courseId)
    {
        using var visitor = _factory.CreatePortalClient();
        var response = await visitor.GetAsync($"/cursussen/{courseId}");
        return response.Headers.Location!.OriginalString;
    }

    private async Task SignUpAsync(PortalClient client, int courseId)
    {
        var url = await DetailUrlAsync(courseId);
        var response = await client.SubmitFormAsync(url, new Dictionary<string, string>(), $"form[action='/cursussen/{courseId}/aanmelden']");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>A POST with the antiforgery token of a page the person may open.</summary>
    private static async Task<HttpResponseMessage> PostAsync(PortalClient client, string tokenPage, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await client.GetPageAsync(tokenPage);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await client.Http.PostAsync(url, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }

    private Task<RegistrationStatus?> StatusAsync(int courseId, Guid userId) =>
        _factory.WithDbAsync((db, _) => db.CourseRegistrations.Where(r => r.CourseId == courseId && r.UserId == userId).OrderByDescending(r => r.Id).Select(r => (RegistrationStatus?)r.Status).FirstOrDefaultAsync());

    private async Task<(PortalClient Client, PortalUser User)> VolunteerClientAsync(string name)
    {
        var user = await _factory.UserAsync(PortalRoles.Volunteer, name: name);
        var client = _factory.CreatePortalClient();
        await client.LogInAsync(user.Email!);
        return (client, user);
    }

    private async Task<PortalClient> StaffClientAsync()
    {
        var user = await _factory.UserAsync(PortalRoles.Staff, name: "Hanna Staf");
        var client = _factory.CreatePortalClient();
        await client.LogInAsync(user.Email!);
        return client;
    }
}
