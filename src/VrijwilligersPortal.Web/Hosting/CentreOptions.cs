using System.Text.RegularExpressions;
using VrijwilligersPortal.Web.Common.Localization;

namespace VrijwilligersPortal.Web.Hosting;

/// <summary>
/// Configuration section <c>Centre</c>: who runs this portal and how it looks. These are the
/// defaults; what an administrator changed at /beheer/instellingen is applied on top of them
/// (<see cref="CentreSettingsCache"/>), so always read them through <c>IOptionsSnapshot</c>.
/// </summary>
public sealed partial class CentreOptions
{
    public const string Section = "Centre";

    public string Name { get; set; } = "Vrijwilligerscentrale";

    /// <summary>
    /// "NL" or "BE" (<see cref="Countries"/>): a Belgian centre speaks Flemish (nl-BE, the Resources/nl-BE overrides)
    /// and uses Belgian postcodes and terms.
    /// </summary>
    public string Country { get; set; } = Countries.Netherlands;

    /// <summary>The tagline a centre has until it writes its own: the portal translates this one; a centre's own is shown as written, in Dutch.</summary>
    public const string DefaultTagline = "Vind vrijwilligerswerk dat bij je past";

    public string Tagline { get; set; } = DefaultTagline;

    public string LogoPath { get; set; } = "/img/logo.svg";

    public string PrimaryColor { get; set; } = "#0b5c8a";

    public string AccentColor { get; set; } = "#e8590c";

    public string ContactEmail { get; set; } = string.Empty;

    public string ContactPhone { get; set; } = string.Empty;

    public string Address { get; set; } = string.Empty;

    /// <summary>Staff review a submitted vacancy before it is published (moderation on).</summary>
    public bool ReviewVacancies { get; set; } = true;

    /// <summary>The home page shows "Wat we samen bereikten": figures of the past twelve months and one consented story (off until an administrator switches it on).</summary>
    public bool ShowImpactOnHome { get; set; }

    /// <summary>An application nobody answered for this many days is flagged to the organisation and staff.</summary>
    public int UnansweredAfterDays { get; set; } = 10;

    /// <summary>Weeks after a placement that staff follow up on it.</summary>
    public int FollowUpAfterWeeks { get; set; } = 6;

    /// <summary>A volunteer who has not logged in for this many months is warned that their account will be erased.</summary>
    public int InactiveAfterMonths { get; set; } = 24;

    /// <summary>Days after that warning that the retention job erases the account, unless the volunteer logged in.</summary>
    public int EraseAfterWarningDays { get; set; } = 30;

    /// <summary>Months after a mediation case closed that the retention job removes its notes and support needs.</summary>
    public int CaseNotesKeptMonths { get; set; } = 24;

    /// <summary>
    /// Web origins (https://www.gemeente.nl) whose pages may show the embeddable vacancy list
    /// (/inbedden/vacatures) in a frame; every other page and origin stays unframeable (docs/embedding.md).
    /// </summary>
    public string[] EmbedOrigins { get; set; } = [];

    /// <summary>Only a plain hex colour may reach the stylesheet.</summary>
    public static string SafeColor(string value, string fallback) => HexColor().IsMatch(value) ? value : fallback;

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColor();
}
