using System.Globalization;
using Microsoft.AspNetCore.Mvc.Localization;
using VrijwilligersPortal.Domain.Matching;

namespace VrijwilligersPortal.Web.Common.Localization;

/// <summary>A match reason or exclusion in the reader's language: its Dutch format is the key, and so is each name in it (a seeded list name or a day part, docs/adr/0180).</summary>
public static class ReasonSentences
{
    public static string Reason(this IHtmlLocalizer localizer, ReasonSentence sentence) =>
        ReasonSentence.Write(sentence, key => localizer.GetString(key).Value, CultureInfo.CurrentCulture);
}
