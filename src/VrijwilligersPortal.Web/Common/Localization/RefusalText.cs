using Microsoft.Extensions.Localization;
using VrijwilligersPortal.Domain.Common;

namespace VrijwilligersPortal.Web.Common.Localization;

/// <summary>A domain refusal in the visitor's language: its Dutch format is the key, and a text argument that is a key too (a status name, say) is translated as well.</summary>
public static class RefusalText
{
    public static string Refusal(this IStringLocalizer text, DomainException refusal) =>
        refusal.Arguments.Count == 0
            ? text[refusal.Format].Value
            : text[refusal.Format, [.. refusal.Arguments.Select(a => a is string word ? text[word].Value : a)]].Value;
}
