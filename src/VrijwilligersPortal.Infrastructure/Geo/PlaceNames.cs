using System.Globalization;
using System.Text;

namespace VrijwilligersPortal.Infrastructure.Geo;

/// <summary>Folds place names so that a lookup ignores case, accents and spacing.</summary>
public static class PlaceNames
{
    public static string Key(string name)
    {
        var builder = new StringBuilder(name.Length);
        var lastWasSpace = true;
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
                lastWasSpace = false;
            }
            else if (!lastWasSpace)
            {
                builder.Append(' ');
                lastWasSpace = true;
            }
        }

        return builder.ToString().TrimEnd();
    }
}
