using System.Text.RegularExpressions;
using VrijwilligersPortal.Domain.Common;

namespace VrijwilligersPortal.Domain.Centre;

/// <summary>
/// What the centre's administrators changed about the portal without a redeploy: name, logo,
/// colours, contact details, moderation and thresholds. One row; a value left null falls back to
/// configuration, so configuration stays the default and a new setting needs no data migration.
/// </summary>
public sealed partial class CentreSettings
{
    public const int SingletonId = 1;

    private CentreSettings()
    {
    }

    public int Id { get; private set; } = SingletonId;

    public string? Name { get; private set; }

    public string? Tagline { get; private set; }

    /// <summary>"NL" or "BE" (<see cref="CentreCountries"/>): a Belgian centre's pages speak Flemish (docs/adr/0175).</summary>
    public string? Country { get; private set; }

    public string? LogoPath { get; private set; }

    public string? PrimaryColor { get; private set; }

    public string? AccentColor { get; private set; }

    public string? ContactEmail { get; private set; }

    public string? ContactPhone { get; private set; }

    public string? Address { get; private set; }

    public bool? ReviewVacancies { get; private set; }

    /// <summary>The home page shows "Wat we samen bereikten": a few figures of the past year and one consented story.</summary>
    public bool? ShowImpactOnHome { get; private set; }

    public int? UnansweredAfterDays { get; private set; }

    public int? FollowUpAfterWeeks { get; private set; }

    public int? InactiveAfterMonths { get; private set; }

    public int? EraseAfterWarningDays { get; private set; }

    /// <summary>
    /// The web origins (one per line, such as https://www.houten.nl) allowed to show the embeddable
    /// vacancy list in a frame; an empty text means none, null falls back to configuration.
    /// </summary>
    public string? EmbedOrigins { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public Guid UpdatedBy { get; private set; }

    public static CentreSettings Create(CentreSettingValues values, Guid by, DateTimeOffset at)
    {
        var settings = new CentreSettings();
        settings.Change(values, by, at);
        return settings;
    }

    /// <summary>Checks every value first, so a refused change leaves the settings as they were.</summary>
    public void Change(CentreSettingValues values, Guid by, DateTimeOffset at)
    {
        var name = Guard.Text(values.Name, 100, "Geef de naam van de centrale (hoogstens 100 tekens).");
        var tagline = Guard.OptionalText(values.Tagline, 150, "De ondertitel heeft hoogstens 150 tekens.");
        Guard.That(values.Country is null || CentreCountries.IsKnown(values.Country), "Kies het land van de centrale: Nederland of België.");
        var logo = Guard.Text(values.LogoPath, 300, "Geef het pad van het logo, zoals /img/logo.svg.");
        Guard.That(LocalPath().IsMatch(logo), "Het logo is een pad op deze site dat met / begint, zoals /img/logo.svg.");
        var primary = Color(values.PrimaryColor, "Geef de hoofdkleur als #rrggbb, zoals #0b5c8a.");
        var accent = Color(values.AccentColor, "Geef de accentkleur als #rrggbb, zoals #e8590c.");
        var email = Guard.OptionalText(values.ContactEmail, 254, "Het e-mailadres heeft hoogstens 254 tekens.");
        Guard.That(email is null || email.Contains('@', StringComparison.Ordinal), "Geef een geldig e-mailadres.");
        var phone = Guard.OptionalText(values.ContactPhone, 30, "Het telefoonnummer heeft hoogstens 30 tekens.");
        var address = Guard.OptionalText(values.Address, 200, "Het adres heeft hoogstens 200 tekens.");
        var unanswered = Range(values.UnansweredAfterDays, 1, 60, "Een reactie telt als onbeantwoord na 1 tot 60 dagen.");
        var followUp = Range(values.FollowUpAfterWeeks, 1, 52, "De nazorg volgt na 1 tot 52 weken.");
        var inactive = Range(values.InactiveAfterMonths, 6, 120, "Een account telt als inactief na 6 tot 120 maanden.");
        var grace = Range(values.EraseAfterWarningDays, 7, 365, "Na de waarschuwing wacht de centrale 7 tot 365 dagen.");
        var origins = EmbedOrigin.ParseList(values.EmbedOrigins);

        Name = name;
        Tagline = tagline;
        Country = values.Country;
        LogoPath = logo;
        PrimaryColor = primary;
        AccentColor = accent;
        ContactEmail = email;
        ContactPhone = phone;
        Address = address;
        ReviewVacancies = values.ReviewVacancies;
        ShowImpactOnHome = values.ShowImpactOnHome;
        UnansweredAfterDays = unanswered;
        FollowUpAfterWeeks = followUp;
        InactiveAfterMonths = inactive;
        EraseAfterWarningDays = grace;
        EmbedOrigins = string.Join('\n', origins);
        UpdatedAt = at;
        UpdatedBy = by;
    }

    private static string Color(string? value, string message)
    {
        var color = Guard.Text(value, 7, message);
        Guard.That(HexColor().IsMatch(color), message);
        return color.ToLowerInvariant();
    }

    private static int Range(int value, int min, int max, string message)
    {
        Guard.That(value >= min && value <= max, message);
        return value;
    }

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColor();

    // A path on this site only: the logo must not load from elsewhere (CSP) or break out of src="".
    [GeneratedRegex("^/[A-Za-z0-9/._-]+$")]
    private static partial Regex LocalPath();
}

/// <summary>The values an administrator sets; see <see cref="CentreSettings"/>.</summary>
public sealed record CentreSettingValues
{
    public string? Name { get; init; }

    public string? Tagline { get; init; }

    /// <summary>"NL" or "BE" (<see cref="CentreCountries"/>).</summary>
    public string? Country { get; init; }

    public string? LogoPath { get; init; }

    public string? PrimaryColor { get; init; }

    public string? AccentColor { get; init; }

    public string? ContactEmail { get; init; }

    public string? ContactPhone { get; init; }

    public string? Address { get; init; }

    public bool ReviewVacancies { get; init; }

    public bool ShowImpactOnHome { get; init; }

    public int UnansweredAfterDays { get; init; }

    public int FollowUpAfterWeeks { get; init; }

    public int InactiveAfterMonths { get; init; }

    public int EraseAfterWarningDays { get; init; }

    /// <summary>Web origins allowed to frame the embeddable list, separated by line breaks, spaces or commas.</summary>
    public string? EmbedOrigins { get; init; }
}
