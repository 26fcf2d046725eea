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

    /// <summary>"2 november 2026" in Dutch, "2 November 2026" in English (a mail in its reader's culture).</summary>
    public static string Date(DateTimeOffset at, CultureInfo culture) => Local(at).ToString("d MMMM yyyy", culture);

    /// <summary>"2 november 2026 om 10:00" in Dutch, "2 November 2026 at 10:00" in English.</summary>
    public static string DateAndTime(DateTimeOffset at, CultureInfo culture) =>
        Local(at).ToString(culture.TwoLetterISOLanguageName == "nl" ? "d MMMM yyyy 'om' HH:mm" : "d MMMM yyyy 'at' HH:mm", culture);

    /// <summary>"10:00".</summary>
    public static string Time(DateTimeOffset at) => Local(at).ToString("HH:mm", Dutch);

    /// <summary>A date and time typed in a form, read on the clock of the Netherlands (summer time included).</summary>
    public static DateTimeOffset FromLocal(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        // Stored in UTC: PostgreSQL's timestamptz takes no other offset.
        return new DateTimeOffset(unspecified, Amsterdam.GetUtcOffset(unspecified)).ToUniversalTime();
    }

    /// <summary>The value of a <c>datetime-local</c> field: "2026-11-02T10:00".</summary>
    public static string LocalInput(DateTimeOffset at) => Local(at).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    /// <summary>For machine-readable &lt;time datetime="…"&gt;.</summary>
    public static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Amsterdam);
}
