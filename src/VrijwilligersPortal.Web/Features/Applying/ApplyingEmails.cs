using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Web.Common.Localization;

namespace VrijwilligersPortal.Web.Features.Applying;

/// <summary>The e-mails about a response: to the organisation's contact and to the volunteer, each in their own language.</summary>
internal static class ApplyingEmails
{
    public static EmailMessage ToOrganisation(
        MailText text,
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
        var phoneLine = volunteerPhone is { Length: > 0 } && preference != ContactPreference.Email ? "\n" + text["Telefoon: {0}", volunteerPhone] : string.Empty;
        return new(
            to,
            text["Nieuwe reactie op '{0}'", vacancyTitle],
            MailText.Body(
                text["Beste {0},", contactName],
                text["{0} heeft gereageerd op uw vacature '{1}'.", volunteerName, vacancyTitle],
                text["Bericht:\n{0}", motivation],
                text["Contact: graag {0}\nE-mail: {1}", text[DutchNames.Of(preference)], volunteerEmail] + phoneLine,
                text["Wilt u binnen {0} dagen reageren? Ook als het niet doorgaat: wie geen antwoord krijgt, haakt vaak af.\nAlle reacties op uw vacatures: {1}", answerWithinDays, applicationsLink],
                text["Met vriendelijke groet,\n{0}", centre]));
    }

    public static EmailMessage ToVolunteer(MailText text, string to, string name, string vacancyTitle, string organisationName, string myApplicationsLink, string centre) => new(
        to,
        text["Je reactie op '{0}' is verstuurd", vacancyTitle],
        MailText.Body(
            text["Hallo {0},", name],
            text["Je reactie op '{0}' van {1} is verstuurd. De organisatie neemt contact met je op zoals je hebt gevraagd.", vacancyTitle, organisationName],
            text["Hoe het ermee staat, zie je op {0}. Daar kun je je reactie ook intrekken.", myApplicationsLink],
            text["Hoor je na een week of twee niets? Laat het ons weten, dan helpen we je verder."],
            text["Met vriendelijke groet,\n{0}", centre]));

    public static EmailMessage WithdrawnToOrganisation(MailText text, string to, string contactName, string vacancyTitle, string volunteerName, string centre) => new(
        to,
        text["Reactie ingetrokken: '{0}'", vacancyTitle],
        MailText.Body(
            text["Beste {0},", contactName],
            text["{0} heeft de reactie op uw vacature '{1}' ingetrokken. U hoeft geen contact meer op te nemen.", volunteerName, vacancyTitle],
            text["Met vriendelijke groet,\n{0}", centre]));
}
