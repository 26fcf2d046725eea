using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Web.Common.Localization;

namespace VrijwilligersPortal.Web.Features.Reminders;

public sealed record OtherVacancy(string Title, string Link);

/// <summary>The reminders of <see cref="Jobs.ReminderJob"/>, each in its reader's language.</summary>
internal static class ReminderEmails
{
    public static EmailMessage Unanswered(MailText text, string to, string name, string vacancy, DateTimeOffset submittedAt, string link, string optOut, string centre) => new(
        to,
        text["Een vrijwilliger wacht op antwoord: {0}", vacancy],
        MailText.Body(
            text["Hallo {0},", name],
            text["Op {0} reageerde een vrijwilliger op jullie vacature \"{1}\". Er is nog geen antwoord gegeven.", text.Date(submittedAt), vacancy],
            text["Wie lang op een antwoord wacht, haakt vaak af. Wil je de reactie bekijken en laten weten of jullie contact opnemen?\n{0}", link],
            text["Met vriendelijke groet,\n{0}", centre],
            text["Wil je deze herinneringen niet meer ontvangen? {0}", optOut]));

    public static EmailMessage StillWaiting(MailText text, string to, string name, string vacancy, string organisation, IReadOnlyList<OtherVacancy> others, string helpLink, string optOut, string centre) => new(
        to,
        text["Nog geen antwoord? Misschien past dit ook bij je"],
        MailText.Body(
            text["Hallo {0},", name],
            text["Je reageerde een tijd geleden op \"{0}\" bij {1}, maar kreeg nog geen antwoord. Vervelend! Wij hebben de organisatie eraan herinnerd.", vacancy, organisation],
            others.Count > 0
                ? text["Ondertussen vonden we deze vacatures die ook bij je passen:"] + "\n" + string.Join("\n", others.Select(o => $"- {o.Title}: {o.Link}"))
                : text["Kijk ook eens naar de andere vacatures op onze site."],
            text["Wil je liever persoonlijke hulp bij het vinden van vrijwilligerswerk? Een medewerker van de centrale denkt graag met je mee:\n{0}", helpLink],
            text["Met vriendelijke groet,\n{0}", centre],
            text["Wil je deze berichten niet meer ontvangen? {0}", optOut]));

    public static EmailMessage VacancyExpiring(MailText text, string to, string name, string vacancy, DateOnly endDate, string link, string optOut, string centre) => new(
        to,
        text["Je vacature loopt bijna af: {0}", vacancy],
        MailText.Body(
            text["Hallo {0},", name],
            text["Jullie vacature \"{0}\" loopt af op {1}. Daarna is hij niet meer te vinden.", vacancy, text.Date(endDate)],
            text["Zoeken jullie nog vrijwilligers? Verleng dan de einddatum. Is de vacature vervuld, sluit hem dan af:\n{0}", link],
            text["Met vriendelijke groet,\n{0}", centre],
            text["Wil je deze herinneringen niet meer ontvangen? {0}", optOut]));

    public static EmailMessage OrganisationInactive(MailText text, string to, string organisation, DateTimeOffset? lastLogin, int publicVacancies, string link) => new(
        to,
        text["Organisatie al lang niet ingelogd: {0}", organisation],
        MailText.Body(
            lastLogin is { } at
                ? (publicVacancies == 1
                    ? text["{0} heeft 1 openbare vacature, maar niemand van de organisatie heeft sinds {1} ingelogd.", organisation, text.Date(at)]
                    : text["{0} heeft {1} openbare vacatures, maar niemand van de organisatie heeft sinds {2} ingelogd.", organisation, publicVacancies, text.Date(at)])
                : (publicVacancies == 1
                    ? text["{0} heeft 1 openbare vacature, maar niemand van de organisatie heeft sinds de aanmelding ingelogd.", organisation]
                    : text["{0} heeft {1} openbare vacatures, maar niemand van de organisatie heeft sinds de aanmelding ingelogd.", organisation, publicVacancies]),
            text["Vrijwilligers die reageren krijgen misschien geen antwoord. Neem contact op met de organisatie:\n{0}", link]));
}
