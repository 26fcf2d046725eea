using System.Globalization;
using VrijwilligersPortal.Web.Common;

namespace VrijwilligersPortal.Web.Features.Hours;

/// <summary>Hours as people type and read them: "3,5" or "3.5" in, "3,5" out; stored as whole minutes.</summary>
public static class HoursText
{

    public static int? ToMinutes(string? typed)
    {
        var text = typed?.Trim().Replace(',', '.');
        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var hours) && hours <= 10_000
            ? (int)Math.Round(hours * 60)
            : null;
    }

    public static string Of(int minutes) => (minutes / 60m).ToString("0.##", DutchTime.Culture);
}
