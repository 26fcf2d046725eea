using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Common.Localization;

namespace VrijwilligersPortal.Web.Features.BackOffice.Staff;

/// <summary>The invitation of a staff member, an administrator or the municipality's reader.</summary>
internal static class StaffEmails
{
    public static EmailMessage Invitation(MailText text, string to, string name, string centre, string link, string role) => new(
        to,
        role == PortalRoles.Municipality ? text["Je account voor de rapportages van {0}", centre] : text["Je account voor het beheer van {0}", centre],
        MailText.Body(
            text["Hallo {0},", name],
            (role == PortalRoles.Municipality
                ? text["Je bent uitgenodigd om de rapportages van {0} te lezen, namens de gemeente. Kies via deze link je wachtwoord; daarna log je in met dit e-mailadres:\n{1}", centre, link]
                : text["Je bent uitgenodigd als medewerker van {0}. Kies via deze link je wachtwoord; daarna log je in met dit e-mailadres:\n{1}", centre, link]),
            text["De link werkt 24 uur. Is hij verlopen? Vraag dan via \"Wachtwoord vergeten\" op de inlogpagina een nieuwe aan."],
            text["Met vriendelijke groet,\n{0}", centre]));
}
