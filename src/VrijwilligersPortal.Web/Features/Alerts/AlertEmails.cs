using System.Text;
using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Infrastructure.Matching;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Common.Localization;

namespace VrijwilligersPortal.Web.Features.Alerts;

/// <summary>The alert of new vacancies that fit, in the volunteer's language (the vacancies' own words stay as written).</summary>
internal static class AlertEmails
{
    public static EmailMessage NewMatches(MailText text, string to, string name, string centre, string siteUrl, IReadOnlyList<RankedVacancy> vacancies, string unsubscribeLink, string oneClickUnsubscribe, bool daily)
    {
        var list = new StringBuilder();
        foreach (var vacancy in vacancies)
        {
            var where = vacancy.IsRemote ? text["vanuit huis"] : vacancy.Place;
            var via = vacancy.SourceCentre is { } source ? " " + text["(via {0})", source] : string.Empty;
            list.Append(text.Culture, $"- {vacancy.Title}, {vacancy.OrganisationName}, {where}{via}\n");
            foreach (var reason in vacancy.Match.Reasons.Take(3))
            {
                list.Append(text.Culture, $"  · {reason.Text}\n");
            }

            list.Append(text.Culture, $"  {siteUrl}/vacatures/{vacancy.VacancyId}/{Slug.From(vacancy.Title)}\n\n");
        }

        var subject = vacancies.Count == 1
            ? text["1 nieuwe vacature die bij je past"]
            : text["{0} nieuwe vacatures die bij je passen", vacancies.Count];
        return new(
            to,
            subject,
            MailText.Body(
                text["Hallo {0},", name],
                vacancies.Count == 1
                    ? text["Er is een nieuwe vacature die bij je profiel past:"]
                    : text["Er zijn nieuwe vacatures die bij je profiel passen:"],
                list.ToString().TrimEnd(),
                text["Meer suggesties: {0}", $"{siteUrl}/mijn/voor-jou"],
                (daily
                    ? text["Je krijgt deze e-mail hooguit één keer per dag, omdat je dat bij \"Voor jou\" hebt aangezet."]
                    : text["Je krijgt deze e-mail hooguit één keer per week, omdat je dat bij \"Voor jou\" hebt aangezet."])
                    + "\n" + text["Geen e-mail meer? Meld je af (je hoeft niet in te loggen): {0}", unsubscribeLink],
                text["Met vriendelijke groet,\n{0}", centre]))
        {
            OneClickUnsubscribeUrl = oneClickUnsubscribe,
        };
    }
}
