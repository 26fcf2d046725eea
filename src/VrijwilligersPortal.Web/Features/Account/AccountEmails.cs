using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Web.Common.Localization;

namespace VrijwilligersPortal.Web.Features.Account;

/// <summary>The account e-mails, in plain words and the reader's language (docs/adr/0171).</summary>
internal static class AccountEmails
{
    public static EmailMessage ConfirmEmail(MailText text, string to, string name, string centre, string link) => new(
        to,
        text["Bevestig je e-mailadres bij {0}", centre],
        MailText.Body(
            text["Hallo {0},", name],
            text["Welkom bij {0}! Klik op de link hieronder om je e-mailadres te bevestigen. Daarna kun je inloggen.", centre],
            link,
            text["Heb je geen account aangemaakt? Dan kun je deze e-mail negeren."],
            text["Met vriendelijke groet,\n{0}", centre]));

    public static EmailMessage AlreadyRegistered(MailText text, string to, string name, string centre, string loginLink, string resetLink) => new(
        to,
        text["Je hebt al een account bij {0}", centre],
        MailText.Body(
            text["Hallo {0},", name],
            text["Iemand probeerde met dit e-mailadres een account aan te maken, maar je hebt er al een."],
            text["Inloggen: {0}\nWachtwoord vergeten? {1}", loginLink, resetLink],
            text["Was jij dit niet? Dan hoef je niets te doen."],
            text["Met vriendelijke groet,\n{0}", centre]));

    public static EmailMessage ResetPassword(MailText text, string to, string name, string centre, string link) => new(
        to,
        text["Nieuw wachtwoord voor {0}", centre],
        MailText.Body(
            text["Hallo {0},", name],
            text["Je hebt gevraagd om een nieuw wachtwoord. Klik op de link hieronder om er een te kiezen. De link werkt één keer."],
            link,
            text["Heb je dit niet gevraagd? Dan kun je deze e-mail negeren; je wachtwoord blijft hetzelfde."],
            text["Met vriendelijke groet,\n{0}", centre]));
}
