using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Infrastructure.Email;

namespace VrijwilligersPortal.Web.Features.Applying;

/// <summary>The e-mails about a response: to the organisation's contact and to the volunteer.</summary>
internal static class ApplyingEmails
{
    public static EmailMessage ToOrganisation(
        string to,
        string contactName,
        string vacancyTitle,
        string volunteerName,
        string volunteerEmail,
        string? volunteerPhone,
        ContactPreference preference,
        string motivation,
        int answerWithinDays,
        string applicationsLink,
        string centre)
    {
        var phoneLine = volunteerPhone is { Length: > 0 } && preference != ContactPreference.Email ? $"\nTelefoon: {volunteerPhone}" : string.Empty;
        return new(
            to,
            $"Nieuwe reactie op '{vacancyTitle}'",
            $"""
            Beste {contactName},

            {volunteerName} heeft gereageerd op uw vacature '{vacancyTitle}'.

            Bericht:
            {motivation}

            Contact: graag {DutchNames.Of(preference)}
            E-mail: {volunteerEmail}{phoneLine}

            Wilt u binnen {answerWithinDays} dagen reageren? Ook als het niet doorgaat: wie geen antwoord krijgt, haakt vaak af.
            Alle reacties op uw vacatures: {applicationsLink}

            Met vriendelijke groet,
            {centre}
            """);
    }

    public static EmailMessage ToVolunteer(string to, string name, string vacancyTitle, string organisationName, string myApplicationsLink, string centre) => new(
        to,
        $"Je reactie op '{vacancyTitle}' is verstuurd",
        $"""
        Hallo {name},

        Je reactie op '{vacancyTitle}' van {organisationName} is verstuurd. De organisatie neemt contact met je op zoals je hebt gevraagd.

        Hoe het ermee staat, zie je op {myApplicationsLink}. Daar kun je je reactie ook intrekken.

        Hoor je na een week of twee niets? Laat het ons weten, dan helpen we je verder.

        Met vriendelijke groet,
        {centre}
        """);

    public static EmailMessage WithdrawnToOrganisation(string to, string contactName, string vacancyTitle, string volunteerName, string centre) => new(
        to,
        $"Reactie ingetrokken: '{vacancyTitle}'",
        $"""
        Beste {contactName},

        {volunteerName} heeft de reactie op uw vacature '{vacancyTitle}' ingetrokken. U hoeft geen contact meer op te nemen.

        Met vriendelijke groet,
        {centre}
        """);
}
