using System.Net;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Tests.Features.BackOffice;
using VrijwilligersPortal.Web.Tests.Support;
using static VrijwilligersPortal.Web.Tests.Features.Organisation.OrganisationTestData;

namespace VrijwilligersPortal.Web.Tests.Features.Embedding;

public class EmbedSettingsAndSnippetTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_administrator_lists_the_sites_that_may_frame_the_list_and_they_apply_at_once()
    {
        var (admin, _) = await factory.SignedInStaffAsync(PortalRoles.Admin);
        using var visitor = factory.CreatePortalClient();

        var saved = await admin.SubmitFormAsync("/beheer/instellingen", new Dictionary<string, string>
        {
            ["EmbedOrigins"] = "https://www.houten.nl/\r\nHTTPS://Bibliotheek.Example:8443, https://www.houten.nl",
        });

        AssertRedirect(saved, "/beheer/instellingen");
        var stored = await factory.WithDbAsync((db, _) => db.CentreSettings.AsNoTracking().Select(s => s.EmbedOrigins).SingleAsync());
        Assert.Equal("https://www.houten.nl\nhttps://bibliotheek.example:8443", stored);
        var embed = await visitor.GetAsync("/inbedden/vacatures");
        Assert.EndsWith("frame-ancestors 'self' https://www.houten.nl https://bibliotheek.example:8443", embed.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        var form = await admin.GetPageAsync("/beheer/instellingen");
        Assert.Equal("https://www.houten.nl\nhttps://bibliotheek.example:8443", form.QuerySelector("#EmbedOrigins")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("https://www.houten.nl/vacatures")]
    [InlineData("*.houten.nl")]
    [InlineData("https://www.houten.nl?x=1")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://www.houten.nl; script-src *")]
    public async Task A_value_that_is_not_a_plain_web_address_gets_a_message_next_to_the_field_and_nothing_is_saved(string value)
    {
        var (admin, _) = await factory.SignedInStaffAsync(PortalRoles.Admin);
        var before = await factory.WithDbAsync((db, _) => db.CentreSettings.AsNoTracking().Select(s => s.EmbedOrigins).SingleOrDefaultAsync());

        var response = await admin.SubmitFormAsync("/beheer/instellingen", new Dictionary<string, string> { ["EmbedOrigins"] = "https://ok.example\n" + value });

        var page = await PortalClient.ReadPageAsync(response);
        Assert.Contains("geen webadres zoals https://www.gemeente.nl", page.QuerySelector("#EmbedOrigins-fout")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://ok.example\n" + value, page.QuerySelector("#EmbedOrigins")!.TextContent.TrimStart('\r', '\n'));
        Assert.Equal(before, await factory.WithDbAsync((db, _) => db.CentreSettings.AsNoTracking().Select(s => s.EmbedOrigins).SingleOrDefaultAsync()));
    }

    [Fact]
    public async Task The_administrators_snippet_builder_previews_the_choice_and_gives_code_on_the_public_address()
    {
        var (admin, _) = await factory.SignedInStaffAsync(PortalRoles.Admin);

        var page = await admin.GetPageAsync("/beheer/inbedden?gemeente=Houten&categorie=natuur-milieu&q=bomen");

        Assert.Equal("/inbedden/vacatures?gemeente=Houten&categorie=natuur-milieu&q=bomen", page.QuerySelector("iframe.embed-preview")!.GetAttribute("src"));
        var code = page.QuerySelector("#snippet-code")!.TextContent;
        Assert.Contains($"<iframe src=\"{PortalFactory.PublicBaseUrl}/inbedden/vacatures?gemeente=Houten&amp;categorie=natuur-milieu&amp;q=bomen\"", code, StringComparison.Ordinal);
        Assert.Contains($"<script src=\"{PortalFactory.PublicBaseUrl}/js/inbedden-host.js\" async></script>", code, StringComparison.Ordinal);
        PortalClient.AssertEveryLinkResolved(page, null);
    }

    [Fact]
    public async Task A_member_gets_code_for_the_own_organisation_only_whatever_the_url_says()
    {
        var (member, _, organisation) = await factory.SignedInMemberAsync(name: "Buurthuis De Linde");
        var other = await factory.OrganisationAsync((await factory.UserAsync(PortalRoles.OrganisationMember)).Id, name: "Andere Club");

        var page = await member.GetPageAsync($"/organisatie/inbedden?organisatie={other.Id}&gemeente=Houten");

        Assert.Equal($"/inbedden/vacatures?organisatie={organisation.Id}", page.QuerySelector("iframe.embed-preview")!.GetAttribute("src"));
        Assert.Contains($"organisatie={organisation.Id}", page.QuerySelector("#snippet-code")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("gemeente", page.QuerySelector("#snippet-code")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("select#gemeente"));
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync("/inbedden/vacatures?organisatie=" + organisation.Id)).StatusCode);
    }
}
