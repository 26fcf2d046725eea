using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Features.OpenData;

public class FeedAndSitemapTests(OpenDataFixture factory) : IClassFixture<OpenDataFixture>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Theory]
    [InlineData("rss")]
    [InlineData("atom")]
    public async Task The_feed_of_a_search_lists_its_newest_vacancies_with_absolute_links(string format)
    {
        using var client = factory.CreatePortalClient();

        var response = await client.GetAsync($"/vacatures/{format}?gemeente=Houten&sorteer=sluitdatum&pagina=3");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(format == "rss" ? "application/rss+xml" : "application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        using var reader = XmlReader.Create(await response.Content.ReadAsStreamAsync());
        var feed = SyndicationFeed.Load(reader);
        Assert.Equal(["Kantine Houten", "Trainer jeugd Houten"], feed.Items.Select(i => i.Title.Text));
        Assert.All(feed.Items, item => Assert.StartsWith(PortalFactory.PublicBaseUrl + "/vacatures/", item.Links[0].Uri.ToString(), StringComparison.Ordinal));
        Assert.Equal($"{PortalFactory.PublicBaseUrl}/vacatures?gemeente=Houten", feed.Links[0].Uri.ToString());
        Assert.DoesNotContain(OpenDataFixture.ContactEmail, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_page_names_the_feed_of_its_current_filters()
    {
        using var client = factory.CreatePortalClient();

        var page = await client.GetPageAsync("/vacatures?q=houten&gemeente=Houten&pagina=1&sorteer=nieuwste");

        var alternate = page.QuerySelector("head link[rel=alternate][type='application/rss+xml']")!.GetAttribute("href");
        Assert.Equal($"{PortalFactory.PublicBaseUrl}/vacatures/rss?q=houten&gemeente=Houten", alternate);
        Assert.NotNull(page.QuerySelector("head link[rel=alternate][type='application/atom+xml']"));
        var visible = page.QuerySelector("main a[type='application/rss+xml']")!;
        Assert.Equal(alternate, visible.GetAttribute("href"));
        Assert.Contains("RSS", visible.TextContent, StringComparison.Ordinal);
        Assert.Equal("Houten", page.QuerySelector("form#zoeken input[name=gemeente]")!.GetAttribute("value"));
        var scope = page.QuerySelector(".search-scope")!;
        Assert.Contains("alleen vacatures in de gemeente Houten", scope.TextContent, StringComparison.Ordinal);
        Assert.Equal("/vacatures?q=houten&sorteer=nieuwste", scope.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_sitemap_lists_every_public_vacancy_and_nothing_else()
    {
        using var client = factory.CreatePortalClient();

        var response = await client.GetAsync("/sitemap.xml");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        var locations = xml.Root!.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
        string[] expected = ["Kantine Houten", "Trainer jeugd Houten", "Slootjes schonen", "Natuurwerk in Utrecht"];
        Assert.Equal(expected.Select(t => $"{PortalFactory.PublicBaseUrl}/vacatures/{factory.Ids[t]}/"), locations.Select(l => l[..(l.LastIndexOf('/') + 1)]));
        Assert.All(xml.Root.Elements(Sitemap + "url"), u => Assert.NotNull(u.Element(Sitemap + "lastmod")));
        Assert.DoesNotContain(locations, l => l.Contains($"/vacatures/{factory.Ids["Verlopen klus"]}/", StringComparison.Ordinal));
        Assert.Equal("public, max-age=300", response.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task Robots_txt_points_to_the_sitemap_on_the_public_address_and_keeps_crawlers_out_of_private_areas()
    {
        using var client = factory.CreatePortalClient();

        var robots = await client.Http.GetStringAsync("/robots.txt");

        Assert.Contains($"Sitemap: {PortalFactory.PublicBaseUrl}/sitemap.xml", robots, StringComparison.Ordinal);
        Assert.Contains("Disallow: /beheer/", robots, StringComparison.Ordinal);
        Assert.Contains("Disallow: /inbedden/", robots, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_vacancy_page_keeps_valid_job_posting_data_with_the_public_address()
    {
        using var client = factory.CreatePortalClient();
        var id = factory.Ids["Trainer jeugd Houten"];

        var page = await client.GetPageAsync($"/vacatures/{id}/trainer-jeugd-houten");

        var data = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("JobPosting", data.GetProperty("@type").GetString());
        Assert.Equal($"{PortalFactory.PublicBaseUrl}/vacatures/{id}/trainer-jeugd-houten", data.GetProperty("url").GetString());
        Assert.Equal("Sportclub Houten", data.GetProperty("hiringOrganization").GetProperty("name").GetString());
        Assert.Equal("3994", data.GetProperty("jobLocation").GetProperty("address").GetProperty("postalCode").GetString());
    }
}
