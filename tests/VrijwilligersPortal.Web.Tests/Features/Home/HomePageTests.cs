using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Features.Home;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Features.Home;

public class HomePageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Shows_the_newest_public_vacancies_and_how_many_are_open_and_follows_a_new_one()
    {
        var member = await factory.UserAsync(PortalRoles.OrganisationMember);
        var approved = await factory.OrganisationAsync(member.Id, name: "Buurthuis De Linde");
        var pending = await factory.OrganisationAsync(member.Id, OrganisationStatus.Pending, "Nog Niet Goedgekeurd");
        var start = factory.Clock.GetUtcNow();
        for (var i = 1; i <= 7; i++)
        {
            await factory.VacancyAsync(approved.Id, $"Openbare vacature {i}", publishedAt: start.AddHours(i - 10));
        }

        await factory.VacancyAsync(approved.Id, "Concept dat niemand ziet", VacancyStatus.Draft);
        await factory.VacancyAsync(pending.Id, "Van een organisatie die nog wacht");
        using var visitor = factory.CreatePortalClient();

        var page = await visitor.GetPageAsync("/");

        var titles = page.QuerySelectorAll("main article h3, main article h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(HomeController.RecentCount, titles.Count);
        Assert.Equal(Enumerable.Range(2, 6).Reverse().Select(i => $"Openbare vacature {i}"), titles);
        Assert.Contains("Er staan nu 7 vacatures open", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        // A vacancy published after the first visit shows up on the next one (the search cache is refreshed).
        await factory.VacancyAsync(approved.Id, "Net gepubliceerd", publishedAt: start);
        var again = await visitor.GetPageAsync("/");
        Assert.Equal("Net gepubliceerd", again.QuerySelectorAll("main article h3, main article h2").First().TextContent.Trim());
        Assert.Contains("Er staan nu 8 vacatures open", again.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_portals_tagline_is_translated_and_a_centres_own_stays_dutch_and_says_so_on_an_english_page()
    {
        using var visitor = factory.CreatePortalClient();
        visitor.Http.DefaultRequestHeaders.Add("Accept-Language", "en-GB,en;q=0.9");

        var portals = (await visitor.GetPageAsync("/")).QuerySelector("h1")!;

        Assert.Equal("Find volunteer work that suits you", portals.TextContent);
        Assert.Null(portals.GetAttribute("lang"));

        using var centre = factory.WithWebHostBuilder(b => b.UseSetting("Centre:Tagline", "Samen maken we de buurt"));
        using var reader = new PortalClient(centre.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false }));
        reader.Http.DefaultRequestHeaders.Add("Accept-Language", "en-GB,en;q=0.9");
        var own = (await reader.GetPageAsync("/")).QuerySelector("h1")!;
        Assert.Equal("Samen maken we de buurt", own.TextContent);
        Assert.Equal("nl", own.GetAttribute("lang"));

        using var dutchReader = new PortalClient(centre.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false }));
        Assert.Null((await dutchReader.GetPageAsync("/")).QuerySelector("h1")!.GetAttribute("lang"));
    }
}
