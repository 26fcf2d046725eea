using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.Extensions.Localization;

namespace VrijwilligersPortal.Web.Common.Localization;

/// <summary>
/// The name of an item of the portal's own lists (categories, skills, suitable-for tags, question
/// topics) in the reader's language. The names the portal seeds (ReferenceData) are the portal's
/// texts and have translations under their Dutch name; a name staff added or changed has none and
/// is shown as typed (docs/adr/0180). Always encoded: the name may have been typed by staff.
/// </summary>
public static class ListNames
{
    public static string ListName(this IStringLocalizer text, string name) => text[name].Value;

    public static string ListName(this IHtmlLocalizer localizer, string name) => localizer.GetString(name).Value;
}
