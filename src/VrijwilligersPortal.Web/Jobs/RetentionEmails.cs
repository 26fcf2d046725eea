using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Web.Common.Localization;

namespace VrijwilligersPortal.Web.Jobs;

/// <summary>The mails of <see cref="RetentionJob"/>: the warning before an inactive account is erased, and the erasure.</summary>
internal static class RetentionEmails
{
    public static EmailMessage Warning(MailText text, string to, string name, string centre, int months, DateTimeOffset eraseAfter, string contact) => new(
        to,
        text["Je account bij {0} wordt binnenkort verwijderd", centre],
        MailText.Body(
            text["Hallo {0},", name],
            text["Je bent al {0} maanden niet meer ingelogd bij {1}. We bewaren je gegevens niet langer dan nodig, daarom verwijderen we je account na {2}.", months, centre, text.Date(eraseAfter)],
            text["Wil je je account houden? Log dan voor die datum in op onze website; meer hoef je niet te doen."],
            string.IsNullOrWhiteSpace(contact)
                ? text["Wil je liever nu al alles laten verwijderen, of heb je vragen? Neem dan contact met ons op."]
                : text["Wil je liever nu al alles laten verwijderen, of heb je vragen? Neem dan contact met ons op via {0}.", contact],
            text["Met vriendelijke groet,\n{0}", centre]));

    public static EmailMessage Erased(MailText text, string to, string name, string centre) => new(
        to,
        text["Je account bij {0} is verwijderd", centre],
        MailText.Body(
            text["Hallo {0},", name],
            text["Je bent lange tijd niet ingelogd en hebt niet gereageerd op onze waarschuwing. Daarom hebben we je account en je profiel verwijderd. Je reacties op vacatures tellen alleen nog zonder naam mee in onze cijfers."],
            text["Wil je later weer vrijwilligerswerk zoeken? Dan ben je van harte welkom met een nieuw account."],
            text["Met vriendelijke groet,\n{0}", centre]));
}
