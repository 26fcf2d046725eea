using System.Globalization;
using System.Text;

namespace VrijwilligersPortal.Web.Common;

public static class Slug
{
    /// <summary>"Gids voor natuurwandelingen & café" → "gids-voor-natuurwandelingen-cafe".</summary>
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        var dash = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
                dash = false;
            }
            else if (!dash && builder.Length > 0)
            {
                builder.Append('-');
                dash = true;
            }
        }

        var slug = builder.ToString().TrimEnd('-');
        return slug.Length <= 80 ? slug : slug[..80].TrimEnd('-');
    }
}
