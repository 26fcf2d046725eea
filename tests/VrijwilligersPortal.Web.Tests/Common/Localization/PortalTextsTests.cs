using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using VrijwilligersPortal.Web.Common.Localization;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Common.Localization;

/// <summary>One set of texts per language, the Dutch sentence as key (docs/adr/0170).</summary>
public class PortalTextsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly PortalTexts Texts = new(new Dictionary<string, IReadOnlyDictionary<string, string>>
    {
        ["en"] = new Dictionary<string, string> { ["Inloggen"] = "Log in", ["{0} vacatures"] = "{0} vacancies" },
        ["nl-BE"] = new Dictionary<string, string> { ["VOG nodig"] = "Uittreksel uit het strafregister nodig" },
    });

    [Fact]
    public void A_text_is_looked_up_in_the_culture_then_its_parent_and_otherwise_stays_Dutch()
    {
        Assert.Equal("Log in", Texts.Find("Inloggen", new CultureInfo("en-GB")));
        Assert.Equal("Uittreksel uit het strafregister nodig", Texts.Find("VOG nodig", new CultureInfo("nl-BE")));
        Assert.Null(Texts.Find("VOG nodig", new CultureInfo("nl-NL")));
        Assert.Null(Texts.Find("Uitloggen", new CultureInfo("en")));
    }

    [Fact]
    public void The_localizer_formats_in_the_language_and_says_when_an_English_text_is_missing()
    {
        var localizer = new PortalStringLocalizer(Texts);
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo("en");
            Assert.Equal("1,500 vacancies", localizer["{0} vacatures", 1500.ToString("N0", CultureInfo.CurrentCulture)].Value);
            Assert.True(localizer["Uitloggen"].ResourceNotFound);
            Assert.Equal("Uitloggen", localizer["Uitloggen"].Value);

            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo("nl-NL");
            Assert.Equal("1.500 vacatures", localizer["{0} vacatures", 1500.ToString("N0", CultureInfo.CurrentCulture)].Value);
            Assert.False(localizer["Uitloggen"].ResourceNotFound);
        }
        finally
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Every_localizer_the_portal_hands_out_reads_the_embedded_texts()
    {
        var localizer = factory.Services.GetRequiredService<IStringLocalizer<SharedResource>>();
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("en");
            Assert.Equal("Skip to content", localizer["Naar de inhoud"].Value);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }

        Assert.Contains("en", factory.Services.GetRequiredService<PortalTexts>().Cultures);
    }

    [Fact]
    public async Task A_page_in_English_takes_its_texts_from_the_English_file_and_a_Dutch_page_stays_Dutch()
    {
        using var english = factory.CreatePortalClient();
        english.Http.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        using var dutch = factory.CreatePortalClient();

        var inEnglish = await english.GetAsync("/");
        var inDutch = await dutch.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, inEnglish.StatusCode);
        var englishPage = await inEnglish.Content.ReadAsStringAsync();
        Assert.Contains(">Skip to content<", englishPage, StringComparison.Ordinal);
        Assert.DoesNotContain(">Naar de inhoud<", englishPage, StringComparison.Ordinal);
        Assert.Contains(">Naar de inhoud<", await inDutch.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
