using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Mediations;
using VrijwilligersPortal.Infrastructure.Matching;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Features.FollowUps;

namespace VrijwilligersPortal.Web.Features.BackOffice.Mediations;

public sealed record StaffMember(Guid Id, string Name);

public sealed record NoteRow(string Text, string Author, DateTimeOffset WrittenAt);

public sealed record ProposalRow(int Id, int VacancyId, string VacancyTitle, string Organisation, ProposalStatus Status, DateTimeOffset ProposedAt, string? DeclineReason);

public sealed record HistoryRow(MediationStatus? From, MediationStatus To, DateTimeOffset At, string? By, string? Note)
{
    /// <summary>What <see cref="By"/> says when no colleague's name is known: texts of the portal, translated on the page (a name is data and is not).</summary>
    public static IReadOnlySet<string> Roles { get; } = new HashSet<string>(StringComparer.Ordinal) { "de vrijwilliger", "onbekend", "systeem" };
}

/// <summary>Everything the case page shows; notes and support needs included, so reading it is audited.</summary>
public sealed record CasePage(
    int Id,
    MediationStatus Status,
    string Name,
    string? Email,
    string? Phone,
    bool HasAccount,
    string? Question,
    DateTimeOffset RequestedAt,
    Guid? AssignedStaffId,
    string? AssignedName,
    ReferralSource? ReferralSource,
    string? Wishes,
    string? Abilities,
    string? SupportNeeds,
    string? Languages,
    IReadOnlyList<string> SuitableFor,
    DateTimeOffset? IntakeAt,
    IReadOnlyList<NoteRow> Notes,
    DateTimeOffset? NotesRemovedAt,
    IReadOnlyList<ProposalRow> Proposals,
    IReadOnlyList<SuggestedVacancy> Suggestions,
    IReadOnlyList<HistoryRow> History,
    DateTimeOffset? FollowUpDueAt,
    bool FollowUpDue,
    int? FollowUpRating,
    string? FollowUpStory,
    bool StoryMayBeUsed,
    DateTimeOffset? FollowedUpAt,
    IReadOnlyList<StaffMember> Colleagues)
{
    /// <summary>The person's data were erased; the case is an anonymous record.</summary>
    public bool PersonErased { get; init; }

    /// <summary>The "Hoe gaat het?" e-mails of the placement, with the answers of volunteer and organisation.</summary>
    public IReadOnlyList<FollowUpAnswerRow> PlacementFollowUps { get; init; } = [];

    /// <summary>Staff hand over and erase the data of someone without an account (they cannot do it themselves).</summary>
    public bool StaffKeepThePersonsData => !HasAccount && !PersonErased;

    public bool IsOpen => Status != MediationStatus.Closed;

    public bool CanPropose => Status is MediationStatus.IntakeDone or MediationStatus.Proposing;
}

internal static class CasePageQuery
{
    public static async Task<CasePage?> LoadAsync(PortalDbContext db, MatchingQueries matching, int id, DateTimeOffset now, int suggestions, IReadOnlyDictionary<Guid, string> staff, CancellationToken cancellationToken)
    {
        var mediation = await db.Mediations.AsNoTracking().Include(m => m.History).SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (mediation is null)
        {
            return null;
        }

        var volunteer = await db.Volunteers.AsNoTracking()
            .Where(v => v.Id == mediation.VolunteerId)
            .Select(v => new { v.Name, v.Email, v.Phone, v.UserId, v.ErasedAt })
            .SingleAsync(cancellationToken);
        var vacancyIds = mediation.Proposals.Select(p => p.VacancyId).ToList();
        var vacancies = await db.Vacancies.AsNoTracking()
            .Where(v => vacancyIds.Contains(v.Id))
            .Select(v => new { v.Id, v.Title, Organisation = v.Organisation!.Name })
            .ToDictionaryAsync(v => v.Id, cancellationToken);
        var tagIds = mediation.SuitableForIds.ToList();
        var tags = await db.SuitableForTags.AsNoTracking().Where(t => tagIds.Contains(t.Id)).OrderBy(t => t.SortOrder).Select(t => t.Name).ToListAsync(cancellationToken);

        string Who(Guid? user) => user is { } u ? staff.GetValueOrDefault(u) ?? (u == volunteer.UserId ? "de vrijwilliger" : "onbekend") : "systeem";

        var suggested = mediation.Status is MediationStatus.IntakeDone or MediationStatus.Proposing
            ? await MediationMatches.ForAsync(matching, mediation.VolunteerId, tagIds, [.. mediation.Proposals.Where(p => p.Status != ProposalStatus.Declined).Select(p => p.VacancyId)], suggestions, cancellationToken)
            : [];

        var erased = volunteer.ErasedAt is not null;
        return new CasePage(
            mediation.Id,
            mediation.Status,
            erased ? "verwijderde vrijwilliger" : volunteer.Name,
            erased ? null : volunteer.Email,
            erased ? null : volunteer.Phone,
            volunteer.UserId is not null,
            mediation.Question,
            mediation.RequestedAt,
            mediation.AssignedStaffId,
            mediation.AssignedStaffId is { } assigned ? staff.GetValueOrDefault(assigned) : null,
            mediation.ReferralSource,
            mediation.Wishes,
            mediation.Abilities,
            mediation.SupportNeeds,
            mediation.Languages,
            tags,
            mediation.IntakeAt,
            [.. mediation.Notes.OrderByDescending(n => n.WrittenAt).ThenByDescending(n => n.Id).Select(n => new NoteRow(n.Text, Who(n.WrittenBy), n.WrittenAt))],
            mediation.NotesRemovedAt,
            [.. mediation.Proposals.OrderByDescending(p => p.ProposedAt).ThenByDescending(p => p.Id).Select(p => new ProposalRow(
                p.Id,
                p.VacancyId,
                vacancies.TryGetValue(p.VacancyId, out var v) ? v.Title : "?",
                vacancies.TryGetValue(p.VacancyId, out var o) ? o.Organisation : "?",
                p.Status,
                p.ProposedAt,
                p.DeclineReason))],
            suggested,
            [.. mediation.History.OrderBy(h => h.At).Select(h => new HistoryRow(h.From, h.To, h.At, Who(h.By), h.Note))],
            mediation.FollowUpDueAt,
            mediation.IsFollowUpDue(now),
            mediation.FollowUpRating,
            mediation.FollowUpStory,
            mediation.StoryMayBeUsed,
            mediation.FollowedUpAt,
            [.. staff.OrderBy(s => s.Value, StringComparer.CurrentCulture).Select(s => new StaffMember(s.Key, s.Value))])
        {
            PersonErased = erased,
            PlacementFollowUps = mediation.PlacedVacancyId is { } placedIn
                ? await FollowUpAnswers.ForPlacementAsync(db, mediation.VolunteerId, placedIn, cancellationToken)
                : [],
        };
    }
}
