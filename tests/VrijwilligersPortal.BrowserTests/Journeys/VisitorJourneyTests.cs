using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using VrijwilligersPortal.BrowserTests.Support;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.BrowserTests.Journeys;

/// <summary>Journey 1: a visitor without an account looks for volunteer work.</summary>
[Collection(BrowserCollection.Name)]
public sealed class VisitorJourneyTests(BrowserPortal portal)
{
    [BrowserFact]
    public async Task Visitor_goes_from_the_home_page_through_the_vacancy_list_to_a_vacancy()
    {
        await using var journey = await portal.StartJourneyAsync();
        var page = journey.Page;

        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await page.CheckAccessibleAsync("home");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Vacatures" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(portal.BaseAddress, "/vacatures").ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Vacatures" })).ToBeVisibleAsync();
        await page.CheckAccessibleAsync("vacatures");

        // Paging is part of the journey whenever the public vacancies do not fit on the first page.
        var cardsOnFirstPage = await page.Locator("main article").CountAsync();
        Assert.True(cardsOnFirstPage > 0, "The demo centre has public vacancies, so the list shows some.");
        if (await PublicVacancyCountAsync() > cardsOnFirstPage)
        {
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Paginanummers" }).GetByRole(AriaRole.Link, new() { Name = "Volgende" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"[?&]pagina=2(&|$)"));
            await Assertions.Expect(page.Locator("[aria-current=page]")).ToHaveTextAsync("2");
            await page.CheckAccessibleAsync("vacatures-pagina-2");
        }

        var firstVacancy = page.Locator("main article").First.GetByRole(AriaRole.Link).First;
        var title = (await firstVacancy.InnerTextAsync()).Trim();
        await firstVacancy.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await page.CheckAccessibleAsync("vacature");
    }

    [BrowserFact]
    public async Task Visitor_searches_by_word_then_narrows_by_postcode_distance_and_category_and_opens_a_result()
    {
        await using var journey = await portal.StartJourneyAsync();
        var page = journey.Page;

        await page.GotoAsync("/");
        var homeSearch = page.GetByRole(AriaRole.Search, new() { Name = "Vacatures zoeken" });
        await homeSearch.GetByLabel("Wat wil je doen?").FillAsync("natuur");
        await homeSearch.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/vacatures\?q=natuur"));
        var byWord = await page.Locator("main article").CountAsync();
        Assert.True(byWord > 0, "The demo centre has vacancies about nature.");
        await page.CheckAccessibleAsync("zoeken-woord");

        // Without JavaScript the filters are plain form fields: fill them and submit.
        await page.GetByLabel("Postcode of plaats").FillAsync("3581 AB");
        await page.GetByLabel("Afstand", new() { Exact = true }).SelectOptionAsync("5");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Natuur & milieu" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Filters toepassen" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"postcode=3581\+AB.*afstand=5.*categorie=natuur-milieu"));
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("binnen 5 km van 3581 Utrecht");
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Natuur & milieu" })).ToBeCheckedAsync();
        var narrowed = page.Locator("main article");
        Assert.InRange(await narrowed.CountAsync(), 1, byWord);
        await Assertions.Expect(narrowed.First).ToContainTextAsync("km");
        await page.CheckAccessibleAsync("zoeken-filters");

        var first = narrowed.First.GetByRole(AriaRole.Link).First;
        var title = (await first.InnerTextAsync()).Trim();
        await first.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);

        // Back keeps the search: it is all in the URL.
        await page.GoBackAsync();
        await Assertions.Expect(page.GetByLabel("Postcode of plaats")).ToHaveValueAsync("3581 AB");
    }

    [BrowserFact]
    public async Task Visitor_following_a_dead_link_gets_an_accessible_page_that_leads_back()
    {
        await using var journey = await portal.StartJourneyAsync();
        var page = journey.Page;

        var response = await page.GotoAsync("/vacatures/999999/bestaat-niet");
        Assert.Equal(404, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Pagina niet gevonden");
        await page.CheckAccessibleAsync("niet-gevonden");

        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Naar de vacatures" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Vacatures" })).ToBeVisibleAsync();
    }

    private async Task<int> PublicVacancyCountAsync()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Vacancies.PublicOn(scope.ServiceProvider.GetRequiredService<TimeProvider>().Today()).CountAsync();
    }
}
