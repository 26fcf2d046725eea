using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Features.BackOffice.Reports;

/// <summary>The known scenario before the placed volunteer asks to be erased.</summary>
public sealed class ReportScenarioBeforeErasure : ReportScenario
{
    public override Task InitializeAsync() => SeedAsync(erase: false);
}

/// <summary>
/// Erasure (AVG) keeps the anonymous records, and the figures are built from those: the report
/// for March says the same before and after a placed volunteer's data are erased, except that the
/// erased person's age is no longer known.
/// </summary>
public class ErasedVolunteerReportTests(ReportScenarioBeforeErasure scenario) : IClassFixture<ReportScenarioBeforeErasure>
{
    private const string March = "/beheer/rapportages?periode=maand&jaar=2026&maand=3";

    [Fact]
    public async Task A_placed_volunteer_whose_data_are_erased_is_still_counted()
    {
        var (client, _) = await scenario.SignedInStaffAsync();
        var before = await client.GetPageAsync(March);

        await scenario.EraseAsync();
        var after = await client.GetPageAsync(March);

        foreach (var (table, row) in new[] { ("vrijwilligers", "Geplaatst"), ("vrijwilligers", "Actief"), ("vrijwilligers", "Nieuw ingeschreven"), ("reacties", "Geplaatst"), ("reacties", "Verstuurd"), ("reacties", "Ingetrokken"), ("organisaties", "Bediend") })
        {
            Assert.Equal(ReportFigureTests.PageRow(before, table, row), ReportFigureTests.PageRow(after, table, row));
        }

        Assert.Equal(["3", "0", "0"], ReportFigureTests.PageRow(after, "vrijwilligers", "Geplaatst"));
        Assert.Equal(["0", "0", "0"], ReportFigureTests.PageRow(before, "bereikt-leeftijd", "Onbekend"));
        Assert.Equal(["< 5", "0", "0"], ReportFigureTests.PageRow(after, "bereikt-leeftijd", "Onbekend"));
    }
}
