using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Infrastructure.Email;

namespace VrijwilligersPortal.Web.Features.Organisation;

/// <summary>The e-mails of the organisation portal, in plain Dutch.</summary>
internal static class OrganisationEmails
{
    public static EmailMessage RegisteredWithExistingAccount(string to, string name, string centre, string loginLink) => new(
        to,
        $"Je organisatie aanmelden bij {centre}",
        $"""
        Hallo {name},

        Iemand probeerde met dit e-mailadres een organisatie aan te melden, samen met een nieuw account. Je hebt al een account bij ons.

        Wil je een organisatie aanmelden? Log dan eerst in en meld de organisatie daarna aan:
        {loginLink}

        Was jij dit niet? Dan hoef je niets te doen.

        Met vriendelijke groet,
        {centre}
        """);

    public static EmailMessage Invitation(string to, string invitedBy, string organisation, string centre, string link, DateTimeOffset expiresAt) => new(
        to,
        $"Uitnodiging: beheer de vacatures van {organisation}",
        $"""
        Hallo,

        {invitedBy} nodigt je uit om samen de vacatures van {organisation} te beheren bij {centre}: vacatures plaatsen en reageren op vrijwilligers.

        Klik op de link hieronder om mee te doen. Heb je nog geen account, dan maak je er daar een aan.

        {link}

        De link werkt één keer en tot {TimeZoneInfo.ConvertTime(expiresAt, DutchTime).ToString("d MMMM yyyy 'om' HH:mm", Dutch)} uur.

        Ken je {invitedBy} of {organisation} niet? Dan kun je deze e-mail negeren.

        Met vriendelijke groet,
        {centre}
        """);

    public static EmailMessage ApplicationChanged(
        string to,
        string name,
        string vacancy,
        string organisation,
        ApplicationStatus status,
        string? reason,
        string centre,
        string link)
    {
        var what = status switch
        {
            ApplicationStatus.InContact => $"{organisation} heeft je reactie gelezen en neemt contact met je op.",
            ApplicationStatus.Placed => $"Goed nieuws: {organisation} heeft je geplaatst. Veel plezier met je vrijwilligerswerk!",
            ApplicationStatus.Declined => $"{organisation} heeft besloten niet verder te gaan met je reactie.\n\nDe reden: {reason}\n\nJammer! Er zijn nog veel meer vacatures. De centrale helpt je ook graag persoonlijk verder.",
            _ => $"De status van je reactie is nu: {DutchNames.Of(status)}.",
        };
        return new EmailMessage(
            to,
            $"Je reactie op '{vacancy}': {DutchNames.Of(status)}",
            $"""
            Hallo {name},

            {what}

            Je reactie op de vacature '{vacancy}' staat nu op: {DutchNames.Of(status)}.
            Al je reacties zie je hier: {link}

            Met vriendelijke groet,
            {centre}
            """);
    }

    private static readonly System.Globalization.CultureInfo Dutch = System.Globalization.CultureInfo.GetCultureInfo("nl-NL");

    private static readonly TimeZoneInfo DutchTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
}
