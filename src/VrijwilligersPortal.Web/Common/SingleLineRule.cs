using FluentValidation;
using Microsoft.Extensions.Localization;

namespace VrijwilligersPortal.Web.Common;

/// <summary>
/// One rule for every single-line field (titles, names, addresses, phone numbers): no line breaks,
/// tabs or other control characters. Such a value could end up in an e-mail subject or header,
/// and breaks lists and exports; the mail layer also refuses it on its own (MailTransport).
/// </summary>
public static class SingleLineRule
{
    public const string Message = "Gebruik hier één regel, zonder regeleinden, tabs of andere onzichtbare tekens.";

    public static bool IsSingleLine(string? value) => value is null || !value.Any(char.IsControl);

    public static IRuleBuilderOptions<T, string?> SingleLine<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer text) =>
        rule.Must(IsSingleLine).WithMessage(_ => text[Message]);
}
