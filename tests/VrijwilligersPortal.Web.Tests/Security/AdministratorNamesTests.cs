using VrijwilligersPortal.Domain.Taxonomy;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Security;

/// <summary>Names an administrator typed are data: shown encoded, never used as a localizer key (which writes its key as raw HTML).</summary>
public class AdministratorNamesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_category_named_with_html_shows_encoded_on_the_search_page()
    {
        await factory.WithDbAsync(async (db, _) =>
        {
            db.Categories.Add(new Category("<b>x</b>", "html-test", 99));
            await db.SaveChangesAsync();
        });
        using var client = factory.CreatePortalClient();

        var response = await client.GetAsync("/vacatures");
        var html = await response.Content.ReadAsStringAsync();

        Assert.DoesNotContain("<b>x</b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;x&lt;/b&gt;", html, StringComparison.Ordinal);
        var page = await PortalClient.ReadPageAsync(new HttpResponseMessage(response.StatusCode) { Content = new StringContent(html) });
        Assert.Contains(page.QuerySelectorAll("fieldset.facet label"), label => label.TextContent.Contains("<b>x</b>", StringComparison.Ordinal));
    }
}
