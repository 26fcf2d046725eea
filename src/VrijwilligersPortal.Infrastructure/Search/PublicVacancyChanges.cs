using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Domain.Shifts;
using VrijwilligersPortal.Domain.Vacancies;

namespace VrijwilligersPortal.Infrastructure.Search;

/// <summary>
/// One saved change to what the public-vacancy index holds: a vacancy (its fields, status, skills
/// or tags) or an organisation (its name or status, which every vacancy of it shows). The version
/// numbers only grow; every instance's <see cref="PublicVacancyIndex"/> reads the rows above the
/// last version it applied (docs/adr/0100).
/// </summary>
public sealed class PublicVacancyChange
{
    public long Version { get; private set; }

    public int? VacancyId { get; private set; }

    /// <summary>Only for a vacancy added in the same save: its id is known once the row is written.</summary>
    public Vacancy? Vacancy { get; private set; }

    public int? OrganisationId { get; private set; }

    /// <summary>
    /// Whether searched text changed (title, description, place, organisation name, or a new vacancy).
    /// Not read since the words moved into the index (docs/adr/0140: every reread vacancy's words are
    /// put in again); kept in the log as a record rather than dropped by a migration of its own.
    /// </summary>
    public bool TextChanged { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public static PublicVacancyChange ForVacancy(int vacancyId, bool textChanged, DateTimeOffset at) => new() { VacancyId = vacancyId, TextChanged = textChanged, ChangedAt = at };

    public static PublicVacancyChange ForNewVacancy(Vacancy vacancy, DateTimeOffset at) => new() { Vacancy = vacancy, TextChanged = true, ChangedAt = at };

    public static PublicVacancyChange ForOrganisation(int organisationId, bool textChanged, DateTimeOffset at) => new() { OrganisationId = organisationId, TextChanged = textChanged, ChangedAt = at };
}

/// <summary>
/// Finds, in every save, the changes the public-vacancy index must hear of and writes them to the
/// change log in the same save (so they are committed together or not at all); after the save it
/// tells this instance's index, whose next read catches up. Other instances read the log.
/// </summary>
public sealed class PublicVacancyChangeInterceptor(PublicVacancyIndex index, TimeProvider clock) : SaveChangesInterceptor
{
    /// <summary>Vacancy fields that neither search nor matching reads: changing only these is no change to the index.</summary>
    private static readonly HashSet<string> Unread = [nameof(Vacancy.Version), nameof(Vacancy.ViewCount), nameof(Vacancy.UpdatedAt), nameof(Vacancy.ReviewComment)];

    /// <summary>Vacancy fields the word index searches.</summary>
    private static readonly HashSet<string> Searched = [nameof(Vacancy.Title), nameof(Vacancy.Description), nameof(Vacancy.EnglishTitle), nameof(Vacancy.EnglishSummary), nameof(Vacancy.Place)];

    /// <summary>Shift fields the index reads (its day, cancelled or not); a sign-up only bumps the version.</summary>
    private static readonly HashSet<string> ReadOfShift = [nameof(Shift.Date), nameof(Shift.Status)];

    /// <summary>Organisation fields the index depends on: the status decides public, the name is searched.</summary>
    private static readonly HashSet<string> ReadOfOrganisation = [nameof(Organisation.Status), nameof(Organisation.Name)];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Notify(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Notify(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Record(DbContext? db)
    {
        if (db is null)
        {
            return;
        }

        // EF detects changes after the interceptors run; the states are needed now.
        if (db.ChangeTracker.AutoDetectChangesEnabled)
        {
            db.ChangeTracker.DetectChanges();
        }

        var now = clock.GetUtcNow();
        var vacancies = new Dictionary<int, bool>();
        var added = new List<Vacancy>();
        var organisations = new Dictionary<int, bool>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            switch (entry)
            {
                case { Entity: Vacancy vacancy, State: EntityState.Added }:
                    added.Add(vacancy);
                    break;
                case { Entity: Vacancy vacancy, State: EntityState.Modified or EntityState.Deleted } when ChangesRead(entry, Unread, read: false):
                    vacancies[vacancy.Id] = vacancies.GetValueOrDefault(vacancy.Id) || ChangesRead(entry, Searched, read: true);
                    break;
                case { Entity: Organisation organisation, State: EntityState.Modified } when ChangesRead(entry, ReadOfOrganisation, read: true):
                    organisations[organisation.Id] = entry.Property(nameof(Organisation.Name)).IsModified;
                    break;
                case { Entity: Shift shift, State: EntityState.Added } when !entry.Property(nameof(Shift.VacancyId)).IsTemporary:
                    vacancies[shift.VacancyId] = vacancies.GetValueOrDefault(shift.VacancyId);
                    break;
                case { Entity: Shift shift, State: EntityState.Modified or EntityState.Deleted } when ChangesRead(entry, ReadOfShift, read: true):
                    vacancies[shift.VacancyId] = vacancies.GetValueOrDefault(shift.VacancyId);
                    break;
                case { State: EntityState.Added or EntityState.Deleted } when entry.Metadata.Name is "VacancySkills" or "VacancySuitableForTags":
                    var id = (int)entry.Property("VacancyId").CurrentValue!;
                    if (!entry.Property("VacancyId").IsTemporary)
                    {
                        vacancies[id] = vacancies.GetValueOrDefault(id);
                    }

                    break;
            }
        }

        if (vacancies.Count + added.Count + organisations.Count == 0)
        {
            return;
        }

        var log = db.Set<PublicVacancyChange>();
        log.AddRange(vacancies.Select(v => PublicVacancyChange.ForVacancy(v.Key, v.Value, now)));
        log.AddRange(added.Select(v => PublicVacancyChange.ForNewVacancy(v, now)));
        log.AddRange(organisations.Select(o => PublicVacancyChange.ForOrganisation(o.Key, o.Value, now)));
    }

    private void Notify(DbContext? db)
    {
        // The rows this save wrote are now committed (or the caller's transaction will commit them).
        if (db is not null && db.ChangeTracker.Entries<PublicVacancyChange>().Any())
        {
            index.NoteChangeSavedHere();
            foreach (var entry in db.ChangeTracker.Entries<PublicVacancyChange>().ToList())
            {
                entry.State = EntityState.Detached;
            }
        }
    }

    private static bool ChangesRead(EntityEntry entry, HashSet<string> names, bool read) =>
        entry.State == EntityState.Deleted
        || entry.Properties.Any(p => p.IsModified && names.Contains(p.Metadata.Name) == read);
}
