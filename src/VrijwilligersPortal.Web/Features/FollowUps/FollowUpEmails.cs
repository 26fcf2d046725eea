using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Web.Common;

namespace VrijwilligersPortal.Web.Features.FollowUps;

internal static class FollowUpEmails
{
    public static EmailMessage ToVolunteer(string to, string name, string vacancy, string organisation, string centre, string link, DateTimeOffset validUntil) => new(
        to,
        $"Hoe gaat het bij {organisation}?",
        $"""
        Hallo {name},

        Een paar weken geleden ben je begonnen als vrijwilliger bij {organisation} ({vacancy}). We zijn benieuwd hoe het gaat.

        Wil je het ons laten weten? Het zijn drie korte vragen en je hoeft niet in te loggen:
        {link}

        De link werkt tot en met {DutchTime.Date(validUntil)}.

        Met vriendelijke groet,
        {centre}
        """);

    public static EmailMessage ToOrganisation(string to, string contactName, string volunteer, string vacancy, string centre, string link, DateTimeOffset validUntil) => new(
        to,
        $"Hoe gaat het met de nieuwe vrijwilliger voor {vacancy}?",
        $"""
        Hallo {contactName},

        Een paar weken geleden is {volunteer} bij jullie begonnen als vrijwilliger ({vacancy}). We zijn benieuwd hoe het gaat.

        Wil je het ons laten weten? Het zijn drie korte vragen en je hoeft niet in te loggen:
        {link}

        De link werkt tot en met {DutchTime.Date(validUntil)}.

        Met vriendelijke groet,
        {centre}
        """);
}
