using System.Globalization;
using VrijwilligersPortal.Domain.Centre;
using VrijwilligersPortal.Domain.Common;

namespace VrijwilligersPortal.Web.Common.Localization;

/// <summary>The country codes of <see cref="Hosting.CentreOptions.Country"/>.</summary>
public static class Countries
{
    public const string Netherlands = CentreCountries.Netherlands;

    public const string Belgium = CentreCountries.Belgium;

    public static bool IsBelgium(string? country) => string.Equals(country, Belgium, StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// The cultures the portal speaks: the centre's Dutch (nl-NL, or nl-BE in Belgium) and English.
/// A language code (<see cref="PortalLanguages"/>) becomes a culture through the centre's country.
/// </summary>
public static class PortalCultures
{
    public static CultureInfo Netherlands { get; } = CultureInfo.GetCultureInfo("nl-NL");

    public static CultureInfo Flemish { get; } = CultureInfo.GetCultureInfo("nl-BE");

    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en");

    public static IReadOnlyList<CultureInfo> All { get; } = [Netherlands, Flemish, English];

    public static CultureInfo Dutch(string country) =>
        Countries.IsBelgium(country) ? Flemish : Netherlands;

    /// <summary>The culture of a stored language code ("nl", "en") at a centre in <paramref name="country"/>.</summary>
    public static CultureInfo For(string? language, string country) =>
        PortalLanguages.Normalize(language) == PortalLanguages.English ? English : Dutch(country);

    /// <summary>The language code of a culture, for storing on the account.</summary>
    public static string LanguageOf(CultureInfo culture) => PortalLanguages.Normalize(culture.TwoLetterISOLanguageName);
}
