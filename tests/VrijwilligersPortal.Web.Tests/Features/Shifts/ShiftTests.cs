using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VrijwilligersPortal.Domain.Reminders;
using VrijwilligersPortal.Domain.Hours;
using VrijwilligersPortal.Domain.Shifts;
using VrijwilligersPortal.Infrastructure.Audit;
using VrijwilligersPortal.Web.Jobs;
using VrijwilligersPortal.Web.Tests.Support;
using static VrijwilligersPortal.Web.Tests.Features.Organisation.OrganisationTestData;

namespace VrijwilligersPortal.Web.Tests.Features.Shifts;

/// <summary>Activities with shifts (issue 17): planning, signing up under concurrency, the waiting list, mails with .ics, roster and attendance.</summary>
public class ShiftTests : IClassFixture<PortalFactory>
{
    private static readonly DateOnly Saturday = new(2026, 11, 7);
    private readonly PortalFactory _factory;

    public ShiftTests(PortalFactory factory)
    {
        _factory = factory;
        _factory.Clock.Set(PortalFactory.Start);
    }

    [Fact]
    public async Task An_organisation_adds_a_shift_bad_input_gets_dutch_messages_with_nothing_saved_and_a_pattern_is_copied_to_other_dates()
    {
        var (member, _, organisation) = await _factory.SignedInMemberAsync();
        using var client = member;
        var vacancy = await _factory.VacancyAsync(organisation.Id, "NLdoet in de moestuin");
        var url = $"/organisatie/vacatures/{vacancy.Id}/diensten";

        var refused = await client.SubmitFormAsync(url, ShiftFields("2026-10-01", "12:30", "09:00", "0"), "form[action$='/diensten']");
        var page = await PortalClient.ReadPageAsync(refused);
        Assert.Equal("Deze datum ligt in het verleden.", page.QuerySelector("#Shift_Date-fout")!.TextContent.Trim());
        Assert.Equal("De eindtijd ligt na de begintijd.", page.QuerySelector("#Shift_End-fout")!.TextContent.Trim());
        Assert.Equal("Het aantal plaatsen is 1 tot en met 500.", page.QuerySelector("#Shift_PlacesNeeded-fout")!.TextContent.Trim());
        Assert.Equal("Schuur achter de kas", page.FieldValue("#Shift_Place"));
        var farAway = await PortalClient.ReadPageAsync(await client.SubmitFormAsync(url, ShiftFields("3000-05-01", "09:00", "12:30", "4"), "form[action$='/diensten']"));
        Assert.Equal("Kies een datum binnen 2 jaar.", farAway.QuerySelector("#Shift_Date-fout")!.TextContent.Trim());
        Assert.False(await _factory.WithDbAsync((db, _) => db.Shifts.AnyAsync(s => s.VacancyId == vacancy.Id)));

        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitFormAsync(url, ShiftFields("2026-11-07", "09:00", "12:30", "4"), "form[action$='/diensten']")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitFormAsync(url, ShiftFields("2026-11-07", "13:00", "16:30", "4"), "form[action$='/diensten']")).StatusCode);
        var copied = await client.SubmitFormAsync(url, new Dictionary<string, string> { ["Copy.FromDate"] = "2026-11-07", ["Copy.Dates[0]"] = "2026-11-14", ["Copy.Dates[1]"] = "2026-11-21" }, "form[action$='/kopieren']");

        Assert.Equal(HttpStatusCode.Redirect, copied.StatusCode);
        var shifts = await _factory.WithDbAsync((db, _) => db.Shifts.AsNoTracking().Where(s => s.VacancyId == vacancy.Id).OrderBy(s => s.StartsAt).ToListAsync());
        Assert.Equal(6, shifts.Count);
        Assert.Equal([Saturday, Saturday, Saturday.AddDays(7), Saturday.AddDays(7), Saturday.AddDays(14), Saturday.AddDays(14)], shifts.Select(s => s.Date));
        Assert.Equal(new DateTimeOffset(2026, 11, 14, 12, 0, 0, TimeSpan.Zero), shifts[3].StartsAt);
        Assert.All(shifts, s => Assert.Equal("Schuur achter de kas", s.Place));
    }

    /// <summary>The clock says Monday 2 November 2026, 10:00 in the Netherlands.</summary>
    [Theory]
    [InlineData("2026-11-07", "12:30", "09:00", "4", "End", "De eindtijd ligt na de begintijd.")]
    [InlineData("2026-11-07", "09:00", "12:30", "0", "PlacesNeeded", "Het aantal plaatsen is 1 tot en met 500.")]
    [InlineData("2026-10-01", "09:00", "12:30", "4", "Date", "Deze datum ligt in het verleden.")]
    [InlineData("3000-05-01", "09:00", "12:30", "4", "Date", "Kies een datum binnen 2 jaar.")]
    [InlineData("2026-11-02", "08:00", "09:30", "4", "Start", "Deze begintijd is vandaag al voorbij.")]
    [InlineData("2027-03-28", "02:30", "04:00", "4", "Start", "02:30 bestaat niet op 28-03-2027: dan gaat de klok een uur vooruit.")]
    public async Task Changing_a_shift_with_bad_input_gets_a_dutch_message_next_to_the_field_keeps_the_typing_and_changes_nothing(string date, string start, string end, string places, string field, string message)
    {
        var (member, _, organisation) = await _factory.SignedInMemberAsync();
        using var client = member;
        var vacancy = await _factory.VacancyAsync(organisation.Id, "Collecteweek in de wijk");
        var shift = await ShiftAsync(vacancy.Id, places: 3);
        var edit = $"/organisatie/vacatures/{vacancy.Id}/diensten/{shift}/bewerken";

        var response = await client.SubmitFormAsync(edit, new Dictionary<string, string> { ["Date"] = date, ["Start"] = start, ["End"] = end, ["PlacesNeeded"] = places, ["Place"] = "Kerkplein 1" });

        var page = await PortalClient.ReadPageAsync(response);
        Assert.Equal(message, page.QuerySelector($"#{field}-fout")!.TextContent.Trim());
        Assert.Equal(date, page.FieldValue("#Date"));
        Assert.Equal(start, page.FieldValue("#Start"));
        Assert.Equal("Kerkplein 1", page.FieldValue("#Place"));
        var saved = await _factory.WithDbAsync((db, _) => db.Shifts.AsNoTracking().SingleAsync(s => s.Id == shift));
        Assert.Equal((Saturday, new TimeOnly(9, 0), 3, (string?)null), (saved.Date, saved.StartTime, saved.PlacesNeeded, saved.Place));
    }

    [Fact]
    public async Task A_shift_today_whose_start_has_passed_or_a_copy_to_a_date_in_the_past_or_year_3000_gets_a_dutch_message_and_saves_nothing()
    {
        var (member, _, organisation) = await _factory.SignedInMemberAsync();
        using var client = member;
        var vacancy = await _factory.VacancyAsync(organisation.Id, "Burendag");
        var url = $"/organisatie/vacatures/{vacancy.Id}/diensten";
        await ShiftAsync(vacancy.Id, places: 2);

        var today = await PortalClient.ReadPageAsync(await client.SubmitFormAsync(url, ShiftFields("2026-11-02", "08:00", "09:30", "4"), "form[action$='/diensten']"));
        Assert.Equal("Deze begintijd is vandaag al voorbij.", today.QuerySelector("#Shift_Start-fout")!.TextContent.Trim());
        var past = await PortalClient.ReadPageAsync(await client.SubmitFormAsync(url, new Dictionary<string, string> { ["Copy.FromDate"] = "2026-11-07", ["Copy.Dates[0]"] = "2026-11-14", ["Copy.Dates[1]"] = "2026-10-31" }, "form[action$='/kopieren']"));
        Assert.Equal("Een van de datums ligt in het verleden.", past.QuerySelector("#Copy_Dates-fout")!.TextContent.Trim());
        var farAway = await PortalClient.ReadPageAsync(await client.SubmitFormAsync(url, new Dictionary<string, string> { ["Copy.FromDate"] = "2026-11-07", ["Copy.Dates[0]"] = "3000-11-14" }, "form[action$='/kopieren']"));
        Assert.Equal("Kies datums binnen 2 jaar.", farAway.QuerySelector("#Copy_Dates-fout")!.TextContent.Trim());
        Assert.Equal("3000-11-14", farAway.FieldValue("#Copy_Dates_0"));

        Assert.Equal(1, await _factory.WithDbAsync((db, _) => db.Shifts.CountAsync(s => s.VacancyId == vacancy.Id)));
    }

    [Fact]
    public async Task Ids_of_another_organisations_vacancy_or_shift_are_not_found()
    {
        var (member, _, _) = await _factory.SignedInMemberAsync(name: "Eigen Club");
        using var client = member;
        var other = await _factory.OpenVacancyAsync("Andermans activiteit");
        var shift = await ShiftAsync(other.Id, places: 2);
        var mine = await _factory.VacancyAsync((await _factory.WithDbAsync((db, _) => db.Organisations.SingleAsync(o => o.Name == "Eigen Club"))).Id, "Eigen activiteit");
        var own = await ShiftAsync(mine.Id, places: 2);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/organisatie/vacatures/{other.Id}/diensten")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/organisatie/vacatures/{other.Id}/diensten/rooster?datum=2026-11-07")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/organisatie/vacatures/{other.Id}/diensten/{shift}/bewerken")).StatusCode);

        // The organisation's own vacancy with another's shift id: still not theirs.
        var token = await client.AntiforgeryTokenAsync($"/organisatie/vacatures/{mine.Id}/diensten");
        var cancel = await client.Http.PostAsync($"/organisatie/vacatures/{mine.Id}/diensten/{shift}/annuleren", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.NotFound, cancel.StatusCode);
        var attendance = await client.Http.PostAsync($"/organisatie/vacatures/{other.Id}/diensten/{shift}/aanwezigheid", new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("aanmelding", "1"), new("aanwezig", "true")]));
        Assert.Equal(HttpStatusCode.NotFound, attendance.StatusCode);
        Assert.Equal(ShiftStatus.Open, await _factory.WithDbAsync((db, _) => db.Shifts.Where(s => s.Id == shift).Select(s => s.Status).SingleAsync()));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/organisatie/vacatures/{mine.Id}/diensten/{own}/bewerken")).StatusCode);
    }

    [Fact]
    public async Task A_full_shift_puts_the_next_volunteer_on_the_waiting_list_who_moves_up_with_a_calendar_mail_when_the_first_cancels_from_the_mail()
    {
        var vacancy = await _factory.OpenVacancyAsync("Open Monumentendag");
        var shift = await ShiftAsync(vacancy.Id, places: 1);
        using var first = await _factory.SignedInVolunteerAsync("Anna Smit");
        using var second = await _factory.SignedInVolunteerAsync("Bram Kok");

        await SignUpAsync(first.Client, vacancy.Id, shift, new() { ["ContactPreference"] = "Phone", ["SharedNeeds"] = "Ik kom met de rolstoel." });
        await SignUpAsync(second.Client, vacancy.Id, shift);

        var confirmation = _factory.Mail.Single(first.Email, "Aangemeld");
        Assert.Contains("BEGIN:VEVENT", confirmation.Calendar);
        Assert.Contains("DTSTART:20261107T080000Z", confirmation.Calendar);
        Assert.Null(_factory.Mail.Single(second.Email, "wachtlijst").Calendar);
        var detail = await second.Client.GetPageAsync(await DetailUrlAsync(vacancy.Id));
        Assert.Contains("Je staat op de wachtlijst.", detail.QuerySelector($"#dienst-{shift}")!.TextContent);
        Assert.Equal(1, await _factory.WithDbAsync((db, _) => db.ShiftSignUps.CountAsync(s => s.ShiftId == shift && s.SharedNeeds == "Ik kom met de rolstoel." && s.ContactPreference == Domain.Applications.ContactPreference.Phone)));

        using var anybody = _factory.CreatePortalClient();
        var link = Mailbox.LinkIn(confirmation, "/diensten/afmelden");
        var confirmPage = await anybody.GetPageAsync(link);
        Assert.Equal(ShiftSignUpStatus.Confirmed, await StatusAsync(shift, first.VolunteerId));
        var cancelled = await anybody.SubmitFormAsync(confirmPage, link, new Dictionary<string, string>());

        Assert.Contains("Je bent afgemeld", (await PortalClient.ReadPageAsync(cancelled)).QuerySelector("main")!.TextContent);
        Assert.Equal(ShiftSignUpStatus.Cancelled, await StatusAsync(shift, first.VolunteerId));
        Assert.Equal(ShiftSignUpStatus.Confirmed, await StatusAsync(shift, second.VolunteerId));
        Assert.Contains("BEGIN:VCALENDAR", _factory.Mail.Single(second.Email, "Er is een plaats voor je").Calendar);
        Assert.Equal(HttpStatusCode.BadRequest, (await anybody.GetAsync("/diensten/afmelden?token=vervalst")).StatusCode);
    }

    [Fact]
    public async Task A_visitor_sees_upcoming_shifts_with_places_left_as_schema_org_events_and_is_asked_to_log_in()
    {
        var vacancy = await _factory.OpenVacancyAsync("Open Monumentendag rondleiding");
        await ShiftAsync(vacancy.Id, places: 3);
        var past = await _factory.WithDbAsync(async (db, _) =>
        {
            var shift = Shift.Plan(vacancy.Id, new ShiftPlan(new DateOnly(2026, 11, 3), new TimeOnly(9, 0), new TimeOnly(10, 0), null, 2), false, _factory.Clock.GetUtcNow());
            db.Shifts.Add(shift);
            await db.SaveChangesAsync();
            return shift.Id;
        });
        _factory.Clock.Set(new DateTimeOffset(2026, 11, 4, 9, 0, 0, TimeSpan.Zero));
        using var visitor = _factory.CreatePortalClient();

        var page = await visitor.GetPageAsync(await DetailUrlAsync(vacancy.Id));

        var shifts = page.QuerySelector("#diensten")!;
        Assert.Contains("Nog 3 van 3 plaatsen vrij", shifts.TextContent);
        Assert.Null(page.QuerySelector($"#dienst-{past}"));
        Assert.Empty(shifts.QuerySelectorAll("form"));
        Assert.NotNull(shifts.QuerySelector("a[href^='/account/inloggen']"));
        var events = page.QuerySelectorAll("script[type='application/ld+json']").Select(s => s.TextContent).Single(s => s.Contains("\"Event\"", StringComparison.Ordinal));
        using var json = System.Text.Json.JsonDocument.Parse(events);
        var item = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("2026-11-07T08:00:00Z", item.GetProperty("startDate").GetString());
        Assert.Equal("https://schema.org/InStock", item.GetProperty("offers").GetProperty("availability").GetString());
    }

    [Fact]
    public async Task Concurrent_sign_ups_fill_exactly_the_places_and_the_rest_wait()
    {
        var vacancy = await _factory.OpenVacancyAsync("NLdoet zwerfafval");
        var shift = await ShiftAsync(vacancy.Id, places: 2);
        var people = new List<SignedInVolunteer>();
        for (var i = 0; i < 6; i++)
        {
            people.Add(await _factory.SignedInVolunteerAsync($"Deelnemer {i}"));
        }

        var url = await DetailUrlAsync(vacancy.Id);
        var pages = await Task.WhenAll(people.Select(p => p.Client.GetPageAsync(url)));

        var responses = await Task.WhenAll(people.Select((p, i) => p.Client.SubmitFormAsync(pages[i], url, new Dictionary<string, string>(), SignUpForm(vacancy.Id, shift))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var signUps = await _factory.WithDbAsync((db, _) => db.ShiftSignUps.AsNoTracking().Where(s => s.ShiftId == shift).ToListAsync());
        Assert.Equal(6, signUps.Count);
        Assert.Equal(2, signUps.Count(s => s.Status == ShiftSignUpStatus.Confirmed));
        Assert.Equal(4, signUps.Count(s => s.Status == ShiftSignUpStatus.Waiting));
        foreach (var person in people)
        {
            person.Dispose();
        }
    }

    [Fact]
    public async Task A_volunteer_cannot_take_an_overlapping_shift_and_sees_why()
    {
        var vacancy = await _factory.OpenVacancyAsync("Festival");
        var morning = await ShiftAsync(vacancy.Id, places: 3);
        var overlapping = await ShiftAsync(vacancy.Id, places: 3, start: new TimeOnly(11, 0), end: new TimeOnly(14, 0));
        using var volunteer = await _factory.SignedInVolunteerAsync("Carla Smit");
        await SignUpAsync(volunteer.Client, vacancy.Id, morning);

        var url = await DetailUrlAsync(vacancy.Id);
        var refused = await volunteer.Client.SubmitFormAsync(url, new Dictionary<string, string>(), SignUpForm(vacancy.Id, overlapping));

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        var page = await volunteer.Client.GetPageAsync(refused.Headers.Location!.OriginalString);
        Assert.Contains("Je bent al aangemeld voor een dienst die op hetzelfde moment valt.", page.Body!.TextContent);
        Assert.Null(await StatusAsync(overlapping, volunteer.VolunteerId));
    }

    [Fact]
    public async Task Changing_or_cancelling_a_shift_mails_everyone_on_it_and_the_mine_page_shows_it()
    {
        var (member, _, organisation) = await _factory.SignedInMemberAsync(name: "Kerk aan het plein");
        using var client = member;
        var vacancy = await _factory.VacancyAsync(organisation.Id, "Collecteweek");
        var shift = await ShiftAsync(vacancy.Id, places: 1);
        using var on = await _factory.SignedInVolunteerAsync("Dirk Dam");
        using var waiting = await _factory.SignedInVolunteerAsync("Eva Wacht");
        await SignUpAsync(on.Client, vacancy.Id, shift);
        await SignUpAsync(waiting.Client, vacancy.Id, shift);

        var edit = $"/organisatie/vacatures/{vacancy.Id}/diensten/{shift}/bewerken";
        var changed = await client.SubmitFormAsync(edit, new Dictionary<string, string> { ["Start"] = "10:00", ["PlacesNeeded"] = "2", ["Place"] = "Kerkplein 1" });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Contains("DTSTART:20261107T090000Z", _factory.Mail.Single(on.Email, "Gewijzigd").Calendar);
        Assert.Contains("Kerkplein 1", _factory.Mail.Single(waiting.Email, "Er is een plaats voor je").Body);
        Assert.Equal(ShiftSignUpStatus.Confirmed, await StatusAsync(shift, waiting.VolunteerId));

        var cancelled = await client.SubmitFormAsync($"/organisatie/vacatures/{vacancy.Id}/diensten", new Dictionary<string, string>(), $"form[action$='/diensten/{shift}/annuleren']");
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Contains("STATUS:CANCELLED", _factory.Mail.Single(on.Email, "Geannuleerd").Calendar);
        Assert.Contains("Geannuleerd", _factory.Mail.Single(waiting.Email, "Geannuleerd").Subject);
        var mine = await on.Client.GetPageAsync("/mijn/diensten");
        Assert.Contains("Dienst geannuleerd", mine.QuerySelector("main table")!.TextContent);
    }

    [Fact]
    public async Task The_roster_shows_who_comes_with_shared_needs_is_audited_and_attendance_becomes_confirmed_hours()
    {
        var (member, memberUser, organisation) = await _factory.SignedInMemberAsync(name: "Buurthuis De Linde");
        using var client = member;
        var vacancy = await _factory.VacancyAsync(organisation.Id, "Burendag");
        var shift = await ShiftAsync(vacancy.Id, places: 2);
        using var volunteer = await _factory.SignedInVolunteerAsync("Fenna Vos");
        await SignUpAsync(volunteer.Client, vacancy.Id, shift, new() { ["SharedNeeds"] = "Graag een rolstoeltoegankelijke ingang." });
        var roster = $"/organisatie/vacatures/{vacancy.Id}/diensten/rooster?datum=2026-11-07";

        var page = await client.GetPageAsync(roster);
        var row = page.QuerySelector(".roster-shift tbody tr")!.TextContent;
        Assert.Contains("Fenna Vos", row);
        Assert.Contains("Graag een rolstoeltoegankelijke ingang.", row);
        Assert.Empty(page.QuerySelectorAll("form[action$='/aanwezigheid']"));

        _factory.Clock.Set(new DateTimeOffset(2026, 11, 7, 12, 0, 0, TimeSpan.Zero));
        var marked = await client.SubmitFormAsync(roster, new Dictionary<string, string>(), "form[action$='/aanwezigheid']:has(input[name=aanwezig][value=true])");

        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        var hours = await _factory.WithDbAsync((db, _) => db.HourEntries.AsNoTracking().SingleAsync(h => h.VolunteerId == volunteer.VolunteerId));
        Assert.Equal(HourStatus.Confirmed, hours.Status);
        Assert.Equal(210, hours.Minutes);
        Assert.Equal(organisation.Id, hours.OrganisationId);
        var actions = await _factory.WithDbAsync((db, _) => db.AuditEntries.Where(e => e.UserId == memberUser.Id).Select(e => e.Action).ToListAsync());
        Assert.Contains(AuditActions.Shifts.RosterView, actions);
        Assert.Contains(AuditActions.Shifts.Attendance, actions);

        await client.SubmitFormAsync(roster, new Dictionary<string, string>(), "form[action$='/aanwezigheid']:has(input[name=aanwezig][value=false])");
        Assert.False(await _factory.WithDbAsync((db, _) => db.HourEntries.AnyAsync(h => h.VolunteerId == volunteer.VolunteerId)));
    }

    [Fact]
    public async Task The_reminder_the_day_before_goes_once_with_the_calendar_file_also_when_a_second_instance_runs_at_the_same_moment()
    {
        var vacancy = await _factory.OpenVacancyAsync("Sinterklaasintocht");
        var shift = await ShiftAsync(vacancy.Id, places: 2);
        using var volunteer = await _factory.SignedInVolunteerAsync("Gijs Herinner");
        await SignUpAsync(volunteer.Client, vacancy.Id, shift);
        var signUp = await _factory.WithDbAsync((db, _) => db.ShiftSignUps.Where(s => s.ShiftId == shift).Select(s => s.Id).SingleAsync());

        // Two days before: not yet.
        _factory.Clock.Set(new DateTimeOffset(2026, 11, 5, 8, 0, 0, TimeSpan.Zero));
        await ClearLeaseAsync();
        await _factory.Services.GetRequiredService<ShiftReminderJob>().RunOnceAsync(holder: "tests");
        Assert.DoesNotContain(_factory.Mail.To(volunteer.Email), m => m.Subject.StartsWith("Morgen", StringComparison.Ordinal));

        _factory.Clock.Set(new DateTimeOffset(2026, 11, 6, 9, 0, 0, TimeSpan.Zero));
        await ClearLeaseAsync();
        await using var second = _factory.WithWebHostBuilder(_ => { });
        await Task.WhenAll(
            _factory.Services.GetRequiredService<ShiftReminderJob>().RunOnceAsync(holder: "instance-a"),
            second.Services.GetRequiredService<ShiftReminderJob>().RunOnceAsync(holder: "instance-b"));
        _factory.Clock.Advance(TimeSpan.FromMinutes(5));
        await ClearLeaseAsync();
        await _factory.Services.GetRequiredService<ShiftReminderJob>().RunOnceAsync(holder: "instance-c");

        var reminder = Assert.Single(_factory.Mail.To(volunteer.Email), m => m.Subject.StartsWith("Morgen", StringComparison.Ordinal));
        Assert.Contains("DTSTART:20261107T080000Z", reminder.Calendar);
        Assert.Equal(1, await _factory.WithDbAsync((db, _) => db.ReminderDeliveries.CountAsync(d => d.Kind == ReminderKinds.ShiftTomorrow && d.SubjectId == signUp)));
    }

    /// <summary>Other tests move the shared clock; a lease one of them left until later would keep this run out.</summary>
    private Task ClearLeaseAsync() =>
        _factory.WithDbAsync((db, _) => db.JobLeases.Where(l => l.Name == ShiftReminderJob.LeaseName).ExecuteDeleteAsync());

    private static Dictionary<string, string> ShiftFields(string date, string start, string end, string places) => new()
    {
        ["Shift.Date"] = date,
        ["Shift.Start"] = start,
        ["Shift.End"] = end,
        ["Shift.Place"] = "Schuur achter de kas",
        ["Shift.PlacesNeeded"] = places,
    };

    private Task<int> ShiftAsync(int vacancyId, int places, TimeOnly? start = null, TimeOnly? end = null) =>
        _factory.WithDbAsync(async (db, _) =>
        {
            var shift = Shift.Plan(vacancyId, new ShiftPlan(Saturday, start ?? new TimeOnly(9, 0), end ?? new TimeOnly(12, 30), null, places), needsApproval: false, _factory.Clock.GetUtcNow());
            db.Shifts.Add(shift);
            await db.SaveChangesAsync();
            return shift.Id;
        });

    private async Task<string> DetailUrlAsync(int vacancyId)
    {
        using var visitor = _factory.CreatePortalClient();
        var response = await visitor.GetAsync($"/vacatures/{vacancyId}");
        return response.Headers.Location!.OriginalString;
    }

    private static string SignUpForm(int vacancyId, int shiftId) => $"form[action='/vacatures/{vacancyId}/diensten/{shiftId}/aanmelden']";

    private async Task SignUpAsync(PortalClient client, int vacancyId, int shiftId, Dictionary<string, string>? fields = null)
    {
        var response = await client.SubmitFormAsync(await DetailUrlAsync(vacancyId), fields ?? [], SignUpForm(vacancyId, shiftId));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private Task<ShiftSignUpStatus?> StatusAsync(int shiftId, int volunteerId) =>
        _factory.WithDbAsync((db, _) => db.ShiftSignUps.Where(s => s.ShiftId == shiftId && s.VolunteerId == volunteerId).OrderByDescending(s => s.Id).Select(s => (ShiftSignUpStatus?)s.Status).FirstOrDefaultAsync());
}
