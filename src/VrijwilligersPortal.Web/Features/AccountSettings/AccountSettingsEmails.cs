using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Web.Common.Localization;

namespace VrijwilligersPortal.Web.Features.AccountSettings;

/// <summary>The mails about a changed e-mail address or password, in the account's language.</summary>
internal static class AccountSettingsEmails
{
    public static EmailMessage ConfirmNewAddress(MailText text, string to, string name, string centre, string link) => new(
        to,
        text["Bevestig je nieuwe e-mailadres bij {0}", centre],
        MailText.Body(
            text["Hallo {0},", name],
            text["Je wilt voortaan dit e-mailadres gebruiken voor {0}. Klik op de link hieronder om dat te bevestigen. Tot je dat doet, blijft je oude adres gelden.", centre],
            link,
            text["Heb je dit niet gevraagd? Dan kun je deze e-mail negeren."],
            text["Met vriendelijke groet,\n{0}", centre]));

    public static EmailMessage AddressTaken(MailText text, string to, string centre) => new(
        to,
        text["Wijziging van e-mailadres bij {0}", centre],
        MailText.Body(
            text["Hallo,"],
            text["Iemand wilde dit e-mailadres gebruiken voor een account bij {0}, maar er is al een account met dit adres. Er is niets gewijzigd.", centre],
            text["Was jij dit niet? Dan hoef je niets te doen."],
            text["Met vriendelijke groet,\n{0}", centre]));

    public static EmailMessage ChangeRequested(MailText text, string to, string name, string newEmail, string centre) => new(
        to,
        text["Je e-mailadres bij {0} wordt gewijzigd", centre],
        MailText.Body(
            text["Hallo {0},", name],
            text["Er is gevraagd om je account bij {0} voortaan te koppelen aan {1}. Dat gebeurt pas als op dat adres de bevestigingslink wordt geopend.", centre, newEmail],
            text["Was jij dit niet? Wijzig dan je wachtwoord en neem contact met ons op."],
            text["Met vriendelijke groet,\n{0}", centre]));

    public static EmailMessage PasswordChanged(MailText text, string to, string name, string centre) => new(
        to,
        text["Je wachtwoord bij {0} is gewijzigd", centre],
        MailText.Body(
            text["Hallo {0},", name],
            text["Je wachtwoord is zojuist gewijzigd. Op andere apparaten moet je opnieuw inloggen."],
            text["Was jij dit niet? Vraag dan meteen een nieuw wachtwoord aan via 'Wachtwoord vergeten' en neem contact met ons op."],
            text["Met vriendelijke groet,\n{0}", centre]));
}
