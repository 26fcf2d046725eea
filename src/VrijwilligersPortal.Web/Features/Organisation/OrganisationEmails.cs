using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Web.Common.Localization;

namespace VrijwilligersPortal.Web.Features.Organisation;

/// <summary>The e-mails of the organisation portal, in plain words and the reader's language (docs/adr/0171).</summary>
internal static class OrganisationEmails
{
    public static EmailMessage RegisteredWithExistingAccount(MailText text, string to, string name, string centre, string loginLink) => new(
        to,
        text["Je organisatie aanmelden bij {0}", centre],
        MailText.Body(
            text["Hallo {0},", name],
            text["Iemand probeerde met dit e-mailadres een organisatie aan te melden, samen met een nieuw account. Je hebt al een account bij ons."],
            text["Wil je een organisatie aanmelden? Log dan eerst in en meld de organisatie daarna aan:\n{0}", loginLink],
            text["Was jij dit niet? Dan hoef je niets te doen."],
            text["Met vriendelijke groet,\n{0}", centre]));

    public static EmailMessage Invitation(MailText text, string to, string invitedBy, string organisation, string centre, string link, DateTimeOffset expiresAt) => new(
        to,
        text["Uitnodiging: beheer de vacatures van {0}", organisation],
        MailText.Body(
            text["Hallo,"],
            text["{0} nodigt je uit om samen de vacatures van {1} te beheren bij {2}: vacatures plaatsen en reageren op vrijwilligers.", invitedBy, organisation, centre],
            text["Klik op de link hieronder om mee te doen. Heb je nog geen account, dan maak je er daar een aan."],
            link,
            text["De link werkt één keer en tot {0} uur.", text.DateAndTime(expiresAt)],
            text["Ken je {0} of {1} niet? Dan kun je deze e-mail negeren.", invitedBy, organisation],
            text["Met vriendelijke groet,\n{0}", centre]));

    public static EmailMessage ApplicationChanged(
        MailText text,
        string to,
        string name,
        string vacancy,
        string organisation,
        ApplicationStatus status,
        string? reason,
        string centre,
        string link)
    {
        var statusName = text[DutchNames.Of(status)];
        var what = status switch
        {
            ApplicationStatus.InContact => text["{0} heeft je reactie gelezen en neemt contact met je op.", organisation],
            ApplicationStatus.Placed => text["Goed nieuws: {0} heeft je geplaatst. Veel plezier met je vrijwilligerswerk!", organisation],
            ApplicationStatus.Declined => MailText.Body(
                text["{0} heeft besloten niet verder te gaan met je reactie.", organisation],
                text["De reden: {0}", reason],
                text["Jammer! Er zijn nog veel meer vacatures. De centrale helpt je ook graag persoonlijk verder."]),
            _ => text["De status van je reactie is nu: {0}.", statusName],
        };
        return new EmailMessage(
            to,
            text["Je reactie op '{0}': {1}", vacancy, statusName],
            MailText.Body(
                text["Hallo {0},", name],
                what,
                text["Je reactie op de vacature '{0}' staat nu op: {1}.\nAl je reacties zie je hier: {2}", vacancy, statusName, link],
                text["Met vriendelijke groet,\n{0}", centre]));
    }
}
