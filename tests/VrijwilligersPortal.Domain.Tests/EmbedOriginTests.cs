using VrijwilligersPortal.Domain.Centre;
using VrijwilligersPortal.Domain.Common;

namespace VrijwilligersPortal.Domain.Tests;

public class EmbedOriginTests
{
    [Theory]
    [InlineData("https://www.houten.nl", "https://www.houten.nl")]
    [InlineData("  HTTPS://WWW.Houten.NL/ ", "https://www.houten.nl")]
    [InlineData("https://www.houten.nl:443", "https://www.houten.nl")]
    [InlineData("http://127.0.0.1:5102", "http://127.0.0.1:5102")]
    [InlineData("https://bibliotheek.example:8443", "https://bibliotheek.example:8443")]
    public void A_plain_origin_is_kept_in_its_canonical_form(string value, string expected)
    {
        Assert.Equal(expected, EmbedOrigin.Normalize(value));
    }

    [Theory]
    [InlineData("www.houten.nl")]
    [InlineData("https://www.houten.nl/vacatures")]
    [InlineData("https://www.houten.nl?x=1")]
    [InlineData("https://*.houten.nl")]
    [InlineData("*")]
    [InlineData("ftp://houten.nl")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://user:pw@houten.nl")]
    [InlineData("https://houten.nl;script-src")]
    [InlineData("'self'")]
    public void Anything_else_is_refused(string value)
    {
        Assert.Null(EmbedOrigin.Normalize(value));
    }

    [Fact]
    public void A_list_is_split_on_lines_spaces_and_commas_without_duplicates()
    {
        Assert.Equal(["https://a.example", "https://b.example"], EmbedOrigin.ParseList("https://a.example\r\nhttps://b.example, https://A.example/"));
    }

    [Fact]
    public void One_wrong_entry_refuses_the_whole_list_with_a_dutch_message()
    {
        var refusal = Assert.Throws<DomainException>(() => EmbedOrigin.ParseList("https://a.example\nhttps://b.example/pad"));

        Assert.Contains("https://b.example/pad", refusal.Message, StringComparison.Ordinal);
    }
}
