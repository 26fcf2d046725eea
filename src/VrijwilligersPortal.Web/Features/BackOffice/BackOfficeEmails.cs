using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common.Localization;

namespace VrijwilligersPortal.Web.Features.BackOffice;

/// <summary>The e-mails staff decisions send to an organisation's members, in plain words and each member's language.</summary>
internal static class BackOfficeEmails
{
    /// <summary>The addresses of every member of the organisation (with the language they read), to tell them what the centre decided.</summary>
    public static async Task<IReadOnlyList<(string Email, string Name, string Language)>> MembersOfAsync(PortalDbContext db, int organisationId, CancellationToken cancellationToken)
    {
        var members = await db.Organisations.AsNoTracking()
            .Where(o => o.Id == organisationId)
            .SelectMany(o => o.Members.Select(m => m.UserId))
            .ToListAsync(cancellationToken);
        return await db.Users.AsNoTracking()
            .Where(u => members.Contains(u.Id) && u.Email != null)
            .Select(u => new ValueTuple<string, string, string>(u.Email!, u.DisplayName, u.PreferredLanguage))
            .ToListAsync(cancellationToken);
    }

    public static EmailMessage OrganisationDecision(MailText text, string to, string name, string organisation, OrganisationStatus status, bool reinstated, string? reason, string centre, string link)
    {
        var (subject, what) = status switch
        {
            OrganisationStatus.Approved when !reinstated => (
                text["{0} is goedgekeurd", organisation],
                text["{0} heeft {1} goedgekeurd. Je kunt nu vacatures indienen:", centre, organisation]),
            OrganisationStatus.Rejected => (
                text["{0} is niet goedgekeurd", organisation],
                MailText.Body(
                    text["{0} heeft de aanmelding van {1} niet goedgekeurd. De reden:", centre, organisation],
                    reason ?? string.Empty,
                    text["Heb je vragen? Antwoord dan op deze e-mail of neem contact met ons op. Je organisatie bekijken:"])),
            OrganisationStatus.Suspended => (
                text["{0} is geschorst", organisation],
                MailText.Body(
                    text["{0} heeft {1} geschorst. Jullie vacatures zijn zolang niet zichtbaar. De reden:", centre, organisation],
                    reason ?? string.Empty,
                    text["Neem contact met ons op om dit op te lossen. Je organisatie bekijken:"])),
            _ => (
                text["{0} is weer actief", organisation],
                text["{0} heeft de schorsing van {1} opgeheven. Jullie gepubliceerde vacatures zijn weer zichtbaar:", centre, organisation]),
        };
        return new EmailMessage(
            to,
            subject,
            MailText.Body(
                text["Hallo {0},", name],
                what + "\n" + link,
                text["Met vriendelijke groet,\n{0}", centre]));
    }

    public static EmailMessage VacancyReviewed(MailText text, string to, string name, string vacancy, string? comment, string centre, string link) => comment is null
        ? new EmailMessage(
            to,
            text["Je vacature staat online: {0}", vacancy],
            MailText.Body(
                text["Hallo {0},", name],
                text["{0} heeft je vacature \"{1}\" bekeken en gepubliceerd. Vrijwilligers kunnen er nu op reageren.", centre, vacancy] + "\n" + link,
                text["Met vriendelijke groet,\n{0}", centre]))
        : new EmailMessage(
            to,
            text["Je vacature is teruggestuurd: {0}", vacancy],
            MailText.Body(
                text["Hallo {0},", name],
                text["{0} heeft je vacature \"{1}\" bekeken en teruggestuurd met deze opmerking:", centre, vacancy],
                comment,
                text["Pas de vacature aan en dien haar opnieuw in:\n{0}", link],
                text["Met vriendelijke groet,\n{0}", centre]));
}
