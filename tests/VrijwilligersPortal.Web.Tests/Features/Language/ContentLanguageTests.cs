using System.Net;
using VrijwilligersPortal.Web.Tests.Features.Organisation;
using VrijwilligersPortal.Web.Tests.Support;
using static VrijwilligersPortal.Web.Tests.Features.Organisation.OrganisationTestData;

namespace VrijwilligersPortal.Web.Tests.Features.Language;

/// <summary>
/// What people write stays in the language they wrote it in (docs/adr/0185): an organisation may add
/// an English title and summary, an English reader is told the rest is Dutch, and screen readers
/// get the right lang.
/// </summary>
public class ContentLanguageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string EnglishCookie = ".AspNetCore.Culture=c%3Den%7Cuic%3Den";

    [Fact]
    public async Task An_organisation_adds_an_English_title_and_summary_that_English_readers_see_and_search_finds()
    {
        var (client, _, organisation) = await factory.SignedInMemberAsync();
        using var member = client;
        var vacancy = await factory.VacancyAsync(organisation.Id, "Tuinhulp bij de kinderboerderij");

        var response = await member.SubmitFormAsync($"/organisatie/vacatures/{vacancy.Id}/bewerken", new Dictionary<string, string>
        {
            ["EnglishTitle"] = "  Garden helper at the city farm ",
            ["EnglishSummary"] = "Weeding and watering with a friendly team, Saturday mornings.",
        });

        AssertRedirect(response, "/organisatie/vacatures");
        var saved = await factory.VacancyByIdAsync(vacancy.Id);
        Assert.Equal(("Garden helper at the city farm", "Weeding and watering with a friendly team, Saturday mornings."), (saved.EnglishTitle, saved.EnglishSummary));

        using var english = factory.CreatePortalClient();
        english.Http.DefaultRequestHeaders.Add("Cookie", EnglishCookie);
        var page = await DetailAsync(english, vacancy.Id);
        Assert.Equal("Garden helper at the city farm", page.QuerySelector("h1")!.TextContent.Trim());
        var original = page.QuerySelector(".vacancy-original-title")!;
        Assert.Equal(("Tuinhulp bij de kinderboerderij", "nl"), (original.TextContent.Trim(), original.GetAttribute("lang")));
        Assert.Contains("Weeding and watering", page.QuerySelector(".description--english")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("This vacancy is written in Dutch.", page.QuerySelector(".content-language-note")!.TextContent.Trim());
        Assert.Equal("nl", page.QuerySelector(".description:not(.description--english)")!.GetAttribute("lang"));

        // Search finds the English words, in either language of the page.
        var found = await english.GetPageAsync("/vacatures?q=garden+farm");
        var card = Assert.Single(found.QuerySelectorAll(".vacancy-card"));
        Assert.Equal("Garden helper at the city farm", card.QuerySelector("h2")!.TextContent.Trim());
        Assert.Equal("nl", card.QuerySelector(".vacancy-card__original")!.GetAttribute("lang"));
        using var dutch = factory.CreatePortalClient();
        var dutchCard = Assert.Single((await dutch.GetPageAsync("/vacatures?q=weeding")).QuerySelectorAll(".vacancy-card"));
        Assert.Equal("Tuinhulp bij de kinderboerderij", dutchCard.QuerySelector("h2")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_Dutch_reader_sees_the_vacancy_as_it_was_written_and_an_English_reader_is_told_it_is_Dutch()
    {
        var (client, _, organisation) = await factory.SignedInMemberAsync();
        using var member = client;
        var vacancy = await factory.VacancyAsync(organisation.Id, "Voorlezen in de bibliotheek");

        using var dutch = factory.CreatePortalClient();
        var dutchPage = await DetailAsync(dutch, vacancy.Id);
        Assert.Null(dutchPage.QuerySelector("h1")!.GetAttribute("lang"));
        Assert.Null(dutchPage.QuerySelector(".content-language-note"));

        using var english = factory.CreatePortalClient();
        english.Http.DefaultRequestHeaders.Add("Cookie", EnglishCookie);
        var englishPage = await DetailAsync(english, vacancy.Id);
        var title = englishPage.QuerySelector("h1")!;
        Assert.Equal(("Voorlezen in de bibliotheek", "nl"), (title.TextContent.Trim(), title.GetAttribute("lang")));
        Assert.NotNull(englishPage.QuerySelector(".content-language-note"));
        Assert.Null(englishPage.QuerySelector(".description--english"));
    }

    [Fact]
    public async Task A_too_long_English_title_is_refused_next_to_the_field_and_the_typing_is_kept()
    {
        var (client, _, organisation) = await factory.SignedInMemberAsync();
        using var member = client;
        var vacancy = await factory.VacancyAsync(organisation.Id, "Klussen in de buurt");
        var tooLong = new string('x', 121);

        var response = await member.SubmitFormAsync($"/organisatie/vacatures/{vacancy.Id}/bewerken", new Dictionary<string, string>
        {
            ["EnglishTitle"] = tooLong,
            ["EnglishSummary"] = "Odd jobs in the neighbourhood.",
        });

        var page = await PortalClient.ReadPageAsync(response, HttpStatusCode.OK);
        Assert.Contains("De Engelse titel mag hoogstens 120 tekens hebben.", page.QuerySelector("[data-valmsg-for='EnglishTitle']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(tooLong, page.FieldValue("#EnglishTitle"));
        Assert.Equal("Odd jobs in the neighbourhood.", page.FieldValue("#EnglishSummary"));
        Assert.Null((await factory.VacancyByIdAsync(vacancy.Id)).EnglishSummary);
    }

    /// <summary>The vacancy's page at its address with slug (the bare id redirects there).</summary>
    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> DetailAsync(PortalClient client, int id)
    {
        var response = await client.GetAsync($"/vacatures/{id}");
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        return await client.GetPageAsync(response.Headers.Location!.OriginalString);
    }
}
