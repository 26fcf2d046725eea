using VrijwilligersPortal.Infrastructure.Email;

namespace VrijwilligersPortal.Web.Features.BackOffice.Mediations;

/// <summary>The e-mails of a match proposal: to the volunteer (when they have an address) and to the vacancy's contact.</summary>
internal static class MediationEmails
{
    public static EmailMessage ProposalToVolunteer(string to, string name, string vacancyTitle, string organisation, string vacancyLink, string staffName, string centre) => new(
        to,
        $"Een vacature voor jou: '{vacancyTitle}'",
        $"""
        Hallo {name},

        Zoals besproken hebben we een vacature gevonden die bij je past: '{vacancyTitle}' van {organisation}.

        Lees er hier meer over: {vacancyLink}

        We hebben jou ook aan de organisatie voorgesteld. {staffName} neemt binnenkort contact met je op om te horen wat je ervan vindt.

        Met vriendelijke groet,
        {centre}
        """);

    public static EmailMessage ProposalToOrganisation(string to, string contactName, string vacancyTitle, string volunteerName, string staffName, string centre) => new(
        to,
        $"Voorstel van {centre}: een vrijwilliger voor '{vacancyTitle}'",
        $"""
        Beste {contactName},

        Wij bemiddelen voor {volunteerName} en denken dat uw vacature '{vacancyTitle}' goed past.

        {staffName} van {centre} neemt contact met u op om een kennismaking af te spreken. Wilt u daarvoor ruimte maken, of laten weten als de vacature al vervuld is?

        Met vriendelijke groet,
        {centre}
        """);
}
