using System.Net;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Hours;
using VrijwilligersPortal.Web.Tests.Support;
using static VrijwilligersPortal.Web.Tests.Features.Organisation.OrganisationTestData;

namespace VrijwilligersPortal.Web.Tests.Features.Certificates;

/// <summary>The certificate of volunteering (issue 17): a printable page with code and QR, and the public check that shows only its figures.</summary>
public class CertificateTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public CertificateTests(PortalFactory factory)
    {
        _factory = factory;
        _factory.Clock.Set(PortalFactory.Start);
    }

    [Fact]
    public async Task A_volunteer_makes_a_certificate_and_the_public_page_confirms_initials_hours_period_and_date_only()
    {
        using var volunteer = await _factory.SignedInVolunteerAsync("Sanne de Vries");
        var vacancy = await _factory.OpenVacancyAsync("NLdoet opruimen");
        await ConfirmedHoursAsync(volunteer.VolunteerId, vacancy, new DateOnly(2026, 3, 14), TimeSpan.FromHours(3.5));
        await ConfirmedHoursAsync(volunteer.VolunteerId, vacancy, new DateOnly(2026, 9, 12), TimeSpan.FromHours(4));
        await ConfirmedHoursAsync(volunteer.VolunteerId, vacancy, new DateOnly(2025, 9, 12), TimeSpan.FromHours(10));

        var made = await volunteer.Client.SubmitFormAsync("/mijn/bewijs", new Dictionary<string, string> { ["From"] = "2026-01-01", ["To"] = "2026-11-01" });

        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var page = await volunteer.Client.GetPageAsync(made.Headers.Location!.OriginalString);
        Assert.Equal("7,5", page.QuerySelector("#totaal")!.TextContent.Trim());
        Assert.Contains("Sanne de Vries", page.QuerySelector("article")!.TextContent);
        Assert.StartsWith("data:image/png;base64,", page.QuerySelector("article img[alt^='QR']")!.GetAttribute("src"));
        var code = page.QuerySelector("#code")!.TextContent.Trim();
        var link = page.QuerySelector("#controle-link")!.GetAttribute("href")!;
        Assert.EndsWith($"/bewijs/{code}", link, StringComparison.OrdinalIgnoreCase);

        using var school = _factory.CreatePortalClient();
        var check = await school.GetPageAsync(new Uri(link).PathAndQuery);
        Assert.Equal("S. de V.", check.QuerySelector("#voorletters")!.TextContent.Trim());
        Assert.Equal("7,5", check.QuerySelector("#uren")!.TextContent.Trim());
        Assert.Equal("1 januari 2026 – 1 november 2026", check.QuerySelector("#periode")!.TextContent.Trim());
        Assert.Equal("2 november 2026", check.QuerySelector("#uitgegeven")!.TextContent.Trim());
        Assert.DoesNotContain("Vries", check.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain("NLdoet", check.QuerySelector("main")!.TextContent);

        // One character changed, and a made-up code: not found.
        var altered = code[..^1] + (code[^1] == 'A' ? 'B' : 'A');
        var forged = await school.GetAsync($"/bewijs/{altered}");
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Contains("niet gevonden", (await PortalClient.ReadPageAsync(forged, HttpStatusCode.NotFound)).QuerySelector("#uitslag")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await school.GetAsync("/bewijs/verzonnen")).StatusCode);
    }

    [Fact]
    public async Task A_period_without_confirmed_hours_gets_a_dutch_message_and_another_volunteers_certificate_is_not_found()
    {
        using var volunteer = await _factory.SignedInVolunteerAsync("Tom Zonder");

        var refused = await volunteer.Client.SubmitFormAsync("/mijn/bewijs", new Dictionary<string, string> { ["From"] = "2026-01-01", ["To"] = "2026-11-01" });

        var page = await PortalClient.ReadPageAsync(refused);
        Assert.Equal("In deze periode zijn geen bevestigde uren.", page.QuerySelector("#To-fout")!.TextContent.Trim());
        Assert.Equal("2026-11-01", page.FieldValue("#To"));
        Assert.False(await _factory.WithDbAsync((db, _) => db.Certificates.AnyAsync(c => c.VolunteerId == volunteer.VolunteerId)));

        using var other = await _factory.SignedInVolunteerAsync("Uma Ander");
        var vacancy = await _factory.OpenVacancyAsync("Collecte");
        await ConfirmedHoursAsync(other.VolunteerId, vacancy, new DateOnly(2026, 5, 1), TimeSpan.FromHours(2));
        var made = await other.Client.SubmitFormAsync("/mijn/bewijs", new Dictionary<string, string> { ["From"] = "2026-01-01", ["To"] = "2026-11-01" });
        Assert.Equal(HttpStatusCode.NotFound, (await volunteer.Client.GetAsync(made.Headers.Location!.OriginalString)).StatusCode);
    }

    private Task ConfirmedHoursAsync(int volunteerId, Domain.Vacancies.Vacancy vacancy, DateOnly date, TimeSpan duration) =>
        _factory.WithDbAsync(async (db, _) =>
        {
            db.HourEntries.Add(HourEntry.Log(volunteerId, vacancy.OrganisationId, vacancy.Id, date, date, (int)duration.TotalMinutes, null, _factory.Clock.GetUtcNow().AddDays(-1)));
            await db.SaveChangesAsync();
            var entry = await db.HourEntries.OrderByDescending(h => h.Id).FirstAsync(h => h.VolunteerId == volunteerId);
            entry.Confirm(null, Guid.NewGuid(), _factory.Clock.GetUtcNow().AddDays(-1));
            await db.SaveChangesAsync();
        });
}
