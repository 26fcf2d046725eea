using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Web.Common;

namespace VrijwilligersPortal.Web.Features.Reminders;

public sealed record OtherVacancy(string Title, string Link);

internal static class ReminderEmails
{
    public static EmailMessage Unanswered(string to, string name, string vacancy, DateTimeOffset submittedAt, string link, string optOut, string centre) => new(
        to,
        $"Een vrijwilliger wacht op antwoord: {vacancy}",
        $"""
        Hallo {name},

        Op {DutchTime.Date(submittedAt)} reageerde een vrijwilliger op jullie vacature "{vacancy}". Er is nog geen antwoord gegeven.

        Wie lang op een antwoord wacht, haakt vaak af. Wil je de reactie bekijken en laten weten of jullie contact opnemen?
        {link}

        Met vriendelijke groet,
        {centre}

        Wil je deze herinneringen niet meer ontvangen? {optOut}
        """);

    public static EmailMessage StillWaiting(string to, string name, string vacancy, string organisation, IReadOnlyList<OtherVacancy> others, string helpLink, string optOut, string centre) => new(
        to,
        "Nog geen antwoord? Misschien past dit ook bij je",
        $"""
        Hallo {name},

        Je reageerde een tijd geleden op "{vacancy}" bij {organisation}, maar kreeg nog geen antwoord. Vervelend! Wij hebben de organisatie eraan herinnerd.

        {(others.Count > 0 ? "Ondertussen vonden we deze vacatures die ook bij je passen:\n" + string.Join("\n", others.Select(o => $"- {o.Title}: {o.Link}")) : "Kijk ook eens naar de andere vacatures op onze site.")}

        Wil je liever persoonlijke hulp bij het vinden van vrijwilligerswerk? Een medewerker van de centrale denkt graag met je mee:
        {helpLink}

        Met vriendelijke groet,
        {centre}

        Wil je deze berichten niet meer ontvangen? {optOut}
        """);

    public static EmailMessage VacancyExpiring(string to, string name, string vacancy, DateOnly endDate, string link, string optOut, string centre) => new(
        to,
        $"Je vacature loopt bijna af: {vacancy}",
        $"""
        Hallo {name},

        Jullie vacature "{vacancy}" loopt af op {endDate.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"))}. Daarna is hij niet meer te vinden.

        Zoeken jullie nog vrijwilligers? Verleng dan de einddatum. Is de vacature vervuld, sluit hem dan af:
        {link}

        Met vriendelijke groet,
        {centre}

        Wil je deze herinneringen niet meer ontvangen? {optOut}
        """);

    public static EmailMessage OrganisationInactive(string to, string organisation, DateTimeOffset? lastLogin, int publicVacancies, string link) => new(
        to,
        $"Organisatie al lang niet ingelogd: {organisation}",
        $"""
        {organisation} heeft {publicVacancies} openbare {(publicVacancies == 1 ? "vacature" : "vacatures")}, maar niemand van de organisatie heeft sinds {(lastLogin is { } at ? DutchTime.Date(at) : "de aanmelding")} ingelogd.

        Vrijwilligers die reageren krijgen misschien geen antwoord. Neem contact op met de organisatie:
        {link}
        """);
}
