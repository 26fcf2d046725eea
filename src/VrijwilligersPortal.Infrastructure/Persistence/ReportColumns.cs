using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.FollowUps;
using VrijwilligersPortal.Domain.Mediations;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Domain.Volunteers;

namespace VrijwilligersPortal.Infrastructure.Persistence;

/// <summary>
/// Columns that only the reports read, kept by the save that changes what they are made of
/// (docs/adr/0187), so that a municipality's report reads the index ranges of its own areas
/// instead of testing every row against thousands of vacancy ids or looking up its volunteer:
/// <list type="bullet">
/// <item><see cref="Area"/> of an application: the four digits of the vacancy's postcode, or of its
/// organisation's when the vacancy has none (working remotely); refreshed when an application is
/// added and when a vacancy's or an organisation's postcode changes.</item>
/// <item><see cref="Area"/> of a follow-up: its application's; of a mediation: its volunteer's
/// (none once the volunteer is erased, as before).</item>
/// <item><see cref="LatestStillActive"/> of an application: what its latest answered follow-up
/// said about "still active" (null: none answered); refreshed when a follow-up is answered.</item>
/// </list>
/// Each is written by one UPDATE with the same subquery the reports used to run, in the save's
/// transaction, so it cannot differ from what it is made of (a test compares them).
/// </summary>
public static class ReportColumns
{
    public const string Area = "ReportArea";

    public const string LatestStillActive = "LatestStillActive";

    /// <summary>What a save changes that the columns are made of; null when nothing.</summary>
    internal sealed record Pending(
        List<Application> Added,
        HashSet<int> Vacancies,
        HashSet<int> Organisations,
        List<PlacementFollowUp> Answered,
        List<PlacementFollowUp> AddedFollowUps,
        List<Mediation> AddedMediations,
        HashSet<int> Volunteers);

    /// <summary>Call before the save: the added applications and answered follow-ups get their ids in it.</summary>
    internal static Pending? Find(ChangeTracker tracker)
    {
        var pending = new Pending([], [], [], [], [], [], []);
        foreach (var entry in tracker.Entries())
        {
            switch (entry)
            {
                case { Entity: Application application, State: EntityState.Added }:
                    pending.Added.Add(application);
                    break;
                case { Entity: Vacancy vacancy, State: EntityState.Modified } when Changed(entry, nameof(Vacancy.Postcode)):
                    pending.Vacancies.Add(vacancy.Id);
                    break;
                case { Entity: Organisation organisation, State: EntityState.Modified } when Changed(entry, nameof(Organisation.Postcode)):
                    pending.Organisations.Add(organisation.Id);
                    break;
                case { Entity: PlacementFollowUp added, State: EntityState.Added }:
                    pending.AddedFollowUps.Add(added);
                    if (added.AnsweredAt is not null)
                    {
                        pending.Answered.Add(added);
                    }

                    break;
                case { Entity: PlacementFollowUp answered, State: EntityState.Modified } when Changed(entry, nameof(PlacementFollowUp.AnsweredAt)):
                    pending.Answered.Add(answered);
                    break;
                case { Entity: Mediation mediation, State: EntityState.Added }:
                    pending.AddedMediations.Add(mediation);
                    break;
                case { Entity: Volunteer volunteer, State: EntityState.Modified } when Changed(entry, nameof(Volunteer.Postcode)):
                    pending.Volunteers.Add(volunteer.Id);
                    break;
            }
        }

        return pending is { Added.Count: 0, Vacancies.Count: 0, Organisations.Count: 0, Answered.Count: 0, AddedFollowUps.Count: 0, AddedMediations.Count: 0, Volunteers.Count: 0 } ? null : pending;
    }

    /// <summary>Call after the save, in its transaction.</summary>
    internal static async Task RefreshAsync(PortalDbContext db, Pending pending, CancellationToken cancellationToken)
    {
        foreach (var applications in Areas(db, pending))
        {
            await applications.ExecuteUpdateAsync(s => s.SetProperty(a => EF.Property<string?>(a, Area), AreaOf(db)), cancellationToken);
            await FollowUpsOf(db, applications).ExecuteUpdateAsync(s => s.SetProperty(f => EF.Property<string?>(f, Area), FollowUpAreaOf(db)), cancellationToken);
        }

        if (AddedFollowUps(db, pending) is { } followUps)
        {
            await followUps.ExecuteUpdateAsync(s => s.SetProperty(f => EF.Property<string?>(f, Area), FollowUpAreaOf(db)), cancellationToken);
        }

        if (Mediations(db, pending) is { } mediations)
        {
            await mediations.ExecuteUpdateAsync(s => s.SetProperty(m => EF.Property<string?>(m, Area), MediationAreaOf(db)), cancellationToken);
        }

        if (Answered(db, pending) is { } answered)
        {
            await answered.ExecuteUpdateAsync(s => s.SetProperty(a => EF.Property<bool?>(a, LatestStillActive), LatestStillActiveOf(db)), cancellationToken);
        }
    }

    /// <inheritdoc cref="RefreshAsync"/>
    internal static void Refresh(PortalDbContext db, Pending pending)
    {
        foreach (var applications in Areas(db, pending))
        {
            applications.ExecuteUpdate(s => s.SetProperty(a => EF.Property<string?>(a, Area), AreaOf(db)));
            FollowUpsOf(db, applications).ExecuteUpdate(s => s.SetProperty(f => EF.Property<string?>(f, Area), FollowUpAreaOf(db)));
        }

        AddedFollowUps(db, pending)?.ExecuteUpdate(s => s.SetProperty(f => EF.Property<string?>(f, Area), FollowUpAreaOf(db)));
        Mediations(db, pending)?.ExecuteUpdate(s => s.SetProperty(m => EF.Property<string?>(m, Area), MediationAreaOf(db)));
        Answered(db, pending)?.ExecuteUpdate(s => s.SetProperty(a => EF.Property<bool?>(a, LatestStillActive), LatestStillActiveOf(db)));
    }

    /// <summary>The area an application counts in, from its vacancy (as the reports counted it before 0187).</summary>
    public static Expression<Func<Application, string?>> AreaOf(PortalDbContext db) =>
        a => db.Vacancies.Where(v => v.Id == a.VacancyId).Select(v => (v.Postcode ?? v.Organisation!.Postcode).Substring(0, 4)).FirstOrDefault();

    /// <summary>The area a follow-up counts in: its application's.</summary>
    public static Expression<Func<PlacementFollowUp, string?>> FollowUpAreaOf(PortalDbContext db) =>
        f => db.Applications.Where(a => a.Id == f.ApplicationId).Select(a => EF.Property<string?>(a, Area)).FirstOrDefault();

    /// <summary>The area a mediation counts in: its volunteer's postcode (none once erased).</summary>
    public static Expression<Func<Mediation, string?>> MediationAreaOf(PortalDbContext db) =>
        m => db.Volunteers.Where(v => v.Id == m.VolunteerId).Select(v => v.Postcode!.Substring(0, 4)).FirstOrDefault();

    /// <summary>What the latest answered follow-up of an application said (the latest answer wins; the later row on a tie).</summary>
    public static Expression<Func<Application, bool?>> LatestStillActiveOf(PortalDbContext db) =>
        a => db.PlacementFollowUps
            .Where(f => f.ApplicationId == a.Id && f.AnsweredAt != null)
            .OrderByDescending(f => f.AnsweredAt)
            .ThenByDescending(f => f.Id)
            .Select(f => f.StillActive)
            .FirstOrDefault();

    private static IEnumerable<IQueryable<Application>> Areas(PortalDbContext db, Pending pending)
    {
        var added = pending.Added.Select(a => a.Id).ToList();
        var vacancies = pending.Vacancies.ToList();
        var organisations = pending.Organisations.ToList();
        if (added.Count > 0)
        {
            yield return db.Applications.Where(a => added.Contains(a.Id));
        }

        if (vacancies.Count > 0)
        {
            yield return db.Applications.Where(a => vacancies.Contains(a.VacancyId));
        }

        if (organisations.Count > 0)
        {
            yield return db.Applications.Where(a => db.Vacancies.Any(v => v.Id == a.VacancyId && organisations.Contains(v.OrganisationId)));
        }
    }

    private static IQueryable<PlacementFollowUp> FollowUpsOf(PortalDbContext db, IQueryable<Application> applications) =>
        db.PlacementFollowUps.Where(f => applications.Any(a => a.Id == f.ApplicationId));

    private static IQueryable<PlacementFollowUp>? AddedFollowUps(PortalDbContext db, Pending pending)
    {
        var ids = pending.AddedFollowUps.Select(f => f.Id).ToList();
        return ids.Count == 0 ? null : db.PlacementFollowUps.Where(f => ids.Contains(f.Id));
    }

    private static IQueryable<Mediation>? Mediations(PortalDbContext db, Pending pending)
    {
        var added = pending.AddedMediations.Select(m => m.Id).ToList();
        var volunteers = pending.Volunteers.ToList();
        return added.Count == 0 && volunteers.Count == 0
            ? null
            : db.Mediations.Where(m => added.Contains(m.Id) || volunteers.Contains(m.VolunteerId));
    }

    private static IQueryable<Application>? Answered(PortalDbContext db, Pending pending)
    {
        var ids = pending.Answered.Select(f => f.ApplicationId).Distinct().ToList();
        return ids.Count == 0 ? null : db.Applications.Where(a => ids.Contains(a.Id));
    }

    private static bool Changed(EntityEntry entry, string property)
    {
        var value = entry.Property(property);
        return value.IsModified && !Equals(value.OriginalValue, value.CurrentValue);
    }
}
