using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Infrastructure.Search;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Persistence.SqlServer;

/// <summary>
/// What only a live SQL Server can show: the hand-written search objects work after the migration,
/// in whichever mode the server supports. The rest of the suite runs on SQL Server the same way
/// (scripts/test-sqlserver.sh); without a server these are skipped with the reason.
/// </summary>
public class SqlServerLiveTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [SqlServerFact]
    public async Task Search_text_follows_a_vacancy_and_its_organisation_and_ignores_accents_and_case()
    {
        // The organisation is "Natuurgroep Kromme Rijn": its name is searched with the vacancy's text.
        var vacancy = await factory.OpenVacancyAsync("Gastvrouw KOFFIEOCHTEND in het Café");

        var mode = await factory.WithDbAsync((db, _) => SqlServerFullText.UsesFullTextAsync(db, CancellationToken.None));
        var words = SearchWords.From("cafe koffieochtend kromme");
        var found = await factory.WithDbAsync((db, _) => (mode ? SqlServerFullText.FullTextHits(db, words) : SqlServerFullText.FallbackHits(db, words)).Select(h => h.Id).ToListAsync());

        Assert.True(found.Contains(vacancy.Id), SqlServerFullText.Describe(mode));
    }
}
