using VrijwilligersPortal.Web.Common;

namespace VrijwilligersPortal.Web.Tests.Common;

public class PlainTextTests
{
    private static string Html(string text) => PlainText.ToHtml(text).ToString()!;

    [Fact]
    public void Blank_lines_separate_paragraphs_and_single_line_breaks_stay_within_one()
    {
        Assert.Equal("<p>Eerste regel<br>tweede regel</p><p>Nieuwe alinea</p>", Html("Eerste regel\r\ntweede regel\n\n\nNieuwe alinea\n"));
    }

    [Fact]
    public void Dash_star_and_bullet_lines_make_a_bulleted_list_right_after_a_paragraph()
    {
        Assert.Equal("<p>Wat ga je doen?</p><ul><li>Zagen</li><li>Snoeien</li><li>Koffie</li></ul><p>Tot ziens</p>", Html("Wat ga je doen?\n- Zagen\n* Snoeien\n• Koffie\nTot ziens"));
    }

    [Fact]
    public void Numbered_lines_make_a_numbered_list()
    {
        Assert.Equal("<ol><li>Aanmelden</li><li>Kennismaken</li></ol>", Html("1. Aanmelden\n2) Kennismaken"));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>")]
    [InlineData("- <img src=x onerror=alert(1)>", "<ul><li>&lt;img src=x onerror=alert(1)&gt;</li></ul>")]
    [InlineData("[klik](javascript:alert(1)) & \"zo\"", "<p>[klik](javascript:alert(1)) &amp; &quot;zo&quot;</p>")]
    public void Markup_is_always_encoded(string text, string expected)
    {
        Assert.Equal(expected, Html(text));
    }

    [Fact]
    public void Accented_letters_stay_readable_and_a_dash_without_space_is_plain_text()
    {
        Assert.Equal("<p>café -geen lijst</p>", Html("café -geen lijst"));
    }
}
