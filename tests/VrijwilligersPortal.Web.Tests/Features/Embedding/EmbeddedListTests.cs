using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Tests.Features.OpenData;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Features.Embedding;

public class EmbeddedListTests(OpenDataFixture factory) : IClassFixture<OpenDataFixture>
{
    [Fact]
    public async Task The_list_of_an_organisation_shows_its_public_vacancies_opening_on_the_portal_in_the_top_window()
    {
        using var client = factory.CreatePortalClient();

        var page = await client.GetPageAsync($"/inbedden/vacatures?organisatie={factory.Houten}");

        var links = page.QuerySelectorAll("article.vacancy-card h2 a").OfType<IHtmlAnchorElement>().ToList();
        Assert.Equal(["Kantine Houten", "Trainer jeugd Houten"], links.Select(a => a.TextContent.Trim()));
        Assert.All(links, a => Assert.StartsWith(PortalFactory.PublicBaseUrl + "/vacatures/", a.GetAttribute("href"), StringComparison.Ordinal));

        // Every way out of the frame goes to the top window; only paging and the search stay inside.
        var leaving = page.QuerySelectorAll("a[href]").OfType<IHtmlAnchorElement>().Where(a => !a.GetAttribute("href")!.StartsWith("/inbedden/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(leaving);
        Assert.All(leaving, a => Assert.Equal("_top", a.GetAttribute("target")));
        Assert.Empty(page.QuerySelectorAll("form[method=post]"));
        Assert.Equal($"{factory.Houten}", page.QuerySelector("form[role=search] input[name=organisatie]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_municipality_list_pages_inside_the_frame_and_keeps_its_scope()
    {
        using var client = factory.CreatePortalClient();

        var first = await client.GetPageAsync("/inbedden/vacatures?gemeente=Utrecht");

        Assert.Equal(["Slootjes schonen", "Natuurwerk in Utrecht"], first.QuerySelectorAll("article h2").Select(h => h.TextContent.Trim()));
        Assert.Contains("2 vacatures", first.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_listed_origins_may_frame_the_list_and_every_other_page_stays_unframeable()
    {
        using var listed = factory.WithWebHostBuilder(builder => builder
            .UseSetting("Centre:EmbedOrigins:0", "https://www.houten.nl")
            .UseSetting("Centre:EmbedOrigins:1", "https://evil.example; script-src *"));
        using var client = listed.CreateClient(new() { BaseAddress = new Uri("https://localhost") });
        using var unlisted = factory.CreatePortalClient();

        var embed = await client.GetAsync("/inbedden/vacatures");
        var search = await client.GetAsync("/vacatures");
        var withoutList = await unlisted.GetAsync("/inbedden/vacatures");

        var csp = embed.Headers.GetValues("Content-Security-Policy").Single();
        Assert.EndsWith("frame-ancestors 'self' https://www.houten.nl", csp, StringComparison.Ordinal);
        Assert.False(embed.Headers.Contains("X-Frame-Options"));
        Assert.EndsWith("frame-ancestors 'self'", search.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("SAMEORIGIN", search.Headers.GetValues("X-Frame-Options").Single());
        Assert.EndsWith("frame-ancestors 'self'", withoutList.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("SAMEORIGIN", withoutList.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task The_list_sets_no_cookie_even_for_someone_signed_in_with_a_language_chosen()
    {
        var user = await factory.UserAsync(PortalRoles.Volunteer);
        using var client = factory.CreatePortalClient();
        await client.LogInAsync(user.Email!);
        client.Http.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");

        var response = await client.GetAsync("/inbedden/vacatures?q=houten");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"), string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var set) ? set : []));
    }
}
