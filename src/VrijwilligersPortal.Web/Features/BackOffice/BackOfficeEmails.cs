using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Web.Features.BackOffice;

/// <summary>The e-mails staff decisions send to an organisation's members, in plain Dutch.</summary>
internal static class BackOfficeEmails
{
    /// <summary>The addresses of every member of the organisation, to tell them what the centre decided.</summary>
    public static async Task<IReadOnlyList<(string Email, string Name)>> MembersOfAsync(PortalDbContext db, int organisationId, CancellationToken cancellationToken)
    {
        var members = await db.Organisations.AsNoTracking()
            .Where(o => o.Id == organisationId)
            .SelectMany(o => o.Members.Select(m => m.UserId))
            .ToListAsync(cancellationToken);
        return await db.Users.AsNoTracking()
            .Where(u => members.Contains(u.Id) && u.Email != null)
            .Select(u => new ValueTuple<string, string>(u.Email!, u.DisplayName))
            .ToListAsync(cancellationToken);
    }

    public static EmailMessage OrganisationDecision(string to, string name, string organisation, OrganisationStatus status, bool reinstated, string? reason, string centre, string link)
    {
        var (subject, what) = status switch
        {
            OrganisationStatus.Approved when !reinstated => ($"{organisation} is goedgekeurd", $"{centre} heeft {organisation} goedgekeurd. Je kunt nu vacatures indienen:"),
            OrganisationStatus.Rejected => ($"{organisation} is niet goedgekeurd", $"{centre} heeft de aanmelding van {organisation} niet goedgekeurd. De reden:\n\n{reason}\n\nHeb je vragen? Antwoord dan op deze e-mail of neem contact met ons op. Je organisatie bekijken:"),
            OrganisationStatus.Suspended => ($"{organisation} is geschorst", $"{centre} heeft {organisation} geschorst. Jullie vacatures zijn zolang niet zichtbaar. De reden:\n\n{reason}\n\nNeem contact met ons op om dit op te lossen. Je organisatie bekijken:"),
            _ => ($"{organisation} is weer actief", $"{centre} heeft de schorsing van {organisation} opgeheven. Jullie gepubliceerde vacatures zijn weer zichtbaar:"),
        };
        return new EmailMessage(
            to,
            subject,
            $"""
            Hallo {name},

            {what}
            {link}

            Met vriendelijke groet,
            {centre}
            """);
    }

    public static EmailMessage VacancyReviewed(string to, string name, string vacancy, string? comment, string centre, string link) => comment is null
        ? new EmailMessage(
            to,
            $"Je vacature staat online: {vacancy}",
            $"""
            Hallo {name},

            {centre} heeft je vacature "{vacancy}" bekeken en gepubliceerd. Vrijwilligers kunnen er nu op reageren.
            {link}

            Met vriendelijke groet,
            {centre}
            """)
        : new EmailMessage(
            to,
            $"Je vacature is teruggestuurd: {vacancy}",
            $"""
            Hallo {name},

            {centre} heeft je vacature "{vacancy}" bekeken en teruggestuurd met deze opmerking:

            {comment}

            Pas de vacature aan en dien haar opnieuw in:
            {link}

            Met vriendelijke groet,
            {centre}
            """);
}
