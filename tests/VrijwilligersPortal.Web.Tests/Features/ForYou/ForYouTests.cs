using System.Net;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Tests.Support;
using static VrijwilligersPortal.Web.Tests.Features.ForYou.MatchingScenarios;

namespace VrijwilligersPortal.Web.Tests.Features.ForYou;

/// <summary>/mijn/voor-jou, "Waarom dit bij je past" on the vacancy page, and the staff candidate list.</summary>
public class ForYouTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_volunteer_sees_vacancies_that_fit_with_their_reasons_and_not_those_a_hard_filter_rules_out()
    {
        var natuur = await factory.CategoryIdAsync("natuur-milieu");
        var near = await factory.VacancyInAsync("Knotwilgen in Bunnik", natuur, Bunnik, c => c with { Schedule = WeekSchedule.Of((DayOfWeek.Saturday, DayPart.Morning)) });
        var inTown = await factory.VacancyInAsync("Stadstuin Utrecht", natuur, Utrecht, c => c with { Schedule = WeekSchedule.Of((DayOfWeek.Monday, DayPart.Evening)) });
        await factory.VacancyInAsync("Duinen bij Amsterdam", natuur, Amsterdam);
        await factory.VacancyInAsync("Vogelwacht met VOG", natuur, Utrecht, c => c with { RequiresVog = true });
        await factory.VacancyInAsync("Voetbaltrainer", await factory.CategoryIdAsync("sport"), Utrecht);
        using var sanne = await factory.SignedInVolunteerAsync();
        await factory.ProfileAsync(
            sanne.VolunteerId,
            ["natuur-milieu"],
            Utrecht,
            maxDistanceKm: 15,
            availability: WeekSchedule.Of((DayOfWeek.Saturday, DayPart.Morning)),
            hours: 4,
            birthYear: 1990);

        var page = await sanne.Client.GetPageAsync("/mijn/voor-jou");

        var titles = page.QuerySelectorAll(".match-item h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Knotwilgen in Bunnik", "Stadstuin Utrecht"], titles);
        var first = page.QuerySelector(".match-item")!;
        Assert.Equal($"/vacatures/{near.Id}/knotwilgen-in-bunnik", first.QuerySelector("h3 a")!.GetAttribute("href"));
        var reasons = first.QuerySelectorAll(".match-reasons li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains("Past bij je interesse Natuur & milieu", reasons);
        Assert.Contains("Op zaterdagochtend, wanneer jij kunt", reasons);
        Assert.Contains(reasons, r => r.EndsWith("km van je postcode", StringComparison.Ordinal));
        Assert.DoesNotContain(inTown.Title, first.TextContent);
        Assert.DoesNotContain("Kies je interesses", page.QuerySelector(".profile-gaps")?.TextContent ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_profile_gets_suggestions_and_a_prompt_for_the_fields_that_would_improve_them()
    {
        await factory.VacancyInAsync("Vanuit huis bellen", await factory.CategoryIdAsync("ouderen"), Utrecht, c => c with { IsRemote = true });
        using var piet = await factory.SignedInVolunteerAsync("Piet Peters");

        var page = await piet.Client.GetPageAsync("/mijn/voor-jou");

        var gaps = page.QuerySelector(".profile-gaps")!;
        var asked = gaps.QuerySelectorAll("li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal("Kies je interesses, dan zetten we vacatures in die richting bovenaan.", asked[0]);
        Assert.Contains("Vul je postcode in, dan zie je werk bij jou in de buurt eerst.", asked);
        Assert.Contains("Geef aan op welke dagdelen je kunt, dan zie je werk dat in je week past.", asked);
        Assert.NotNull(gaps.QuerySelector("a[href='/mijn/profiel']"));
        Assert.Contains("Vanuit huis bellen", page.QuerySelectorAll(".match-item h3").Select(h => h.TextContent.Trim()));
    }

    [Fact]
    public async Task A_complete_profile_gets_no_prompt()
    {
        using var anna = await factory.SignedInVolunteerAsync("Anna");
        await factory.ProfileAsync(
            anna.VolunteerId,
            ["cultuur"],
            Utrecht,
            maxDistanceKm: 10,
            birthYear: 1980,
            availability: WeekSchedule.Of((DayOfWeek.Friday, DayPart.Afternoon)),
            hours: 3,
            skills: ["koken"]);

        var page = await anna.Client.GetPageAsync("/mijn/voor-jou");

        Assert.Null(page.QuerySelector(".profile-gaps"));
    }

    [Fact]
    public async Task Visitors_are_sent_to_log_in_and_other_roles_are_refused()
    {
        using var visitor = factory.CreatePortalClient();
        var response = await visitor.GetAsync("/mijn/voor-jou");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/inloggen", response.Headers.Location!.PathAndQuery);

        var member = await factory.UserAsync(PortalRoles.OrganisationMember);
        using var client = factory.CreatePortalClient();
        await client.LogInAsync(member.Email!);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/mijn/voor-jou")).StatusCode);
    }

    [Fact]
    public async Task The_vacancy_page_tells_a_volunteer_why_it_fits()
    {
        var vacancy = await factory.VacancyInAsync("Koken in het buurthuis", await factory.CategoryIdAsync("zorg-welzijn"), Bunnik);
        using var sanne = await factory.SignedInVolunteerAsync();
        await factory.ProfileAsync(sanne.VolunteerId, ["zorg-welzijn"], Utrecht, maxDistanceKm: 10);

        var page = await sanne.Client.GetPageAsync($"/vacatures/{vacancy.Id}/koken-in-het-buurthuis");

        var why = page.QuerySelector(".why-fits")!;
        Assert.Equal("Waarom dit bij je past", why.QuerySelector("h2")!.TextContent.Trim());
        var reasons = why.QuerySelectorAll(".match-reasons li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains("Past bij je interesse Zorg & welzijn", reasons);
        Assert.Contains("3,4 km van je postcode", reasons);
        Assert.Null(why.QuerySelector(".match-exclusions"));
    }

    [Fact]
    public async Task The_vacancy_page_tells_a_volunteer_why_not_when_a_hard_filter_fails()
    {
        var vacancy = await factory.VacancyInAsync(
            "Begeleiden van kinderen",
            await factory.CategoryIdAsync("jeugd"),
            Amsterdam,
            c => c with { RequiresVog = true, MinimumAge = 18 });
        using var sanne = await factory.SignedInVolunteerAsync();
        await factory.ProfileAsync(sanne.VolunteerId, ["jeugd"], Utrecht, maxDistanceKm: 25, vog: false);

        var page = await sanne.Client.GetPageAsync($"/vacatures/{vacancy.Id}/begeleiden-van-kinderen");

        var why = page.QuerySelector(".why-fits")!;
        Assert.Equal("Waarom dit niet bij je past", why.QuerySelector("h2")!.TextContent.Trim());
        var against = why.QuerySelectorAll(".match-exclusions li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains("Voor dit werk is een VOG nodig, en volgens je profiel wil je die niet aanvragen.", against);
        Assert.Contains(against, a => a.StartsWith("Dit is 34 km van je postcode; je wilt hoogstens 25 km reizen.", StringComparison.Ordinal));
        Assert.Contains("Past bij je interesse Jeugd", why.QuerySelectorAll(".match-reasons li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public async Task Visitors_and_organisations_see_no_match_explanation()
    {
        var vacancy = await factory.VacancyInAsync("Zonder uitleg", await factory.CategoryIdAsync("sport"), Utrecht);
        using var visitor = factory.CreatePortalClient();
        var page = await visitor.GetPageAsync($"/vacatures/{vacancy.Id}/zonder-uitleg");
        Assert.Null(page.QuerySelector(".why-fits"));

        var member = await factory.UserAsync(PortalRoles.OrganisationMember);
        using var client = factory.CreatePortalClient();
        await client.LogInAsync(member.Email!);
        page = await client.GetPageAsync($"/vacatures/{vacancy.Id}/zonder-uitleg");
        Assert.Null(page.QuerySelector(".why-fits"));
    }

    [Fact]
    public async Task Staff_see_ranked_candidates_only_among_volunteers_who_consented()
    {
        var vacancy = await factory.VacancyInAsync("Maaltijden rondbrengen", await factory.CategoryIdAsync("vervoer"), Utrecht, c => c with { Postcode = "3512" });
        using var near = await factory.SignedInVolunteerAsync("Karin Dichtbij");
        await factory.ProfileAsync(near.VolunteerId, ["vervoer"], Utrecht, maxDistanceKm: 10, consent: true);
        using var further = await factory.SignedInVolunteerAsync("Bas Verderop");
        await factory.ProfileAsync(further.VolunteerId, ["vervoer"], Bunnik, maxDistanceKm: 10, consent: true);
        using var noConsent = await factory.SignedInVolunteerAsync("Geheime Gerda");
        await factory.ProfileAsync(noConsent.VolunteerId, ["vervoer"], Utrecht, maxDistanceKm: 10, consent: false);
        using var tooFar = await factory.SignedInVolunteerAsync("Verre Vera");
        await factory.ProfileAsync(tooFar.VolunteerId, ["vervoer"], Amsterdam, maxDistanceKm: 10, consent: true);
        var staff = await factory.UserAsync(PortalRoles.Staff);
        using var client = factory.CreatePortalClient();
        await client.LogInAsync(staff.Email!);

        var page = await client.GetPageAsync($"/beheer/vacatures/{vacancy.Id}/kandidaten");

        var rows = page.QuerySelectorAll("tbody tr").ToList();
        var names = rows.Select(r => r.QuerySelector("td")!.TextContent.Trim()).ToList();
        Assert.Equal(2, names.Count);
        Assert.StartsWith("Karin Dichtbij", names[0]);
        Assert.StartsWith("Bas Verderop", names[1]);
        Assert.DoesNotContain("Geheime Gerda", page.DocumentElement.TextContent);
        Assert.DoesNotContain("Verre Vera", page.DocumentElement.TextContent);
        Assert.Contains("Heeft interesse in Vervoer", rows[0].QuerySelectorAll(".match-reasons li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public async Task The_candidate_list_is_for_staff_and_administrators_only()
    {
        var vacancy = await factory.VacancyInAsync("Alleen voor staf", await factory.CategoryIdAsync("vervoer"), Utrecht);
        var url = $"/beheer/vacatures/{vacancy.Id}/kandidaten";

        using var visitor = factory.CreatePortalClient();
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.GetAsync(url)).StatusCode);
        using var volunteer = await factory.SignedInVolunteerAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await volunteer.Client.GetAsync(url)).StatusCode);
        var member = await factory.UserAsync(PortalRoles.OrganisationMember);
        using var organisation = factory.CreatePortalClient();
        await organisation.LogInAsync(member.Email!);
        Assert.Equal(HttpStatusCode.Forbidden, (await organisation.GetAsync(url)).StatusCode);

        var admin = await factory.UserAsync(PortalRoles.Admin);
        using var client = factory.CreatePortalClient();
        await client.LogInAsync(admin.Email!);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/beheer/vacatures/999999/kandidaten")).StatusCode);
    }
}
