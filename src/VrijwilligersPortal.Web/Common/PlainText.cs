using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;

namespace VrijwilligersPortal.Web.Common;

/// <summary>
/// Shows text that organisations type (vacancy descriptions) as paragraphs and lists. Blank lines
/// separate paragraphs; lines starting with "- ", "* " or "• " make a bulleted list, "1. " or "1) "
/// a numbered one. Everything else is encoded: no HTML, links or images typed by a user ever reach
/// the page (docs/adr/0009).
/// </summary>
public static partial class PlainText
{
    private enum Kind
    {
        Text,
        Bullet,
        Number,
    }

    public static IHtmlContent ToHtml(string? text)
    {
        var html = new StringBuilder();
        var lines = (text ?? string.Empty).ReplaceLineEndings("\n").Split('\n');
        var paragraph = new List<string>();
        Kind? list = null;

        void CloseParagraph()
        {
            if (paragraph.Count > 0)
            {
                html.Append("<p>").AppendJoin("<br>", paragraph.Select(Encode)).Append("</p>");
                paragraph.Clear();
            }
        }

        void CloseList()
        {
            if (list is { } kind)
            {
                html.Append(kind == Kind.Bullet ? "</ul>" : "</ol>");
                list = null;
            }
        }

        foreach (var raw in lines)
        {
            var line = raw.Trim();
            var (kind, content) = Classify(line);
            if (line.Length == 0 || kind != Kind.Text)
            {
                CloseParagraph();
            }

            if (kind != list)
            {
                CloseList();
            }

            switch (kind)
            {
                case Kind.Text when line.Length > 0:
                    paragraph.Add(line);
                    break;
                case Kind.Bullet or Kind.Number:
                    if (list is null)
                    {
                        html.Append(kind == Kind.Bullet ? "<ul>" : "<ol>");
                        list = kind;
                    }

                    html.Append("<li>").Append(Encode(content)).Append("</li>");
                    break;
            }
        }

        CloseParagraph();
        CloseList();
        return new HtmlString(html.ToString());
    }

    private static (Kind Kind, string Content) Classify(string line)
    {
        if (line.Length > 2 && line[0] is '-' or '*' or '•' && line[1] == ' ')
        {
            return (Kind.Bullet, line[2..].Trim());
        }

        var number = NumberedItem().Match(line);
        return number.Success ? (Kind.Number, number.Groups[1].Value.Trim()) : (Kind.Text, line);
    }

    // Accented letters stay readable in the page source; markup characters are always encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string Encode(string text) => Encoder.Encode(text);

    [GeneratedRegex(@"^\d{1,3}[.)]\s+(.+)$")]
    private static partial Regex NumberedItem();
}
