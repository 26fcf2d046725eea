using System.Net;
using System.Text.RegularExpressions;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Hosting;

/// <summary>
/// The portal's stylesheets as it serves them. A block left open swallows every rule after it
/// without an error: an unclosed <c>@media (max-width: 640px)</c> once made a third of site.css
/// (print-only text, the report charts' width, the search bar) apply to narrow screens only.
/// </summary>
public partial class StylesheetTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/css/site.css")]
    [InlineData("/css/print.css")]
    [InlineData("/css/inbedden.css")]
    [InlineData("/huisstijl.css")]
    public async Task Every_block_that_a_stylesheet_opens_is_closed(string path)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var css = Comments().Replace(await response.Content.ReadAsStringAsync(), string.Empty);
        var depth = 0;
        var line = 1;
        var opened = new Stack<int>();
        foreach (var c in css)
        {
            switch (c)
            {
                case '\n':
                    line++;
                    break;
                case '{':
                    opened.Push(line);
                    depth++;
                    break;
                case '}':
                    Assert.True(depth > 0, $"{path}: a block is closed on line {line} (without comments) that was never opened");
                    opened.Pop();
                    depth--;
                    break;
            }
        }

        Assert.True(depth == 0, $"{path}: the block opened on line {(opened.Count > 0 ? opened.Peek() : 0)} (without comments) is never closed");
    }

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comments();
}
