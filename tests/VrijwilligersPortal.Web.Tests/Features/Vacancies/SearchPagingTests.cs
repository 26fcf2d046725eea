using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Features.Vacancies;

public sealed class FortyFiveVacanciesFixture : PortalFactory, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        var member = await this.UserAsync(PortalRoles.OrganisationMember);
        var organisation = await this.OrganisationAsync(member.Id);
        for (var i = 1; i <= 45; i++)
        {
            await this.VacancyAsync(organisation.Id, $"Klus {i:00}", publishedAt: Clock.GetUtcNow().AddHours(-i));
        }

        await this.VacancyAsync(organisation.Id, "Iets anders", change: c => c with { Description = "Niets te maken." });
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

public class SearchPagingTests(FortyFiveVacanciesFixture factory) : IClassFixture<FortyFiveVacanciesFixture>
{
    [Theory]
    [InlineData("", 1, 20, "Klus 01")]
    [InlineData("&pagina=2", 2, 20, "Klus 21")]
    [InlineData("&pagina=3", 3, 5, "Klus 41")]
    [InlineData("&pagina=0", 1, 20, "Klus 01")]
    [InlineData("&pagina=-7", 1, 20, "Klus 01")]
    [InlineData("&pagina=99999999999", 1, 20, "Klus 01")]
    [InlineData("&pagina=x", 1, 20, "Klus 01")]
    public async Task Results_come_in_pages_of_twenty_with_the_total(string paging, int pageNumber, int count, string first)
    {
        var page = await SearchTests.SearchAsync(factory, "?q=klus&sorteer=nieuwste" + paging);

        var titles = SearchTests.Titles(page);
        Assert.Equal(count, titles.Count);
        Assert.Equal(first, titles[0]);
        Assert.Contains($"45 vacatures", SearchTests.Status(page));
        Assert.Contains($"pagina {pageNumber} van 3", SearchTests.Status(page));
    }

    [Fact]
    public async Task A_page_past_the_end_shows_the_last_page_and_says_so()
    {
        var page = await SearchTests.SearchAsync(factory, "?q=klus&sorteer=nieuwste&pagina=4");

        Assert.Equal("Klus 41", SearchTests.Titles(page)[0]);
        Assert.Contains("Pagina 4 bestaat niet", SearchTests.Notices(page));
    }

    [Fact]
    public async Task Page_links_keep_the_search()
    {
        var page = await SearchTests.SearchAsync(factory, "?q=klus&sorteer=nieuwste&pagina=2");

        Assert.Equal("/vacatures?q=klus&sorteer=nieuwste&pagina=3", page.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("/vacatures?q=klus&sorteer=nieuwste&pagina=1", page.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
    }
}
