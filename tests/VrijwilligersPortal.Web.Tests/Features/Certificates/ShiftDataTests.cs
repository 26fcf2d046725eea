using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Hours;
using VrijwilligersPortal.Domain.Shifts;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Features.Certificates;

/// <summary>Sign-ups, hours and certificates in the volunteer's own data: exported, and after erasure gone except the anonymous hours (issue 17).</summary>
public class ShiftDataTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public ShiftDataTests(PortalFactory factory)
    {
        _factory = factory;
        _factory.Clock.Set(PortalFactory.Start);
    }

    [Fact]
    public async Task Sign_ups_hours_and_certificates_are_in_the_export_and_erasure_keeps_only_anonymous_hours()
    {
        using var volunteer = await _factory.SignedInVolunteerAsync("Rosa Dienst");
        var vacancy = await _factory.OpenVacancyAsync("Burendag");
        var now = _factory.Clock.GetUtcNow();
        await _factory.WithDbAsync(async (db, _) =>
        {
            var shift = Shift.Plan(vacancy.Id, new ShiftPlan(new DateOnly(2026, 11, 7), new TimeOnly(9, 0), new TimeOnly(12, 0), null, 2), false, now);
            var signUp = shift.SignUp(volunteer.VolunteerId, new SignUpDetails(ContactPreference.Phone, "Graag een stoel."), [], now);
            db.Shifts.Add(shift);
            await db.SaveChangesAsync();
            shift.RecordAttendance(signUp.Id, true, shift.StartsAt);
            db.HourEntries.Add(HourEntry.FromShift(volunteer.VolunteerId, vacancy.OrganisationId, vacancy.Id, signUp.Id, shift.Date, shift.Duration, Guid.NewGuid(), now));
            db.Certificates.Add(Certificate.Issue("RSDN-2026-ABCD", volunteer.VolunteerId, "Rosa Dienst", new DateOnly(2026, 1, 1), new DateOnly(2026, 11, 1), 180, now));
            await db.SaveChangesAsync();
        });

        var download = await volunteer.Client.GetAsync("/mijn/gegevens/download");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        using var json = JsonDocument.Parse(await download.Content.ReadAsStringAsync());
        var shiftJson = Assert.Single(json.RootElement.GetProperty("diensten").EnumerateArray());
        Assert.Equal("Burendag", shiftJson.GetProperty("activiteit").GetString());
        Assert.Equal("Graag een stoel.", shiftJson.GetProperty("gedeeldMetOrganisatie").GetString());
        Assert.True(shiftJson.GetProperty("aanwezig").GetBoolean());
        var hoursJson = Assert.Single(json.RootElement.GetProperty("uren").EnumerateArray());
        Assert.Equal(3m, hoursJson.GetProperty("uren").GetDecimal());
        Assert.Equal("RSDN-2026-ABCD", Assert.Single(json.RootElement.GetProperty("bewijzenVanInzet").EnumerateArray()).GetProperty("code").GetString());

        var erased = await volunteer.Client.SubmitFormAsync("/mijn/gegevens/verwijderen", new Dictionary<string, string> { ["Password"] = TestData.Password });

        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
        Assert.False(await _factory.WithDbAsync((db, _) => db.ShiftSignUps.AnyAsync(s => s.VolunteerId == volunteer.VolunteerId)));
        Assert.False(await _factory.WithDbAsync((db, _) => db.Certificates.AnyAsync(c => c.VolunteerId == volunteer.VolunteerId)));
        var kept = await _factory.WithDbAsync((db, _) => db.HourEntries.AsNoTracking().SingleAsync(h => h.VolunteerId == volunteer.VolunteerId));
        Assert.Equal(180, kept.Minutes);
        Assert.Null(kept.ShiftSignUpId);
        using var school = _factory.CreatePortalClient();
        Assert.Equal(HttpStatusCode.NotFound, (await school.GetAsync("/bewijs/RSDN-2026-ABCD")).StatusCode);
    }
}
