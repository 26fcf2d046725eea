using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Web.Common.Localization;

namespace VrijwilligersPortal.Web.Features.BackOffice.Mediations;

/// <summary>The e-mails of a match proposal: to the volunteer (when they have an address) and to the vacancy's contact, each in their own language.</summary>
internal static class MediationEmails
{
    public static EmailMessage ProposalToVolunteer(MailText text, string to, string name, string vacancyTitle, string organisation, string vacancyLink, string staffName, string centre) => new(
        to,
        text["Een vacature voor jou: '{0}'", vacancyTitle],
        MailText.Body(
            text["Hallo {0},", name],
            text["Zoals besproken hebben we een vacature gevonden die bij je past: '{0}' van {1}.", vacancyTitle, organisation],
            text["Lees er hier meer over: {0}", vacancyLink],
            text["We hebben jou ook aan de organisatie voorgesteld. {0} neemt binnenkort contact met je op om te horen wat je ervan vindt.", staffName],
            text["Met vriendelijke groet,\n{0}", centre]));

    public static EmailMessage ProposalToOrganisation(MailText text, string to, string contactName, string vacancyTitle, string volunteerName, string staffName, string centre) => new(
        to,
        text["Voorstel van {0}: een vrijwilliger voor '{1}'", centre, vacancyTitle],
        MailText.Body(
            text["Beste {0},", contactName],
            text["Wij bemiddelen voor {0} en denken dat uw vacature '{1}' goed past.", volunteerName, vacancyTitle],
            text["{0} van {1} neemt contact met u op om een kennismaking af te spreken. Wilt u daarvoor ruimte maken, of laten weten als de vacature al vervuld is?", staffName, centre],
            text["Met vriendelijke groet,\n{0}", centre]));
}
