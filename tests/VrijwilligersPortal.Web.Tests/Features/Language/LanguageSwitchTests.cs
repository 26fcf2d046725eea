using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Features.Language;

/// <summary>The language switch in the header, the language cookie, the account's language and the browser's Accept-Language (docs/adr/0185).</summary>
public class LanguageSwitchTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_visitor_switches_to_English_with_the_header_form_and_stays_on_the_same_page()
    {
        using var client = factory.CreatePortalClient();
        var dutch = await client.GetPageAsync("/vacatures?q=tuin");
        Assert.Equal("nl-NL", dutch.DocumentElement.GetAttribute("lang"));
        var toEnglish = Assert.Single(dutch.QuerySelectorAll("header form button[name='taal']"));
        Assert.Equal("English", toEnglish.TextContent.Trim());
        Assert.Equal("en", toEnglish.GetAttribute("lang"));

        var response = await client.SubmitFormAsync(dutch, "/vacatures?q=tuin", new Dictionary<string, string> { ["taal"] = "en" }, "header form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/vacatures?q=tuin", response.Headers.Location!.OriginalString);
        var english = await client.GetPageAsync("/vacatures?q=tuin");
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Vacancies", english.QuerySelector("header nav")!.TextContent, StringComparison.Ordinal);
        var toDutch = Assert.Single(english.QuerySelectorAll("header form button[name='taal']"));
        Assert.Equal("Nederlands", toDutch.TextContent.Trim());
        Assert.Equal("nl", toDutch.GetAttribute("lang"));

        await client.SubmitFormAsync(english, "/vacatures", new Dictionary<string, string> { ["taal"] = "nl" }, "header form");
        Assert.Equal("nl-NL", (await client.GetPageAsync("/")).DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task The_switch_never_sends_anyone_to_another_site()
    {
        using var client = factory.CreatePortalClient();
        var response = await client.PostWithTokenAsync("/taal", ("taal", "en"), ("terug", "https://elders.example/"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_switch_is_refused_without_the_antiforgery_token()
    {
        using var client = factory.CreatePortalClient();
        var response = await client.Http.PostAsync("/taal", new FormUrlEncodedContent([new("taal", "en"), new("terug", "/")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("nl-NL", (await client.GetPageAsync("/")).DocumentElement.GetAttribute("lang"));
    }

    [Theory]
    [InlineData("en-GB,en;q=0.9", "en")]
    [InlineData("fr-BE,en;q=0.8,nl;q=0.5", "en")]
    [InlineData("nl-BE,en;q=0.5", "nl-NL")] // a Dutch centre answers in its own Dutch, whatever Dutch the browser asks for
    [InlineData("de-DE,fr;q=0.8", "nl-NL")]
    [InlineData("en;q=0,nl;q=0.3", "nl-NL")]
    public async Task A_first_visit_follows_the_browser_between_Dutch_and_English(string acceptLanguage, string expected)
    {
        using var client = factory.CreatePortalClient();
        client.Http.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);

        var page = await client.GetPageAsync("/");

        Assert.Equal(expected, page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_chosen_language_beats_the_browser()
    {
        using var client = factory.CreatePortalClient();
        client.Http.DefaultRequestHeaders.Add("Accept-Language", "en-US,en;q=0.9");
        Assert.Equal("en", (await client.GetPageAsync("/")).DocumentElement.GetAttribute("lang"));

        await client.PostWithTokenAsync("/taal", ("taal", "nl"), ("terug", "/"));

        Assert.Equal("nl-NL", (await client.GetPageAsync("/")).DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_signed_in_person_keeps_the_choice_on_the_account_and_finds_it_on_the_next_device()
    {
        using var volunteer = await factory.SignedInVolunteerAsync();
        Assert.Equal("nl", await LanguageOfAsync(volunteer.User.Id));

        var response = await volunteer.Client.PostWithTokenAsync("/taal", ("taal", "en"), ("terug", "/mijn/reacties"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("en", await LanguageOfAsync(volunteer.User.Id));
        var export = await (await volunteer.Client.GetAsync("/mijn/gegevens/download")).Content.ReadAsStringAsync();
        Assert.Contains("\"taal\": \"en\"", export, StringComparison.Ordinal);
        using var otherDevice = factory.CreatePortalClient();
        Assert.Equal("nl-NL", (await otherDevice.GetPageAsync("/")).DocumentElement.GetAttribute("lang"));
        await otherDevice.LogInAsync(volunteer.Email);
        Assert.Equal("en", (await otherDevice.GetPageAsync("/")).DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_language_chosen_before_signing_in_is_kept_and_becomes_the_account_language()
    {
        var user = await factory.UserAsync(PortalRoles.Volunteer);
        using var client = factory.CreatePortalClient();
        await client.PostWithTokenAsync("/taal", ("taal", "en"), ("terug", "/"));

        await client.LogInAsync(user.Email!);

        Assert.Equal("en", (await client.GetPageAsync("/")).DocumentElement.GetAttribute("lang"));
        Assert.Equal("en", await LanguageOfAsync(user.Id));
    }

    [Fact]
    public async Task Search_engines_find_each_language_at_its_own_address()
    {
        using var client = factory.CreatePortalClient();
        var dutch = await client.GetPageAsync("/vacatures?q=tuin");

        var alternates = dutch.QuerySelectorAll("link[rel='alternate'][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href"));
        Assert.Equal($"{PortalFactory.PublicBaseUrl}/vacatures?q=tuin", alternates["nl-NL"]);
        Assert.Equal($"{PortalFactory.PublicBaseUrl}/vacatures?q=tuin&taal=en", alternates["en"]);
        Assert.Equal($"{PortalFactory.PublicBaseUrl}/vacatures?q=tuin", alternates["x-default"]);

        var english = await client.GetPageAsync("/vacatures?q=tuin&taal=en");
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal($"{PortalFactory.PublicBaseUrl}/vacatures?q=tuin&taal=en", english.QuerySelector("link[hreflang='en']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Switching_on_a_page_reached_by_its_English_address_drops_the_address_language()
    {
        using var client = factory.CreatePortalClient();
        var english = await client.GetPageAsync("/vacatures?taal=en&q=tuin");
        var form = english.QuerySelector("header form") as IHtmlFormElement;
        Assert.NotNull(form);

        var response = await client.SubmitFormAsync(english, "/vacatures?taal=en&q=tuin", new Dictionary<string, string> { ["taal"] = "nl" }, "header form");

        Assert.Equal("/vacatures?q=tuin", response.Headers.Location!.OriginalString);
        Assert.Equal("nl-NL", (await client.GetPageAsync("/vacatures?q=tuin")).DocumentElement.GetAttribute("lang"));
    }

    private Task<string> LanguageOfAsync(Guid userId) =>
        factory.WithDbAsync((db, _) => db.Set<PortalUser>().Where(u => u.Id == userId).Select(u => u.PreferredLanguage).SingleAsync());

    [Fact]
    public async Task The_open_data_is_the_same_for_every_browser_unless_its_address_asks_for_English()
    {
        using var client = factory.CreatePortalClient();
        client.Http.DefaultRequestHeaders.Add("Accept-Language", "en-GB,en;q=0.9");
        client.Http.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");

        var feed = await (await client.GetAsync("/vacatures/rss")).Content.ReadAsStringAsync();
        var english = await (await client.GetAsync("/vacatures/rss?taal=en")).Content.ReadAsStringAsync();

        Assert.Contains("Nieuwe vacatures", feed, StringComparison.Ordinal);
        Assert.DoesNotContain("Nieuwe vacatures", english, StringComparison.Ordinal);
    }
}
