using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Hours;
using VrijwilligersPortal.Infrastructure.Audit;
using VrijwilligersPortal.Web.Tests.Features.BackOffice;
using VrijwilligersPortal.Web.Tests.Support;
using static VrijwilligersPortal.Web.Tests.Features.Organisation.OrganisationTestData;

namespace VrijwilligersPortal.Web.Tests.Features.Hours;

/// <summary>Hours (issue 17): logged by the volunteer for a placement, confirmed or corrected by the organisation in bulk, shown per organisation and year, counted in the report.</summary>
public class HoursTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public HoursTests(PortalFactory factory)
    {
        _factory = factory;
        _factory.Clock.Set(PortalFactory.Start);
    }

    [Fact]
    public async Task Bad_hours_get_dutch_messages_next_to_the_field_with_the_typing_kept_and_nothing_saved()
    {
        var (volunteer, vacancy, _) = await PlacedVolunteerAsync("Moestuin Oost", "Hanna Uren");
        using var client = volunteer.Client;

        var response = await client.SubmitFormAsync("/mijn/uren", new Dictionary<string, string> { ["From"] = "2026-10-26", ["To"] = "2026-10-20", ["Hours"] = "veel", ["Note"] = "Onkruid gewied" });

        var page = await PortalClient.ReadPageAsync(response);
        Assert.Equal("Het einde van de periode ligt niet vóór het begin.", page.QuerySelector("#To-fout")!.TextContent.Trim());
        Assert.Equal("Geef een aantal uren groter dan 0, bijvoorbeeld 3,5.", page.QuerySelector("#Hours-fout")!.TextContent.Trim());
        Assert.Equal("veel", page.FieldValue("#Hours"));
        Assert.Equal("Onkruid gewied", page.FieldValue("#Note"));
        var tooMany = await PortalClient.ReadPageAsync(await client.SubmitFormAsync("/mijn/uren", new Dictionary<string, string> { ["From"] = "2026-10-26", ["To"] = "2026-10-26", ["Hours"] = "25" }));
        Assert.Equal("Dat zijn meer uren dan de periode heeft.", tooMany.QuerySelector("#Hours-fout")!.TextContent.Trim());

        // A vacancy the volunteer was never placed on, typed into the form.
        var other = await _factory.OpenVacancyAsync("Niet mijn plaatsing");
        var token = await client.AntiforgeryTokenAsync("/mijn/uren");
        var forged = await client.Http.PostAsync("/mijn/uren", new FormUrlEncodedContent([
            new("__RequestVerificationToken", token), new("VacancyId", other.Id.ToString(CultureInfo.InvariantCulture)), new("From", "2026-10-26"), new("To", "2026-11-01"), new("Hours", "4")]));
        Assert.Equal("Kies een van je plaatsingen.", (await PortalClient.ReadPageAsync(forged)).QuerySelector("#VacancyId-fout")!.TextContent.Trim());
        Assert.False(await _factory.WithDbAsync((db, _) => db.HourEntries.AnyAsync(h => h.VolunteerId == volunteer.VolunteerId)));
        Assert.NotEqual(vacancy.Id, other.Id);
    }

    [Fact]
    public async Task The_organisation_confirms_logged_hours_in_bulk_with_a_correction_and_the_volunteer_sees_them_per_organisation_and_year()
    {
        var (volunteer, _, organisation) = await PlacedVolunteerAsync("Dierenweide", "Ivo Uren");
        using var client = volunteer.Client;
        await LogAsync(client, "2026-10-05", "2026-10-11", "4,5");
        await LogAsync(client, "2026-10-12", "2026-10-18", "6");
        var (member, memberUser) = await MemberOfAsync(organisation);
        using var memberClient = member;

        var page = await memberClient.GetPageAsync("/organisatie/uren");
        Assert.Equal(2, page.QuerySelectorAll("input[name=Selected]").Length);
        var entries = await _factory.WithDbAsync((db, _) => db.HourEntries.Where(h => h.VolunteerId == volunteer.VolunteerId).OrderBy(h => h.PeriodStart).Select(h => h.Id).ToListAsync());
        var badCorrection = await memberClient.SubmitFormAsync(page, "/organisatie/uren", new List<KeyValuePair<string, string>>
        {
            new("Selected", entries[0].ToString(CultureInfo.InvariantCulture)), new("Selected", entries[1].ToString(CultureInfo.InvariantCulture)),
            new($"Corrected[{entries[1]}]", "999"),
        });
        Assert.Contains("Geef een aantal uren groter dan 0 en hoogstens 168.", (await PortalClient.ReadPageAsync(badCorrection)).QuerySelector($"#correctie-{entries[1]}-fout")!.TextContent);
        Assert.False(await _factory.WithDbAsync((db, _) => db.HourEntries.AnyAsync(h => h.VolunteerId == volunteer.VolunteerId && h.Status == HourStatus.Confirmed)));

        var confirmed = await memberClient.SubmitFormAsync(page, "/organisatie/uren", new List<KeyValuePair<string, string>>
        {
            new("Selected", entries[0].ToString(CultureInfo.InvariantCulture)), new("Selected", entries[1].ToString(CultureInfo.InvariantCulture)),
            new($"Corrected[{entries[1]}]", "5,5"),
        });

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var stored = await _factory.WithDbAsync((db, _) => db.HourEntries.AsNoTracking().Where(h => h.VolunteerId == volunteer.VolunteerId).OrderBy(h => h.PeriodStart).ToListAsync());
        Assert.All(stored, h => Assert.Equal(HourStatus.Confirmed, h.Status));
        Assert.Equal(330, stored[1].Minutes);
        Assert.Equal(360, stored[1].LoggedMinutes);
        Assert.Equal(2, await _factory.WithDbAsync((db, _) => db.AuditEntries.CountAsync(e => e.UserId == memberUser.Id && e.Action == AuditActions.Hours.Confirm)));
        var mine = await client.GetPageAsync("/mijn/uren");
        var row = mine.QuerySelector("#bevestigde-uren tbody tr")!.TextContent;
        Assert.Contains("2026", row);
        Assert.Contains(organisation.Name, row);
        Assert.Contains("10", row);
    }

    [Fact]
    public async Task Another_organisations_hours_cannot_be_confirmed_by_changing_the_id()
    {
        var (volunteer, _, _) = await PlacedVolunteerAsync("Voedselbank", "Jan Uren");
        using var client = volunteer.Client;
        await LogAsync(client, "2026-10-05", "2026-10-11", "3");
        var entry = await _factory.WithDbAsync((db, _) => db.HourEntries.Where(h => h.VolunteerId == volunteer.VolunteerId).Select(h => h.Id).SingleAsync());
        var (outsider, _, _) = await _factory.SignedInMemberAsync(name: "Andere Club");
        using var outsiderClient = outsider;

        var token = await outsiderClient.AntiforgeryTokenAsync("/organisatie/uren");
        var response = await outsiderClient.Http.PostAsync("/organisatie/uren", new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Selected", entry.ToString(CultureInfo.InvariantCulture))]));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HourStatus.Logged, await _factory.WithDbAsync((db, _) => db.HourEntries.Where(h => h.Id == entry).Select(h => h.Status).SingleAsync()));
    }

    [Fact]
    public async Task The_report_counts_confirmed_hours_per_period_and_category()
    {
        var (volunteer, _, organisation) = await PlacedVolunteerAsync("Repair café", "Karin Uren");
        using var client = volunteer.Client;
        await LogAsync(client, "2026-10-05", "2026-10-11", "7,5");
        await _factory.WithDbAsync(async (db, _) =>
        {
            foreach (var entry in await db.HourEntries.Where(h => h.OrganisationId == organisation.Id).ToListAsync())
            {
                entry.Confirm(null, Guid.NewGuid(), _factory.Clock.GetUtcNow());
            }

            await db.SaveChangesAsync();
        });
        var expected = await _factory.WithDbAsync(async (db, _) => (await db.HourEntries.Where(h => h.Status == HourStatus.Confirmed && h.PeriodStart.Year == 2026).Select(h => h.Minutes).ToListAsync()).Sum() / 60m);
        var (staff, _) = await _factory.SignedInStaffAsync();
        using var staffClient = staff;

        var page = await staffClient.GetPageAsync("/beheer/rapportages?periode=jaar&jaar=2026");

        var total = page.QuerySelector("table[data-table='uren'] tbody tr td")!.TextContent.Trim();
        Assert.Equal(expected.ToString("0.0", CultureInfo.GetCultureInfo("nl-NL")), total);
        Assert.True(expected >= 7.5m);
        Assert.NotNull(page.QuerySelector("table[data-table='uren-per-categorie']"));
        var csv = await staffClient.GetAsync("/beheer/rapportages/csv/uren?periode=jaar&jaar=2026");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
    }

    private async Task<(SignedInVolunteer Volunteer, Domain.Vacancies.Vacancy Vacancy, Domain.Organisations.Organisation Organisation)> PlacedVolunteerAsync(string vacancyTitle, string name)
    {
        var vacancy = await _factory.OpenVacancyAsync(vacancyTitle);
        var volunteer = await _factory.SignedInVolunteerAsync(name);
        await _factory.ApplicationAsync(vacancy.Id, volunteer.VolunteerId, _factory.Clock.GetUtcNow(), then: a => a.Place(Guid.NewGuid(), _factory.Clock.GetUtcNow()));
        var organisation = await _factory.WithDbAsync((db, _) => db.Organisations.AsNoTracking().SingleAsync(o => o.Id == vacancy.OrganisationId));
        return (volunteer, vacancy, organisation);
    }

    private async Task<(PortalClient Client, Infrastructure.Identity.PortalUser User)> MemberOfAsync(Domain.Organisations.Organisation organisation)
    {
        var memberId = await _factory.WithDbAsync((db, _) => db.Organisations.Where(o => o.Id == organisation.Id).SelectMany(o => o.Members).Select(m => m.UserId).FirstAsync());
        var user = await _factory.WithDbAsync((db, _) => db.Users.SingleAsync(u => u.Id == memberId));
        var client = _factory.CreatePortalClient();
        await client.LogInAsync(user.Email!);
        return (client, user);
    }

    private static async Task LogAsync(PortalClient client, string from, string to, string hours)
    {
        var response = await client.SubmitFormAsync("/mijn/uren", new Dictionary<string, string> { ["From"] = from, ["To"] = to, ["Hours"] = hours });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
