using System.Globalization;
using System.Text;
using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Infrastructure.Matching;
using VrijwilligersPortal.Web.Common;

namespace VrijwilligersPortal.Web.Features.Alerts;

internal static class AlertEmails
{
    public static EmailMessage NewMatches(string to, string name, string centre, string siteUrl, IReadOnlyList<RankedVacancy> vacancies, string unsubscribeLink, string oneClickUnsubscribe, bool daily)
    {
        var list = new StringBuilder();
        foreach (var vacancy in vacancies)
        {
            list.Append(CultureInfo.InvariantCulture, $"- {vacancy.Title}, {vacancy.OrganisationName}, {(vacancy.IsRemote ? "vanuit huis" : vacancy.Place)}{(vacancy.SourceCentre is { } source ? $" (via {source})" : string.Empty)}\n");
            foreach (var reason in vacancy.Match.Reasons.Take(3))
            {
                list.Append(CultureInfo.InvariantCulture, $"  · {reason.Text}\n");
            }

            list.Append(CultureInfo.InvariantCulture, $"  {siteUrl}/vacatures/{vacancy.VacancyId}/{Slug.From(vacancy.Title)}\n\n");
        }

        var subject = vacancies.Count == 1
            ? "1 nieuwe vacature die bij je past"
            : $"{vacancies.Count} nieuwe vacatures die bij je passen";
        return new(
            to,
            subject,
            $"""
            Hallo {name},

            Er {(vacancies.Count == 1 ? "is een nieuwe vacature" : "zijn nieuwe vacatures")} die bij je profiel {(vacancies.Count == 1 ? "past" : "passen")}:

            {list.ToString().TrimEnd()}

            Meer suggesties: {siteUrl}/mijn/voor-jou

            Je krijgt deze e-mail {(daily ? "hooguit één keer per dag" : "hooguit één keer per week")}, omdat je dat bij "Voor jou" hebt aangezet.
            Geen e-mail meer? Meld je af (je hoeft niet in te loggen): {unsubscribeLink}

            Met vriendelijke groet,
            {centre}
            """)
        {
            OneClickUnsubscribeUrl = oneClickUnsubscribe,
        };
    }
}
