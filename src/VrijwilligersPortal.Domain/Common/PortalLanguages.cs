namespace VrijwilligersPortal.Domain.Common;

/// <summary>
/// The languages a person can read the portal and its e-mails in. Dutch is the centre's own
/// language (nl-NL, or nl-BE for a Belgian centre); English is the aid for newcomers (docs/adr/0170).
/// </summary>
public static class PortalLanguages
{
    public const string Dutch = "nl";

    public const string English = "en";

    public static IReadOnlyList<string> All { get; } = [Dutch, English];

    /// <summary>A stored or chosen language code as one of <see cref="All"/>; anything else is Dutch.</summary>
    public static string Normalize(string? language) =>
        language is not null && language.StartsWith(English, StringComparison.OrdinalIgnoreCase) ? English : Dutch;
}
