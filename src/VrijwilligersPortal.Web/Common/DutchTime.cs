using System.Globalization;

namespace VrijwilligersPortal.Web.Common;

/// <summary>Moments as a Dutch reader expects them: in Dutch, on the clock of the Netherlands and Belgium.</summary>
public static class DutchTime
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>"2 november 2026".</summary>
    public static string Date(DateTimeOffset at) => Local(at).ToString("d MMMM yyyy", Dutch);

    /// <summary>"2 november 2026 om 10:00".</summary>
    public static string DateAndTime(DateTimeOffset at) => Local(at).ToString("d MMMM yyyy 'om' HH:mm", Dutch);

    /// <summary>For machine-readable &lt;time datetime="…"&gt;.</summary>
    public static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Amsterdam);
}
