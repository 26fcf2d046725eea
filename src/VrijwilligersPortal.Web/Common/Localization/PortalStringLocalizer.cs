using System.Globalization;
using Microsoft.Extensions.Localization;

namespace VrijwilligersPortal.Web.Common.Localization;

/// <summary>
/// Every <see cref="IStringLocalizer"/> of the portal, whatever type or view asks for it: views'
/// <c>@Localizer</c>, controllers' <c>Text</c>, validators and display names all read
/// <see cref="PortalTexts"/> in the request's UI culture (docs/adr/0170).
/// </summary>
public sealed class PortalStringLocalizerFactory(PortalTexts texts) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) => new PortalStringLocalizer(texts);

    public IStringLocalizer Create(string baseName, string location) => new PortalStringLocalizer(texts);
}

/// <summary>Looks a Dutch sentence up in the current UI culture; a missing one is shown as the Dutch sentence.</summary>
public sealed class PortalStringLocalizer(PortalTexts texts) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            var text = texts.Find(name, CultureInfo.CurrentUICulture);
            return new LocalizedString(name, text ?? name, resourceNotFound: text is null && !IsDutch(CultureInfo.CurrentUICulture));
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures)
    {
        var culture = CultureInfo.CurrentUICulture;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = includeParentCultures ? c.Parent : CultureInfo.InvariantCulture)
        {
            foreach (var (key, text) in texts.Of(c.Name))
            {
                if (seen.Add(key))
                {
                    yield return new LocalizedString(key, text);
                }
            }
        }
    }

    /// <summary>Dutch texts are their own keys, so a Dutch culture without an override is not "not found".</summary>
    private static bool IsDutch(CultureInfo culture) => culture.TwoLetterISOLanguageName == "nl";
}
