using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Shifts;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Infrastructure.Search;
using VrijwilligersPortal.Web.Tests.Support;
using static VrijwilligersPortal.Web.Tests.Features.Vacancies.SearchTests;

namespace VrijwilligersPortal.Web.Tests.Features.Vacancies;

/// <summary>
/// The "datum" filter of /vacatures (docs/adr/0133): this weekend or a range of days, matched on the
/// days of not-cancelled shifts the index keeps and updates in place; the next date on the cards;
/// bad dates a Dutch notice; one-off activities whose shifts are all over drop out.
/// The clock starts on Monday 2 November 2026, so this weekend is 7–8 November.
/// </summary>
public class SearchDatesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly DateOnly Saturday = new(2026, 11, 7);

    [Fact]
    public async Task Weekend_and_range_find_vacancies_with_a_shift_on_those_days_and_a_change_to_a_shift_updates_the_index_in_place()
    {
        factory.Clock.Set(PortalFactory.Start);
        var organisation = await OrganisationAsync("Stichting Datums");
        var beach = await factory.VacancyAsync(organisation, "Strand opruimen", change: c => c with { Commitment = Commitment.OneOff });
        var trees = await factory.VacancyAsync(organisation, "Bomen planten", change: c => c with { Commitment = Commitment.OneOff });
        var cancelled = await factory.VacancyAsync(organisation, "Afgelaste markt", change: c => c with { Commitment = Commitment.OneOff });
        await factory.VacancyAsync(organisation, "Vaste tuinman");

        // The index is built before any shift exists: what follows must reach it through the change log.
        Assert.Empty(Titles(await SearchAsync(factory, "?datum=weekend")));

        var beachShift = await ShiftAsync(beach.Id, Saturday);
        await ShiftAsync(trees.Id, Saturday.AddDays(4));
        var marketShift = await ShiftAsync(cancelled.Id, Saturday.AddDays(1));
        await CancelAsync(marketShift);

        var weekend = await SearchAsync(factory, "?datum=weekend");
        Assert.Equal(["Strand opruimen"], Titles(weekend));
        Assert.Contains("Eerstvolgende datum: za 7 november", weekend.QuerySelector(".vacancy-card")!.TextContent);
        Assert.True(weekend.QuerySelector("input[name='datum'][value='weekend']")!.HasAttribute("checked"));

        var range = await SearchAsync(factory, "?van=2026-11-10&tot=2026-11-12");
        Assert.Equal(["Bomen planten"], Titles(range));
        Assert.Equal("2026-11-10", range.QuerySelector("input[name='van']")!.GetAttribute("value"));
        Assert.Equal("2026-11-12", range.QuerySelector("input[name='tot']")!.GetAttribute("value"));

        // "Dit weekend" counts what choosing it would give, given every filter but the dates.
        Assert.Equal("Dit weekend (1 vacature)", WeekendLabel(range));
        Assert.Equal("Dit weekend (1 vacature)", WeekendLabel(weekend));
        Assert.Equal(["Bomen planten", "Strand opruimen"], Titles(await SearchAsync(factory, "?van=2026-11-07&tot=2026-11-11")).Order());

        var all = await SearchAsync(factory, "?q=tuinman");
        Assert.Equal(["Vaste tuinman"], Titles(all));
        Assert.DoesNotContain("Eerstvolgende datum", all.QuerySelector(".vacancy-card")!.TextContent);
        Assert.Equal("Dit weekend (0 vacatures)", WeekendLabel(all));

        // The shift moves to a weekday: no longer this weekend, now in the range.
        await factory.WithDbAsync(async (db, _) =>
        {
            var shift = await db.Shifts.Include(s => s.SignUps).SingleAsync(s => s.Id == beachShift);
            shift.Change(new ShiftPlan(Saturday.AddDays(3), new TimeOnly(10, 0), new TimeOnly(12, 0), null, 4), false, factory.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });
        Assert.Empty(Titles(await SearchAsync(factory, "?datum=weekend")));
        Assert.Equal(["Bomen planten", "Strand opruimen"], Titles(await SearchAsync(factory, "?van=2026-11-10&tot=2026-11-11")).Order());

        // The index changed in place answers like one built now from the database.
        var live = factory.Services.GetRequiredService<PublicVacancyIndex>();
        var fresh = new PublicVacancyIndex(factory.Services.GetRequiredService<IServiceScopeFactory>(), factory.Clock, Options.Create(new PublicVacancyIndexOptions()), NullLogger<PublicVacancyIndex>.Instance);
        for (var day = 0; day < 8; day++)
        {
            var criteria = new VacancySearchCriteria { DatesFrom = Saturday.AddDays(day - 2), DatesTo = Saturday.AddDays(day), PageSize = 100 };
            var today = factory.Clock.Today();
            var expected = await factory.WithDbAsync((db, _) => fresh.SearchAsync(db, criteria, today));
            var actual = await factory.WithDbAsync((db, _) => live.SearchAsync(db, criteria, today));
            Assert.Equal(expected.Hits.Select(h => h.Id), actual.Hits.Select(h => h.Id));
        }
    }

    [Theory]
    [InlineData("?van=2026-13-45&tot=2026-11-12", "Vul een datum in als dag-maand-jaar")]
    [InlineData("?van=morgen", "Vul een datum in als dag-maand-jaar")]
    [InlineData("?van=2026-11-12&tot=2026-11-10", "ligt vóór de datum")]
    [InlineData("?van=2025-01-01&tot=2025-01-31", "in het verleden")]
    [InlineData("?datum=zomer", "Bij datum kennen we alleen")]
    public async Task Bad_dates_get_a_dutch_notice_and_are_ignored(string query, string notice)
    {
        factory.Clock.Set(PortalFactory.Start);
        var organisation = await OrganisationAsync("Stichting Foute Datum");
        await factory.VacancyAsync(organisation, "Zonder diensten");
        var page = await SearchAsync(factory, query);
        Assert.Contains(notice, Notices(page));
        Assert.Contains("Zonder diensten", Titles(page));
    }

    [Fact]
    public async Task A_one_off_activity_whose_shifts_are_all_over_drops_out_of_search_and_returns_with_a_new_shift()
    {
        factory.Clock.Set(PortalFactory.Start);
        var organisation = await OrganisationAsync("Stichting Voorbij");
        var oneOff = await factory.VacancyAsync(organisation, "Herfstmarkt helpen", change: c => c with { Commitment = Commitment.OneOff });
        var ongoing = await factory.VacancyAsync(organisation, "Herfstwandeling begeleiden");
        await ShiftAsync(oneOff.Id, new DateOnly(2026, 11, 3));
        await ShiftAsync(ongoing.Id, new DateOnly(2026, 11, 3));
        Assert.Equal(["Herfstmarkt helpen", "Herfstwandeling begeleiden"], Titles(await SearchAsync(factory, "?q=herfst")).Order());

        factory.Clock.Set(new DateTimeOffset(2026, 11, 5, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal(["Herfstwandeling begeleiden"], Titles(await SearchAsync(factory, "?q=herfst")));

        await ShiftAsync(oneOff.Id, new DateOnly(2026, 11, 20));
        var page = await SearchAsync(factory, "?q=herfst");
        Assert.Equal(["Herfstmarkt helpen", "Herfstwandeling begeleiden"], Titles(page).Order());
        Assert.Contains("Eerstvolgende datum: vr 20 november", page.QuerySelectorAll(".vacancy-card").Single(c => c.TextContent.Contains("Herfstmarkt", StringComparison.Ordinal)).TextContent);
    }

    [Fact]
    public async Task The_fallback_while_the_index_builds_also_leaves_out_a_one_off_activity_that_is_over()
    {
        factory.Clock.Set(PortalFactory.Start);
        var organisation = await OrganisationAsync("Stichting Terwijl");
        var over = await factory.VacancyAsync(organisation, "Lampionnenoptocht", change: c => c with { Commitment = Commitment.OneOff });
        var coming = await factory.VacancyAsync(organisation, "Sinterklaasintocht", change: c => c with { Commitment = Commitment.OneOff });
        var ongoing = await factory.VacancyAsync(organisation, "Vaste verkeersregelaar");
        var withoutShifts = await factory.VacancyAsync(organisation, "Eenmalig zonder diensten", change: c => c with { Commitment = Commitment.OneOff });
        await ShiftAsync(over.Id, new DateOnly(2026, 11, 3));
        var cancelledLater = await ShiftAsync(over.Id, new DateOnly(2026, 11, 21));
        await CancelAsync(cancelledLater);
        await ShiftAsync(coming.Id, new DateOnly(2026, 11, 3));
        await ShiftAsync(coming.Id, new DateOnly(2026, 11, 21));
        await ShiftAsync(ongoing.Id, new DateOnly(2026, 11, 3));
        factory.Clock.Set(new DateTimeOffset(2026, 11, 5, 9, 0, 0, TimeSpan.Zero));

        // A fresh index that is not built and does not wait: the search answers from the database.
        var building = new PublicVacancyIndex(factory.Services.GetRequiredService<IServiceScopeFactory>(), factory.Clock, Options.Create(new PublicVacancyIndexOptions { StartupWaitSeconds = 0 }), NullLogger<PublicVacancyIndex>.Instance);
        var criteria = new VacancySearchCriteria { OrganisationIds = [organisation], PageSize = 100 };
        var today = factory.Clock.Today();
        var fallback = await factory.WithDbAsync((db, _) => building.SearchAsync(db, criteria, today));
        Assert.True(fallback.WhileIndexBuilds);
        Assert.Equal(new[] { coming.Id, ongoing.Id, withoutShifts.Id }.Order(), fallback.Hits.Select(h => h.Id).Order());

        // The same answer as the built index gives.
        var built = await factory.WithDbAsync((db, _) => factory.Services.GetRequiredService<PublicVacancyIndex>().SearchAsync(db, criteria, today));
        Assert.False(built.WhileIndexBuilds);
        Assert.Equal(fallback.Hits.Select(h => h.Id).Order(), built.Hits.Select(h => h.Id).Order());
    }

    private static string WeekendLabel(AngleSharp.Html.Dom.IHtmlDocument page) =>
        string.Join(' ', page.QuerySelector("label[for='datum-weekend']")!.TextContent.Split(default(char[]), StringSplitOptions.RemoveEmptyEntries));

    private async Task<int> OrganisationAsync(string name)
    {
        var member = await factory.UserAsync(PortalRoles.OrganisationMember, email: TestData.UniqueEmail("datums"));
        return (await factory.OrganisationAsync(member.Id, name: name)).Id;
    }

    private Task<int> ShiftAsync(int vacancyId, DateOnly date) =>
        factory.WithDbAsync(async (db, _) =>
        {
            var shift = Shift.Plan(vacancyId, new ShiftPlan(date, new TimeOnly(10, 0), new TimeOnly(12, 0), null, 4), false, factory.Clock.GetUtcNow());
            db.Shifts.Add(shift);
            await db.SaveChangesAsync();
            return shift.Id;
        });

    private Task CancelAsync(int shiftId) =>
        factory.WithDbAsync(async (db, _) =>
        {
            var shift = await db.Shifts.SingleAsync(s => s.Id == shiftId);
            shift.Cancel(factory.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });
}
