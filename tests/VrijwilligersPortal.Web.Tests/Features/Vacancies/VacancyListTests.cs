using System.Net;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Features.Vacancies;

/// <summary>One vacancy in every state that should or should not be public, seeded once for the class.</summary>
public sealed class VacancyListFixture : PortalFactory, IAsyncLifetime
{
    public Dictionary<string, int> Ids { get; } = [];

    public async Task InitializeAsync()
    {
        var factory = this;
        var member = await factory.UserAsync(PortalRoles.OrganisationMember);
        var approved = await factory.OrganisationAsync(member.Id);
        var pending = await factory.OrganisationAsync(member.Id, OrganisationStatus.Pending, "Repair Café Zuilen");
        var suspended = await factory.OrganisationAsync(member.Id, OrganisationStatus.Suspended, "Geschorste Stichting");
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);

        async Task Add(string key, int organisation, VacancyStatus status, Func<VacancyContent, VacancyContent>? change = null, int daysAgo = 0) =>
            Ids[key] = (await factory.VacancyAsync(organisation, key, status, change, factory.Clock.GetUtcNow().AddDays(-daysAgo))).Id;

        await Add("Zichtbaar ouder", approved.Id, VacancyStatus.Published, daysAgo: 3);
        await Add("Zichtbaar nieuw", approved.Id, VacancyStatus.Published, daysAgo: 1);
        await Add("Loopt vandaag af", approved.Id, VacancyStatus.Published, c => c with { EndDate = today });
        await Add("Concept", approved.Id, VacancyStatus.Draft);
        await Add("Ter beoordeling", approved.Id, VacancyStatus.Submitted);
        await Add("Gepauzeerd", approved.Id, VacancyStatus.Paused);
        await Add("Gesloten", approved.Id, VacancyStatus.Closed);
        await Add("Van wachtende organisatie", pending.Id, VacancyStatus.Published);
        await Add("Van geschorste organisatie", suspended.Id, VacancyStatus.Published);

        // Published while its end date was ahead; the clock has since passed it.
        await Add("Verlopen", approved.Id, VacancyStatus.Published, c => c with { EndDate = today.AddDays(-1) }, daysAgo: 10);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

public class VacancyListTests(VacancyListFixture factory) : IClassFixture<VacancyListFixture>
{
    private readonly Dictionary<string, int> _ids = factory.Ids;

    [Fact]
    public async Task The_list_shows_only_published_unexpired_vacancies_of_approved_organisations_newest_first()
    {
        using var client = factory.CreatePortalClient();

        var page = await client.GetPageAsync("/vacatures");

        var titles = page.QuerySelectorAll(".vacancy-card h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Loopt vandaag af", "Zichtbaar nieuw", "Zichtbaar ouder"], titles);
        Assert.Contains("3 vacatures", page.QuerySelector("main [role=status]")!.TextContent);
    }

    [Theory]
    [InlineData("Concept")]
    [InlineData("Ter beoordeling")]
    [InlineData("Gepauzeerd")]
    [InlineData("Gesloten")]
    [InlineData("Van wachtende organisatie")]
    [InlineData("Van geschorste organisatie")]
    [InlineData("Verlopen")]
    public async Task A_vacancy_that_is_not_public_is_not_found_at_its_address(string title)
    {
        using var client = factory.CreatePortalClient();

        var response = await client.GetAsync($"/vacatures/{_ids[title]}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_detail_page_shows_the_vacancy_and_its_organisation()
    {
        using var client = factory.CreatePortalClient();

        var page = await client.GetPageAsync($"/vacatures/{_ids["Zichtbaar nieuw"]}/zichtbaar-nieuw");

        Assert.Equal("Zichtbaar nieuw", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Natuurgroep Kromme Rijn", page.QuerySelector(".lead")!.TextContent);
        Assert.Contains("zaterdagochtend", page.QuerySelector(".facts")!.TextContent);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/verkeerde-naam")]
    public async Task A_detail_address_without_the_right_name_redirects_permanently_to_the_canonical_one(string suffix)
    {
        using var client = factory.CreatePortalClient();
        var id = _ids["Zichtbaar ouder"];

        var response = await client.GetAsync($"/vacatures/{id}{suffix}");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/vacatures/{id}/zichtbaar-ouder", response.Headers.Location!.OriginalString);
    }
}

public sealed class TwentyFiveVacanciesFixture : PortalFactory, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        var factory = this;
        var member = await factory.UserAsync(PortalRoles.OrganisationMember);
        var organisation = await factory.OrganisationAsync(member.Id);
        for (var i = 1; i <= 25; i++)
        {
            await factory.VacancyAsync(organisation.Id, $"Vacature {i:00}", publishedAt: factory.Clock.GetUtcNow().AddHours(i));
        }
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

public class VacancyPagingTests(TwentyFiveVacanciesFixture factory) : IClassFixture<TwentyFiveVacanciesFixture>
{
    [Theory]
    [InlineData("", 20, "Vacature 25")]
    [InlineData("?pagina=2", 5, "Vacature 05")]
    [InlineData("?pagina=99", 5, "Vacature 05")]
    [InlineData("?pagina=-4", 20, "Vacature 25")]
    [InlineData("?pagina=abc", 20, "Vacature 25")]
    public async Task Pages_hold_twenty_and_a_page_number_out_of_range_shows_the_nearest_page(string query, int count, string first)
    {
        using var client = factory.CreatePortalClient();

        var page = await client.GetPageAsync("/vacatures" + query);

        var titles = page.QuerySelectorAll(".vacancy-card h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(count, titles.Count);
        Assert.Equal(first, titles[0]);
        Assert.Contains("25 vacatures", page.QuerySelector("main [role=status]")!.TextContent);
    }

    [Fact]
    public async Task The_pager_links_to_the_next_page()
    {
        using var client = factory.CreatePortalClient();

        var page = await client.GetPageAsync("/vacatures");

        Assert.Equal("/vacatures?pagina=2", page.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("page", page.QuerySelector(".pagination [aria-current]")!.GetAttribute("aria-current"));
    }
}
