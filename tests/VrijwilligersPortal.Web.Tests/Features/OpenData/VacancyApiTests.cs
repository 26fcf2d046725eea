using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Features.OpenData;

public class VacancyApiTests(OpenDataFixture factory) : IClassFixture<OpenDataFixture>
{
    private static readonly string[] PublicTitles = ["Kantine Houten", "Trainer jeugd Houten", "Slootjes schonen", "Natuurwerk in Utrecht"];

    [Fact]
    public async Task The_list_holds_only_public_vacancies_newest_first_and_no_contact_people()
    {
        using var client = factory.CreatePortalClient();

        var response = await client.GetAsync("/api/vacatures");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal(PublicTitles, Titles(json));
        Assert.Equal(4, json.GetProperty("total").GetInt32());
        Assert.DoesNotContain(OpenDataFixture.ContactName, body, StringComparison.Ordinal);
        Assert.DoesNotContain(OpenDataFixture.ContactEmail, body, StringComparison.Ordinal);
        Assert.DoesNotContain("contact", body, StringComparison.OrdinalIgnoreCase);
        var first = json.GetProperty("vacancies")[0];
        Assert.Equal($"{PortalFactory.PublicBaseUrl}/vacatures/{factory.Ids["Kantine Houten"]}/kantine-houten", first.GetProperty("url").GetString());
        Assert.Equal("eenmalig", first.GetProperty("commitment").GetString());
        Assert.Equal(["za-ochtend"], first.GetProperty("dayParts").EnumerateArray().Select(d => d.GetString()));
    }

    [Fact]
    public async Task A_long_description_is_summarised_in_the_list_and_whole_in_the_single_vacancy()
    {
        using var client = factory.CreatePortalClient();

        var list = JsonDocument.Parse(await client.Http.GetStringAsync("/api/vacatures")).RootElement;
        var single = JsonDocument.Parse(await client.Http.GetStringAsync($"/api/vacatures/{factory.Ids["Slootjes schonen"]}")).RootElement;

        var summary = list.GetProperty("vacancies").EnumerateArray().Single(v => v.GetProperty("title").GetString() == "Slootjes schonen").GetProperty("summary").GetString()!;
        Assert.True(summary.Length <= 300, summary);
        Assert.EndsWith("…", summary, StringComparison.Ordinal);
        Assert.Equal(601, single.GetProperty("description").GetString()!.Length);
        Assert.Equal(JsonValueKind.Array, single.GetProperty("skills").ValueKind);
        Assert.Equal("Natuurgroep Kromme Rijn", single.GetProperty("organisation").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("gemeente=Houten", new[] { "Kantine Houten", "Trainer jeugd Houten" })]
    [InlineData("gemeente=houten&duur=structureel", new[] { "Trainer jeugd Houten" })]
    [InlineData("gemeente=Utrecht", new[] { "Slootjes schonen", "Natuurwerk in Utrecht" })]
    public async Task The_municipality_filter_keeps_the_vacancies_in_its_postcode_areas(string query, string[] expected)
    {
        using var client = factory.CreatePortalClient();

        var json = JsonDocument.Parse(await client.Http.GetStringAsync("/api/vacatures?" + query)).RootElement;

        Assert.Equal(expected, Titles(json));
    }

    [Fact]
    public async Task The_organisation_filter_keeps_that_organisations_vacancies()
    {
        using var client = factory.CreatePortalClient();

        var json = JsonDocument.Parse(await client.Http.GetStringAsync($"/api/vacatures?organisatie={factory.Houten}")).RootElement;

        Assert.Equal(["Kantine Houten", "Trainer jeugd Houten"], Titles(json));
    }

    [Theory]
    [InlineData("gemeente=Nergenshuizen", "We kennen de gemeente “Nergenshuizen” niet; controleer de schrijfwijze.")]
    [InlineData("organisatie=abc", null)]
    [InlineData("organisatie=999999", null)]
    public async Task An_unknown_scope_gives_an_empty_list_never_everything(string query, string? notice)
    {
        using var client = factory.CreatePortalClient();

        var response = await client.GetAsync("/api/vacatures?" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(0, json.GetProperty("total").GetInt32());
        if (notice is not null)
        {
            Assert.Contains(notice, json.GetProperty("notices").EnumerateArray().Select(n => n.GetString()));
        }
    }

    [Theory]
    [InlineData("aantal=0")]
    [InlineData("aantal=1000")]
    [InlineData("pagina=-3&afstand=abc&postcode=12&uren=9999&categorie=%00")]
    public async Task Bad_parameters_give_a_dutch_notice_not_an_error(string query)
    {
        using var client = factory.CreatePortalClient();

        var response = await client.GetAsync("/api/vacatures?" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.NotEmpty(json.GetProperty("notices").EnumerateArray());
    }

    [Fact]
    public async Task Pages_link_to_each_other_from_the_public_base_url_whatever_host_was_asked()
    {
        using var client = factory.CreatePortalClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/vacatures?aantal=1&pagina=2&gemeente=Houten");
        request.Headers.Host = "evil.example";

        var response = await client.Http.SendAsync(request);

        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var links = json.GetProperty("links");
        Assert.Equal(2, json.GetProperty("page").GetInt32());
        Assert.Equal(2, json.GetProperty("pageCount").GetInt32());
        Assert.Equal($"{PortalFactory.PublicBaseUrl}/api/vacatures?aantal=1&gemeente=Houten&pagina=1", links.GetProperty("previous").GetString());
        Assert.Equal(JsonValueKind.Null, links.GetProperty("next").ValueKind);
        Assert.Equal($"{PortalFactory.PublicBaseUrl}/vacatures/rss?gemeente=Houten", links.GetProperty("rss").GetString());
        Assert.DoesNotContain("evil.example", json.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Gesloten klus")]
    [InlineData("Verlopen klus")]
    [InlineData("Van wachtende organisatie")]
    public async Task A_vacancy_that_is_not_public_is_a_json_404(string title)
    {
        using var client = factory.CreatePortalClient();

        var response = await client.GetAsync($"/api/vacatures/{factory.Ids[title]}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("niet meer openbaar", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_etag_gives_304_until_the_vacancy_changes_and_shared_caches_may_keep_it()
    {
        using var client = factory.CreatePortalClient();
        var id = factory.Ids["Natuurwerk in Utrecht"];
        var first = await client.GetAsync($"/api/vacatures/{id}");
        var etag = first.Headers.ETag!;
        Assert.Equal("public, max-age=300", first.Headers.CacheControl!.ToString());
        Assert.NotNull(first.Content.Headers.LastModified);

        var again = await Conditional($"/api/vacatures/{id}", etag, null);
        var sinceThen = await Conditional($"/api/vacatures/{id}", null, first.Content.Headers.LastModified);
        var listEtag = (await client.GetAsync("/api/vacatures")).Headers.ETag!;
        var listAgain = await Conditional("/api/vacatures", listEtag, null);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(etag, again.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, sinceThen.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, listAgain.StatusCode);

        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await factory.RenameAsync(id, "Natuurwerk in Utrecht-Oost");

        var changed = await Conditional($"/api/vacatures/{id}", etag, null);
        var changedSince = await Conditional($"/api/vacatures/{id}", null, first.Content.Headers.LastModified);
        var listChanged = await Conditional("/api/vacatures", listEtag, null);
        await factory.RenameAsync(id, "Natuurwerk in Utrecht");

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
        Assert.Contains("Utrecht-Oost", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, changedSince.StatusCode);
        Assert.Equal(HttpStatusCode.OK, listChanged.StatusCode);

        async Task<HttpResponseMessage> Conditional(string url, EntityTagHeaderValue? tag, DateTimeOffset? since)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (tag is not null)
            {
                request.Headers.IfNoneMatch.Add(tag);
            }

            request.Headers.IfModifiedSince = since;
            return await client.Http.SendAsync(request);
        }
    }

    [Fact]
    public async Task Any_site_may_read_the_api_from_a_browser_but_only_with_get()
    {
        using var client = factory.CreatePortalClient();
        using var get = new HttpRequestMessage(HttpMethod.Get, "/api/vacatures");
        get.Headers.Add("Origin", "https://www.houten.nl");
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/vacatures");
        preflight.Headers.Add("Origin", "https://www.houten.nl");
        preflight.Headers.Add("Access-Control-Request-Method", "DELETE");

        var read = await client.Http.SendAsync(get);
        var delete = await client.Http.SendAsync(preflight);

        Assert.Equal("*", read.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(delete.Headers.TryGetValues("Access-Control-Allow-Methods", out var methods) && methods.Any(m => m.Contains("DELETE", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api_and_nothing_else()
    {
        using var client = factory.CreatePortalClient();

        var response = await client.GetAsync("/api/openapi.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var paths = json.GetProperty("paths").EnumerateObject().Select(p => p.Name).Order().ToList();
        Assert.Equal(["/api/vacatures", "/api/vacatures/{id}"], paths);
        Assert.Equal(PortalFactory.PublicBaseUrl, json.GetProperty("servers")[0].GetProperty("url").GetString());
        var parameters = json.GetProperty("paths").GetProperty("/api/vacatures").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("gemeente", parameters);
        Assert.Contains("organisatie", parameters);
        Assert.Contains("q", parameters);
    }

    [Fact]
    public async Task Too_many_requests_from_one_client_get_429_with_retry_after()
    {
        using var limited = factory.WithWebHostBuilder(builder => builder.UseSetting("OpenData:RequestsPerMinute", "2"));
        using var client = limited.CreateClient(new() { BaseAddress = new Uri("https://localhost") });

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 3; i++)
        {
            last = await client.GetAsync("/api/vacatures");
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        var retryAfter = int.Parse(last.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        Assert.Equal("application/json", last.Content.Headers.ContentType!.MediaType);
    }

    private static List<string?> Titles(JsonElement page) =>
        page.GetProperty("vacancies").EnumerateArray().Select(v => v.GetProperty("title").GetString()).ToList();
}
