using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.FollowUps;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Domain.Vacancies;

namespace VrijwilligersPortal.Infrastructure.Persistence;

/// <summary>
/// Two columns on each application that only the reports read, kept by the save that changes
/// what they are made of (docs/adr/0187), so that a municipality's report reads the index ranges
/// of its own areas instead of testing every application against thousands of vacancy ids:
/// <list type="bullet">
/// <item><see cref="Area"/>: the four digits of the vacancy's postcode, or of its organisation's
/// when the vacancy has none (working remotely); refreshed when an application is added and when a
/// vacancy's or an organisation's postcode changes.</item>
/// <item><see cref="LatestStillActive"/>: what the application's latest answered follow-up said
/// about "still active" (null: none answered); refreshed when a follow-up is answered.</item>
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
        List<PlacementFollowUp> Answered);

    /// <summary>Call before the save: the added applications and answered follow-ups get their ids in it.</summary>
    internal static Pending? Find(ChangeTracker tracker)
    {
        var pending = new Pending([], [], [], []);
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
                case { Entity: PlacementFollowUp { AnsweredAt: not null } added, State: EntityState.Added }:
                    pending.Answered.Add(added);
                    break;
                case { Entity: PlacementFollowUp answered, State: EntityState.Modified } when Changed(entry, nameof(PlacementFollowUp.AnsweredAt)):
                    pending.Answered.Add(answered);
                    break;
            }
        }

        return pending is { Added.Count: 0, Vacancies.Count: 0, Organisations.Count: 0, Answered.Count: 0 } ? null : pending;
    }

    /// <summary>Call after the save, in its transaction.</summary>
    internal static async Task RefreshAsync(PortalDbContext db, Pending pending, CancellationToken cancellationToken)
    {
        foreach (var applications in Areas(db, pending))
        {
            await applications.ExecuteUpdateAsync(s => s.SetProperty(a => EF.Property<string?>(a, Area), AreaOf(db)), cancellationToken);
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
        }

        Answered(db, pending)?.ExecuteUpdate(s => s.SetProperty(a => EF.Property<bool?>(a, LatestStillActive), LatestStillActiveOf(db)));
    }

    /// <summary>The area an application counts in, from its vacancy (as the reports counted it before 0187).</summary>
    public static Expression<Func<Application, string?>> AreaOf(PortalDbContext db) =>
        a => db.Vacancies.Where(v => v.Id == a.VacancyId).Select(v => (v.Postcode ?? v.Organisation!.Postcode).Substring(0, 4)).FirstOrDefault();

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
