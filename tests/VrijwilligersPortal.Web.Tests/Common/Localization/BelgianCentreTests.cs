using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Tests.Features.BackOffice;
using VrijwilligersPortal.Web.Tests.Support;
using static VrijwilligersPortal.Web.Tests.Features.Organisation.OrganisationTestData;

namespace VrijwilligersPortal.Web.Tests.Common.Localization;

/// <summary>
/// A Flemish centre (issue 19, docs/adr/0175): with <c>Centre:Country=BE</c> the same pages speak
/// Flemish (the nl-BE overrides), say so in <c>lang</c>, and ask for the Belgian company number.
/// </summary>
public partial class BelgianCentreTests(BelgianPortalFactory factory) : IClassFixture<BelgianPortalFactory>
{
    [Fact]
    public async Task Pages_of_a_Belgian_centre_are_in_nl_BE()
    {
        using var visitor = factory.CreatePortalClient();

        var home = await visitor.GetPageAsync("/");
        var search = await visitor.GetPageAsync("/vacatures");

        Assert.Equal("nl-BE", home.DocumentElement.GetAttribute("lang"));
        Assert.Equal("nl-BE", search.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task The_vacancy_form_asks_about_the_strafregister_and_Belgian_postcodes_not_a_VOG()
    {
        var (member, _, _) = await factory.SignedInMemberAsync(name: "Natuurwerkgroep Scheldemeersen");
        using (member)
        {
            var form = await member.GetPageAsync("/organisatie/vacatures/nieuw");
            var text = form.Body!.TextContent;

            Assert.Equal("Een uittreksel uit het strafregister is nodig", form.QuerySelector("label[for=RequiresVog]")!.TextContent.Trim());
            Assert.Contains("uittreksel uit het strafregister", form.QuerySelector("#RequiresVog-hint")!.TextContent);
            Assert.DoesNotMatch(DutchOnly(), text);
            Assert.Contains("9000", form.QuerySelector("#Postcode-hint")!.TextContent);
            Assert.DoesNotContain("3581", text);
        }
    }

    [Fact]
    public async Task Registration_asks_for_the_ondernemingsnummer_refuses_a_wrong_one_in_Flemish_and_keeps_a_right_one()
    {
        var volunteer = await factory.UserAsync(PortalRoles.Volunteer, name: "Koen De Smet");
        using var client = factory.CreatePortalClient();
        await client.LogInAsync(volunteer.Email!);

        var page = await client.GetPageAsync("/organisatie/aanmelden");
        Assert.Equal("Ondernemingsnummer (niet verplicht)", page.QuerySelector("label[for=CompanyNumber]")!.TextContent.Trim());
        Assert.Contains("0123.456.749", page.QuerySelector("#CompanyNumber-hint")!.TextContent);
        Assert.DoesNotMatch(DutchOnly(), page.Body!.TextContent);

        // A wrong check number, and a Dutch KvK number: both refused next to the field, typing kept.
        foreach (var wrong in new[] { "0123.456.748", "41234567" })
        {
            var refused = await PortalClient.ReadPageAsync(await client.SubmitFormAsync("/organisatie/aanmelden", Fields("KFC Drongen", wrong)));

            Assert.Contains("Dit is geen geldig ondernemingsnummer", refused.QuerySelector("#CompanyNumber-fout")!.TextContent);
            Assert.Equal("true", refused.QuerySelector("#CompanyNumber")!.GetAttribute("aria-invalid"));
            Assert.Equal(wrong, refused.FieldValue("#CompanyNumber"));
            Assert.Equal("nl-BE", refused.DocumentElement.GetAttribute("lang"));
        }

        Assert.False(await factory.WithDbAsync((db, _) => db.Organisations.AnyAsync(o => o.Name == "KFC Drongen")));

        AssertRedirect(await client.SubmitFormAsync("/organisatie/aanmelden", Fields("KFC Drongen", "BE 0123.456.749")), "/organisatie");
        var saved = await factory.WithDbAsync((db, _) => db.Organisations.AsNoTracking().SingleAsync(o => o.Name == "KFC Drongen"));
        Assert.Equal("0123456749", saved.CompanyNumber);
        Assert.Equal("9031", saved.Postcode);

        // Staff see it as Belgians write it, under its Flemish name.
        var (staff, _) = await factory.SignedInStaffAsync();
        using (staff)
        {
            var show = await staff.GetPageAsync($"/beheer/organisaties/{saved.Id}");
            var facts = show.QuerySelector("dl.facts")!.TextContent;
            Assert.Contains("Ondernemingsnummer", facts);
            Assert.Contains("0123.456.749", facts);
            Assert.DoesNotContain("KvK", facts);
        }
    }

    private static Dictionary<string, string> Fields(string name, string companyNumber) => new()
    {
        ["Name"] = name,
        ["Kind"] = "Association",
        ["CompanyNumber"] = companyNumber,
        ["Postcode"] = "9031",
        ["Place"] = "Drongen",
        ["Description"] = "Een voetbalclub met 25 jeugdploegen.",
        ["ContactName"] = "Koen De Smet",
        ["ContactEmail"] = "secretariaat@club.example",
    };

    /// <summary>Dutch terms and examples no Flemish page should show (FlemishTextsTests checks the texts themselves).</summary>
    [GeneratedRegex(@"\bVOG\b|Verklaring Omtrent|\bKvK\b|3581 AB|06 1234")]
    private static partial Regex DutchOnly();
}

/// <summary>The country as an administrator's setting: it applies to the next request, without a restart.</summary>
public class CentreCountrySettingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_administrator_makes_the_centre_Belgian_and_the_next_page_speaks_Flemish()
    {
        using var visitor = factory.CreatePortalClient();
        var before = await visitor.GetPageAsync("/organisatie/aanmelden");
        Assert.Equal("nl-NL", before.DocumentElement.GetAttribute("lang"));
        Assert.Contains("KvK-nummer", before.QuerySelector("label[for=CompanyNumber]")!.TextContent);

        var (admin, _) = await factory.SignedInStaffAsync(PortalRoles.Admin);
        using (admin)
        {
            var settings = await admin.GetPageAsync("/beheer/instellingen");
            Assert.Equal("NL", settings.QuerySelector("#Country option[selected]")!.GetAttribute("value"));

            // A country the portal does not know is refused next to the field, and nothing is saved.
            var refused = await PortalClient.ReadPageAsync(await admin.SubmitFormAsync("/beheer/instellingen", new Dictionary<string, string> { ["Country"] = "FR" }));
            Assert.Contains("Nederland of België", refused.QuerySelector("#Country-fout")!.TextContent);
            Assert.False(await factory.WithDbAsync((db, _) => db.CentreSettings.AnyAsync()));

            AssertRedirect(await admin.SubmitFormAsync("/beheer/instellingen", new Dictionary<string, string> { ["Country"] = "BE" }), "/beheer/instellingen");
        }

        var after = await visitor.GetPageAsync("/organisatie/aanmelden");

        Assert.Equal("nl-BE", after.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Ondernemingsnummer (niet verplicht)", after.QuerySelector("label[for=CompanyNumber]")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/vacatures")).StatusCode);
    }
}
