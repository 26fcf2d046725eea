using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Hours;
using VrijwilligersPortal.Domain.Shifts;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Seeding;
using VrijwilligersPortal.Web.Tests.Support;
using static VrijwilligersPortal.Web.Tests.Features.Vacancies.SearchTests;

namespace VrijwilligersPortal.Web.Tests.Seeding;

/// <summary>
/// The demo centre (Development only) as a newcomer first sees it, seeded on a clock far from the
/// real date: its activities with shifts lie around that clock's today, never in the real past.
/// </summary>
public class DemoDataTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>A Sunday, months from the clock the other tests use.</summary>
    private static readonly DateTimeOffset Now = new(2027, 3, 14, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_demo_has_activities_with_shifts_a_waiting_list_approval_and_attended_hours_with_a_certificate_relative_to_the_clock()
    {
        factory.Clock.Set(Now);
        await factory.WithDbAsync(async (db, services) =>
        {
            await DemoData.SeedAsync(db, services.GetRequiredService<UserManager<PortalUser>>(), factory.Clock);
            return true;
        });
        var today = AmsterdamClock.Today(Now);

        var shifts = await factory.WithDbAsync((db, _) => db.Shifts.AsNoTracking().Include(s => s.SignUps)
            .Join(db.Vacancies, s => s.VacancyId, v => v.Id, (s, v) => new { v.Title, Shift = s })
            .ToListAsync());
        List<Shift> Of(string title) => [.. shifts.Where(s => s.Title == title).Select(s => s.Shift).OrderBy(s => s.StartsAt)];

        // NLdoet: one Saturday at least a week ahead, two shifts, the morning full with two waiting.
        var nlDoet = Of(DemoData.NlDoetActivity);
        Assert.Equal(2, nlDoet.Count);
        var saturday = nlDoet[0].Date;
        Assert.Equal(DayOfWeek.Saturday, saturday.DayOfWeek);
        Assert.InRange(saturday.DayNumber - today.DayNumber, 7, 14);
        Assert.Equal(saturday, nlDoet[1].Date);
        Assert.Equal(0, nlDoet[0].PlacesLeft);
        Assert.Equal(2, nlDoet[0].SignUps.Count(s => s.Status == ShiftSignUpStatus.Waiting));

        // The collection week: shifts on five days; Open Monumentendag: sign-ups wait for approval.
        var week = Of(DemoData.CollectionWeek);
        Assert.Equal(5, week.Select(s => s.Date).Distinct().Count());
        Assert.All(week, s => Assert.True(s.Date > today));
        var monuments = Of(DemoData.ApprovalActivity);
        Assert.All(monuments, s => Assert.True(s.NeedsApproval));
        Assert.Contains(monuments, s => s.SignUps.Any(u => u.Status == ShiftSignUpStatus.Pending));

        // The knotploeg's past Saturdays: attended, hours confirmed, and the demo volunteer's certificate.
        var past = Of(DemoData.PastShiftsVacancy);
        Assert.Equal(3, past.Count);
        Assert.All(past, s => Assert.True(s.Date <= today.AddDays(-2)));
        Assert.All(past.SelectMany(s => s.SignUps), u => Assert.True(u.Attended));
        var sanne = await factory.WithDbAsync((db, _) => db.Volunteers.Where(v => v.Email == "vrijwilliger@demo.test").Select(v => v.Id).SingleAsync());
        var hours = await factory.WithDbAsync((db, _) => db.HourEntries.Where(h => h.VolunteerId == sanne && h.Status == HourStatus.Confirmed).SumAsync(h => h.Minutes));
        var certificate = await factory.WithDbAsync((db, _) => db.Certificates.AsNoTracking().SingleAsync(c => c.VolunteerId == sanne));
        Assert.Equal(360, hours);
        Assert.Equal(hours, certificate.Minutes);

        // What a newcomer sees: the activities in search on the NLdoet Saturday, with their dates; the
        // ongoing knotploeg whose shifts are over still listed, without one (docs/adr/0155).
        var iso = saturday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var onSaturday = await SearchAsync(factory, $"?van={iso}&tot={iso}");
        Assert.Equal([DemoData.NlDoetActivity, DemoData.ApprovalActivity], Titles(onSaturday).Order());
        Assert.All(onSaturday.QuerySelectorAll(".vacancy-card"), card => Assert.Contains("Eerstvolgende datum: za " + saturday.Day, card.TextContent));
        var knotploeg = await SearchAsync(factory, "?q=knotploeg");
        Assert.Equal([DemoData.PastShiftsVacancy], Titles(knotploeg));
        Assert.DoesNotContain("Eerstvolgende datum", knotploeg.QuerySelector(".vacancy-card")!.TextContent);

        using var volunteer = factory.CreatePortalClient();
        await volunteer.LogInAsync("vrijwilliger@demo.test", DemoData.Password);
        var mine = (await volunteer.GetPageAsync("/mijn/diensten")).QuerySelector("main table")!.TextContent;
        Assert.Contains(DemoData.NlDoetActivity, mine);
        Assert.Contains("aanwezig", mine);
        using var school = factory.CreatePortalClient();
        var verified = await school.GetPageAsync($"/bewijs/{certificate.Code}");
        Assert.Contains("Dit bewijs is echt", verified.QuerySelector("#uitslag")!.TextContent);
        Assert.Equal("S. de V.", verified.QuerySelector("#voorletters")!.TextContent.Trim());
    }
}
