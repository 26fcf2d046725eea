using System.Net;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Tests.Support;
using VrijwilligersPortal.Web.Tests.Features;
using VrijwilligersPortal.Web.Tests.Features.AccountSettings;
using VrijwilligersPortal.Web.Tests.Features.Applying;
using VrijwilligersPortal.Web.Tests.Features.MyApplications;
using VrijwilligersPortal.Web.Tests.Features.MyData;
using VrijwilligersPortal.Web.Tests.Features.Profile;

namespace VrijwilligersPortal.Web.Tests.Features.Favourites;

public class FavouritesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_volunteer_saves_a_vacancy_from_the_search_results_and_finds_it_in_favourites()
    {
        var vacancy = await factory.OpenVacancyAsync("Bewaar mij");
        using var sanne = await factory.SignedInVolunteerAsync();
        var results = await sanne.Client.GetPageAsync("/vacatures");

        var response = await sanne.Client.SubmitFormAsync(results, "/vacatures", new Dictionary<string, string>(), $"form[action='/mijn/favorieten/{vacancy.Id}']");

        Assert.Equal("/vacatures", response.Headers.Location!.OriginalString);
        var again = await sanne.Client.GetPageAsync("/vacatures");
        var button = again.QuerySelector($"form[action='/mijn/favorieten/{vacancy.Id}/verwijderen'] button")!;
        Assert.Equal("true", button.GetAttribute("aria-pressed"));
        Assert.Contains("Bewaar mij uit je favorieten halen", button.TextContent);
        var favourites = await sanne.Client.GetPageAsync("/mijn/favorieten");
        Assert.Equal(["Bewaar mij"], favourites.QuerySelectorAll(".vacancy-card h2").Select(h => h.TextContent.Trim()));
    }

    [Fact]
    public async Task A_volunteer_saves_from_the_detail_page_and_removes_it_from_favourites()
    {
        var vacancy = await factory.OpenVacancyAsync("Knotploeg");
        using var sanne = await factory.SignedInVolunteerAsync();
        var detailUrl = $"/vacatures/{vacancy.Id}/knotploeg";

        var saved = await sanne.Client.SubmitFormAsync(detailUrl, new Dictionary<string, string>(), $"form[action='/mijn/favorieten/{vacancy.Id}']");
        Assert.Equal(detailUrl, saved.Headers.Location!.OriginalString);
        Assert.True(await IsFavouriteAsync(sanne.VolunteerId, vacancy.Id));

        var removed = await sanne.Client.SubmitFormAsync("/mijn/favorieten", new Dictionary<string, string>(), $"form[action='/mijn/favorieten/{vacancy.Id}/verwijderen']");

        Assert.Equal("/mijn/favorieten", removed.Headers.Location!.OriginalString);
        Assert.False(await IsFavouriteAsync(sanne.VolunteerId, vacancy.Id));
        var page = await sanne.Client.GetPageAsync("/mijn/favorieten");
        Assert.Contains("uit je favorieten gehaald", page.QuerySelector("main [role=status]")!.TextContent);
        Assert.Empty(page.QuerySelectorAll(".vacancy-card"));
    }

    [Fact]
    public async Task Saving_twice_at_once_keeps_one_favourite()
    {
        var vacancy = await factory.OpenVacancyAsync();
        using var sanne = await factory.SignedInVolunteerAsync();
        var page = await sanne.Client.GetPageAsync("/vacatures");
        var selector = $"form[action='/mijn/favorieten/{vacancy.Id}']";

        var responses = await Task.WhenAll(
            sanne.Client.SubmitFormAsync(page, "/vacatures", new Dictionary<string, string>(), selector),
            sanne.Client.SubmitFormAsync(page, "/vacatures", new Dictionary<string, string>(), selector));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(1, await factory.WithDbAsync((db, _) => db.Favourites.CountAsync(f => f.VolunteerId == sanne.VolunteerId)));
    }

    [Fact]
    public async Task Removing_a_vacancy_someone_else_saved_is_not_found_and_leaves_theirs_alone()
    {
        var vacancy = await factory.OpenVacancyAsync();
        using var owner = await factory.SignedInVolunteerAsync();
        using var other = await factory.SignedInVolunteerAsync();
        await owner.Client.PostWithTokenAsync($"/mijn/favorieten/{vacancy.Id}");

        var response = await other.Client.PostWithTokenAsync($"/mijn/favorieten/{vacancy.Id}/verwijderen");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(await IsFavouriteAsync(owner.VolunteerId, vacancy.Id));
        Assert.Empty((await other.Client.GetPageAsync("/mijn/favorieten")).QuerySelectorAll(".vacancy-card"));
    }

    [Fact]
    public async Task A_vacancy_that_is_not_public_cannot_be_saved()
    {
        var member = await factory.UserAsync(PortalRoles.OrganisationMember);
        var organisation = await factory.OrganisationAsync(member.Id);
        var draft = await factory.VacancyAsync(organisation.Id, "Concept", VacancyStatus.Draft);
        using var sanne = await factory.SignedInVolunteerAsync();

        var response = await sanne.Client.PostWithTokenAsync($"/mijn/favorieten/{draft.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(await IsFavouriteAsync(sanne.VolunteerId, draft.Id));
    }

    [Fact]
    public async Task A_saved_vacancy_that_closed_stays_listed_as_no_longer_open_and_can_be_removed()
    {
        var vacancy = await factory.OpenVacancyAsync("Wordt gesloten");
        using var sanne = await factory.SignedInVolunteerAsync();
        await sanne.Client.PostWithTokenAsync($"/mijn/favorieten/{vacancy.Id}");
        await factory.WithDbAsync(async (db, _) =>
        {
            var tracked = await db.Vacancies.SingleAsync(v => v.Id == vacancy.Id);
            tracked.Close(ClosedReason.Filled, Guid.NewGuid(), factory.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });

        var page = await sanne.Client.GetPageAsync("/mijn/favorieten");

        var gone = page.QuerySelector(".vacancy-card--gone")!;
        Assert.Equal("Wordt gesloten", gone.QuerySelector("h2")!.TextContent);
        Assert.Contains("niet meer open", gone.TextContent);
        Assert.Null(gone.QuerySelector("a"));
        Assert.NotNull(gone.QuerySelector($"form[action='/mijn/favorieten/{vacancy.Id}/verwijderen']"));
    }

    [Fact]
    public async Task After_saving_the_volunteer_is_never_sent_to_another_site()
    {
        var vacancy = await factory.OpenVacancyAsync();
        using var sanne = await factory.SignedInVolunteerAsync();

        var response = await sanne.Client.PostWithTokenAsync($"/mijn/favorieten/{vacancy.Id}", ("terug", "https://evil.example/"));

        Assert.Equal("/mijn/favorieten", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(PortalRoles.OrganisationMember)]
    public async Task Visitors_and_organisation_members_see_no_save_buttons(string? role)
    {
        var vacancy = await factory.OpenVacancyAsync();
        using var client = factory.CreatePortalClient();
        if (role is not null)
        {
            await client.LogInAsync((await factory.UserAsync(role)).Email!);
        }

        var results = await client.GetPageAsync("/vacatures");
        var detail = await client.GetPageAsync($"/vacatures/{vacancy.Id}/knotploeg");

        Assert.NotEmpty(results.QuerySelectorAll(".vacancy-card"));
        Assert.Null(results.QuerySelector(".favourite-form"));
        Assert.Null(detail.QuerySelector(".favourite-form"));
    }

    private Task<bool> IsFavouriteAsync(int volunteerId, int vacancyId) =>
        factory.WithDbAsync((db, _) => db.Favourites.AnyAsync(f => f.VolunteerId == volunteerId && f.VacancyId == vacancyId));
}
