using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Web.Tests.Features.ForYou;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Features.Vacancies;

/// <summary>The vacancy page: what a volunteer needs to decide, JSON-LD, OpenGraph, print, "ook interessant".</summary>
public class VacancyDetailTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_page_answers_what_where_when_how_long_for_whom_vog_contact_and_organisation()
    {
        var vacancy = await factory.VacancyInAsync(
            "Voorlezen in de bibliotheek",
            await factory.CategoryIdAsync("cultuur"),
            MatchingScenarios.Utrecht,
            c => c with
            {
                MinimumAge = 16,
                RequiresVog = true,
                Places = 3,
                HoursPerWeek = 2,
                Commitment = Commitment.ShortTerm,
                Schedule = WeekSchedule.Of((DayOfWeek.Tuesday, DayPart.Morning)),
                StartDate = new DateOnly(2026, 12, 1),
                EndDate = new DateOnly(2027, 2, 28),
                ContactName = "Ria Jansen",
                ContactPhone = "030 123 45 67",
            });
        using var client = factory.CreatePortalClient();

        var page = await client.GetPageAsync(DetailUrl(vacancy));

        var facts = Facts(page);
        Assert.Equal("Cultuur", facts["Soort werk"]);
        Assert.Contains("Utrecht", facts["Waar"]);
        Assert.Equal("dinsdagochtend", facts["Wanneer"]);
        Assert.Equal("kortlopend", facts["Duur"].ToLowerInvariant());
        Assert.Equal("2 uur per week", facts["Uren"]);
        Assert.Equal("1 december 2026", facts["Vanaf"]);
        Assert.Equal("28 februari 2027", facts["Tot en met"]);
        Assert.Equal("nog 3 van 3 vrij", facts["Plaatsen"]);
        Assert.Equal("vanaf 16 jaar", facts["Leeftijd"]);
        Assert.StartsWith("nodig", facts["VOG"]);
        Assert.Contains("Ria Jansen", facts["Contactpersoon"]);
        Assert.Contains("030 123 45 67", facts["Contactpersoon"]);
        Assert.Contains("Organisatie van Voorlezen in de bibliotheek", facts["Organisatie"]);
        Assert.Contains("vereniging, Utrecht", facts["Organisatie"]);
        Assert.Equal("2 november 2026", facts["Geplaatst"]);
        Assert.NotNull(page.QuerySelector("a[href='tel:0301234567']"));
    }

    [Fact]
    public async Task No_localised_text_shows_its_placeholder()
    {
        // Localizer["vanaf {0} jaar", age].Value used to render "vanaf {0} jaar".
        var vacancy = await factory.VacancyInAsync("Met alles erop", await factory.CategoryIdAsync("cultuur"), MatchingScenarios.Utrecht, c => c with { MinimumAge = 18, Places = 2 });
        using var client = factory.CreatePortalClient();

        var html = await (await client.GetAsync(DetailUrl(vacancy))).Content.ReadAsStringAsync();

        Assert.DoesNotContain("{0}", html);
        Assert.DoesNotContain("{1}", html);
        Assert.Contains("vanaf 18 jaar", html);
    }

    [Fact]
    public async Task The_page_carries_a_schema_org_job_posting_for_volunteers()
    {
        var vacancy = await factory.VacancyInAsync(
            "Tuinman voor de pluktuin",
            await factory.CategoryIdAsync("natuur-milieu"),
            MatchingScenarios.Utrecht,
            c => c with { EndDate = new DateOnly(2027, 3, 31), Places = 2 });
        using var client = factory.CreatePortalClient();

        var page = await client.GetPageAsync(DetailUrl(vacancy));

        var json = JsonDocument.Parse(Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']")).TextContent).RootElement;
        Assert.Equal("https://schema.org", json.GetProperty("@context").GetString());
        Assert.Equal("JobPosting", json.GetProperty("@type").GetString());
        Assert.Equal("VOLUNTEER", json.GetProperty("employmentType").GetString());
        Assert.Equal("Tuinman voor de pluktuin", json.GetProperty("title").GetString());
        Assert.Equal($"{PortalFactory.PublicBaseUrl}{DetailUrl(vacancy)}", json.GetProperty("url").GetString());
        Assert.Equal("2026-11-02", json.GetProperty("datePosted").GetString());
        Assert.Equal("2027-03-31T23:59:59", json.GetProperty("validThrough").GetString());
        Assert.Equal(2, json.GetProperty("totalJobOpenings").GetInt32());
        Assert.Equal("Organization", json.GetProperty("hiringOrganization").GetProperty("@type").GetString());
        Assert.Equal("Organisatie van Tuinman voor de pluktuin", json.GetProperty("hiringOrganization").GetProperty("name").GetString());
        var address = json.GetProperty("jobLocation").GetProperty("address");
        Assert.Equal("3581", address.GetProperty("postalCode").GetString());
        Assert.Equal("Utrecht", address.GetProperty("addressLocality").GetString());
        Assert.Equal("NL", address.GetProperty("addressCountry").GetString());
    }

    [Fact]
    public async Task A_title_with_a_closing_script_tag_cannot_break_out_of_the_json_ld()
    {
        const string title = "Help</script><script>alert('x')</script> mee";
        var vacancy = await factory.VacancyInAsync(title, await factory.CategoryIdAsync("cultuur"), MatchingScenarios.Utrecht, c => c with { Description = "Ook hier: </SCRIPT><!-- & \"quotes\"" });
        using var client = factory.CreatePortalClient();

        var response = await client.GetAsync(DetailUrl(vacancy));
        var html = await response.Content.ReadAsStringAsync();
        var page = await PortalClient.ReadPageAsync(response);

        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("</SCRIPT><!--", html, StringComparison.Ordinal);

        // Exactly our own scripts: the data block and site.js, nothing the title smuggled in.
        Assert.Equal(["application/ld+json", "site.js"], page.QuerySelectorAll("script").Select(s => s.GetAttribute("type") ?? s.GetAttribute("src")!.Split('/')[^1].Split('?')[0]));
        var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal(title, json.GetProperty("title").GetString());
        Assert.Equal("Ook hier: </SCRIPT><!-- & \"quotes\"", json.GetProperty("description").GetString());
    }

    [Fact]
    public async Task The_content_security_policy_still_allows_no_inline_script()
    {
        var vacancy = await factory.VacancyInAsync("CSP", await factory.CategoryIdAsync("cultuur"), MatchingScenarios.Utrecht);
        using var client = factory.CreatePortalClient();

        var response = await client.GetAsync(DetailUrl(vacancy));

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
    }

    [Fact]
    public async Task Shared_links_get_open_graph_tags_with_an_absolute_url()
    {
        var description = "Samen met andere vrijwilligers houden we de pluktuin bij. " + new string('x', 300);
        var vacancy = await factory.VacancyInAsync("Pluktuin & meer", await factory.CategoryIdAsync("natuur-milieu"), MatchingScenarios.Utrecht, c => c with { Description = description });
        using var client = factory.CreatePortalClient();

        var page = await client.GetPageAsync(DetailUrl(vacancy));

        Assert.Equal("Pluktuin & meer", Meta(page, "og:title"));
        Assert.Equal("website", Meta(page, "og:type"));
        Assert.Equal($"{PortalFactory.PublicBaseUrl}{DetailUrl(vacancy)}", Meta(page, "og:url"));
        Assert.True(Uri.IsWellFormedUriString(Meta(page, "og:url"), UriKind.Absolute));
        var ogDescription = Meta(page, "og:description")!;
        Assert.StartsWith("Samen met andere vrijwilligers", ogDescription);
        Assert.True(ogDescription.Length <= 200, $"og:description is {ogDescription.Length} characters");
        Assert.Equal($"{PortalFactory.PublicBaseUrl}{DetailUrl(vacancy)}", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_print_stylesheet_hides_navigation_and_forms_and_prints_link_addresses()
    {
        var vacancy = await factory.VacancyInAsync("Afdrukbaar", await factory.CategoryIdAsync("cultuur"), MatchingScenarios.Utrecht);
        using var client = factory.CreatePortalClient();

        var page = await client.GetPageAsync(DetailUrl(vacancy));

        var link = Assert.Single(page.QuerySelectorAll("link[rel=stylesheet][media=print]"));
        var href = link.GetAttribute("href")!;
        Assert.StartsWith("/css/print.css", href);
        var css = await (await client.GetAsync(href)).Content.ReadAsStringAsync();
        Assert.Contains(".site-header", css);
        Assert.Contains("form", css);
        Assert.Contains("display: none", css);
        Assert.Contains("attr(href)", css);
        Assert.Contains($"{PortalFactory.PublicBaseUrl}{DetailUrl(vacancy)}", page.QuerySelector(".print-only")!.TextContent);
    }

    [Fact]
    public async Task Ook_interessant_lists_up_to_four_public_vacancies_of_the_same_category_nearest_first()
    {
        var dieren = await factory.CategoryIdAsync("dieren");
        var sport = await factory.CategoryIdAsync("sport");
        var here = new GeoPoint(51.4416, 5.4697); // Eindhoven: far from the other tests' vacancies
        var vacancy = await factory.VacancyInAsync("Hondenuitlaatdienst", dieren, here);
        await factory.VacancyInAsync("Op 20 km", dieren, Offset(here, 20));
        await factory.VacancyInAsync("Op 2 km", dieren, Offset(here, 2));
        await factory.VacancyInAsync("Op 8 km", dieren, Offset(here, 8));
        await factory.VacancyInAsync("Op 40 km", dieren, Offset(here, 40));
        await factory.VacancyInAsync("Op 60 km", dieren, Offset(here, 60));
        await factory.VacancyInAsync("Sport op 1 km", sport, Offset(here, 1));
        await factory.VacancyInAsync("Concept op 1 km", dieren, Offset(here, 1), status: VacancyStatus.Draft);
        await factory.VacancyInAsync("Gesloten op 1 km", dieren, Offset(here, 1), status: VacancyStatus.Closed);
        using var client = factory.CreatePortalClient();

        var page = await client.GetPageAsync(DetailUrl(vacancy));

        var similar = page.QuerySelectorAll(".similar-list li a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["Op 2 km", "Op 8 km", "Op 20 km", "Op 40 km"], similar);
        Assert.Contains("2,0 km", page.QuerySelector(".similar-list li")!.TextContent);
    }

    [Fact]
    public async Task A_vacancy_without_similar_ones_shows_no_empty_list()
    {
        var vacancy = await factory.VacancyInAsync("Enige in bestuur", await factory.CategoryIdAsync("bestuur"), MatchingScenarios.Utrecht);
        using var client = factory.CreatePortalClient();

        var page = await client.GetPageAsync(DetailUrl(vacancy));

        Assert.Null(page.QuerySelector(".similar"));
        Assert.Null(page.QuerySelector(".why-fits"));
    }

    private static string DetailUrl(Vacancy vacancy) => $"/vacatures/{vacancy.Id}/{Web.Common.Slug.From(vacancy.Title)}";

    private static string? Meta(IHtmlDocument page, string property) =>
        page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");

    private static Dictionary<string, string> Facts(IHtmlDocument page) =>
        page.QuerySelectorAll("dl.facts dt").ToDictionary(
            dt => dt.TextContent.Trim(),
            dt => System.Text.RegularExpressions.Regex.Replace(dt.NextElementSibling!.TextContent, @"\s+", " ").Trim());

    /// <summary>A point <paramref name="km"/> north of <paramref name="from"/>.</summary>
    private static GeoPoint Offset(GeoPoint from, double km) => new(from.Latitude + (km / 111.195), from.Longitude);
}
