using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Web.Common.Localization;

namespace VrijwilligersPortal.Web.Features.FollowUps;

/// <summary>The follow-up questions a few weeks after a placement, to both sides, each in their own language.</summary>
internal static class FollowUpEmails
{
    public static EmailMessage ToVolunteer(MailText text, string to, string name, string vacancy, string organisation, string centre, string link, DateTimeOffset validUntil) => new(
        to,
        text["Hoe gaat het bij {0}?", organisation],
        MailText.Body(
            text["Hallo {0},", name],
            text["Een paar weken geleden ben je begonnen als vrijwilliger bij {0} ({1}). We zijn benieuwd hoe het gaat.", organisation, vacancy],
            text["Wil je het ons laten weten? Het zijn drie korte vragen en je hoeft niet in te loggen:\n{0}", link],
            text["De link werkt tot en met {0}.", text.Date(validUntil)],
            text["Met vriendelijke groet,\n{0}", centre]));

    public static EmailMessage ToOrganisation(MailText text, string to, string contactName, string volunteer, string vacancy, string centre, string link, DateTimeOffset validUntil) => new(
        to,
        text["Hoe gaat het met de nieuwe vrijwilliger voor {0}?", vacancy],
        MailText.Body(
            text["Hallo {0},", contactName],
            text["Een paar weken geleden is {0} bij jullie begonnen als vrijwilliger ({1}). We zijn benieuwd hoe het gaat.", volunteer, vacancy],
            text["Wil je het ons laten weten? Het zijn drie korte vragen en je hoeft niet in te loggen:\n{0}", link],
            text["De link werkt tot en met {0}.", text.Date(validUntil)],
            text["Met vriendelijke groet,\n{0}", centre]));
}
