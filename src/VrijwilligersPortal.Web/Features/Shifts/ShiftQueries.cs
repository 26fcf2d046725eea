using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Shifts;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;

namespace VrijwilligersPortal.Web.Features.Shifts;

/// <summary>Who a shift mail goes to; null e-mail for someone who cannot be mailed.</summary>
/// <summary>A volunteer to mail about a shift, with the language of their account (null without one).</summary>
public sealed record ShiftPerson(string? Email, string Name, string? Language);

/// <summary>One shift as the vacancy page shows it.</summary>
public sealed record PublicShift(int Id, DateOnly Date, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Place, int PlacesNeeded, int PlacesTaken, bool NeedsApproval, ShiftSignUpStatus? Mine)
{
    public int PlacesLeft => Math.Max(0, PlacesNeeded - PlacesTaken);
}

/// <summary>One of the volunteer's own sign-ups (/mijn/diensten).</summary>
public sealed record MyShift(int ShiftId, int VacancyId, string Title, string Organisation, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Place, ShiftSignUpStatus Status, bool ShiftCancelled, bool? Attended);

/// <summary>Reads about shifts; every one filters on what the caller may see.</summary>
public static class ShiftQueries
{
    /// <summary>The activity behind a public vacancy (published, approved organisation, not ended); null otherwise.</summary>
    public static Task<ShiftActivity?> PublicActivityAsync(PortalDbContext db, int vacancyId, DateOnly today, CancellationToken cancellationToken) =>
        ActivityOfAsync(db.Vacancies.AsNoTracking().PublicOn(today).Where(v => v.Id == vacancyId), cancellationToken);

    /// <summary>The activity of any vacancy, for mails about a shift that exists.</summary>
    public static Task<ShiftActivity?> ActivityAsync(PortalDbContext db, int vacancyId, CancellationToken cancellationToken) =>
        ActivityOfAsync(db.Vacancies.AsNoTracking().Where(v => v.Id == vacancyId), cancellationToken);

    public static async Task<ShiftPerson?> PersonAsync(PortalDbContext db, int volunteerId, CancellationToken cancellationToken)
    {
        var person = await db.Volunteers.AsNoTracking()
            .Where(v => v.Id == volunteerId && v.ErasedAt == null)
            .Select(v => new { v.Email, v.Name, Language = db.Users.Where(u => u.Id == v.UserId).Select(u => u.PreferredLanguage).FirstOrDefault() })
            .SingleOrDefaultAsync(cancellationToken);
        return person is null ? null : new ShiftPerson(person.Email, person.Name, person.Language);
    }

    /// <summary>The shifts of a vacancy that have not begun and are not cancelled, with the places taken and the volunteer's own status.</summary>
    public static async Task<IReadOnlyList<PublicShift>> UpcomingAsync(PortalDbContext db, int vacancyId, int? volunteerId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var shifts = await db.Shifts.AsNoTracking()
            .Where(s => s.VacancyId == vacancyId && s.Status == ShiftStatus.Open && s.StartsAt > now)
            .OrderBy(s => s.StartsAt)
            .Select(s => new
            {
                s.Id,
                s.Date,
                s.StartsAt,
                s.EndsAt,
                s.Place,
                s.PlacesNeeded,
                s.NeedsApproval,
                Taken = s.SignUps.Count(u => u.Status == ShiftSignUpStatus.Confirmed || u.Status == ShiftSignUpStatus.Pending),
                Mine = s.SignUps
                    .Where(u => u.VolunteerId == volunteerId && (u.Status == ShiftSignUpStatus.Confirmed || u.Status == ShiftSignUpStatus.Pending || u.Status == ShiftSignUpStatus.Waiting))
                    .Select(u => (ShiftSignUpStatus?)u.Status)
                    .FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return [.. shifts.Select(s => new PublicShift(s.Id, s.Date, s.StartsAt, s.EndsAt, s.Place, s.PlacesNeeded, s.Taken, s.NeedsApproval, volunteerId is null ? null : s.Mine))];
    }

    public static Task<List<MyShift>> OfVolunteerAsync(PortalDbContext db, int volunteerId, CancellationToken cancellationToken) =>
        db.ShiftSignUps.AsNoTracking()
            .Where(s => s.VolunteerId == volunteerId && s.Status != ShiftSignUpStatus.Cancelled)
            .OrderByDescending(s => s.Shift!.StartsAt)
            .Join(db.Vacancies, s => s.Shift!.VacancyId, v => v.Id, (s, v) => new MyShift(
                s.ShiftId, v.Id, v.Title, v.Organisation!.Name, s.Shift!.StartsAt, s.Shift.EndsAt, s.Shift.Place ?? v.Place, s.Status, s.Shift.Status == ShiftStatus.Cancelled, s.Attended))
            .ToListAsync(cancellationToken);

    private static async Task<ShiftActivity?> ActivityOfAsync(IQueryable<Domain.Vacancies.Vacancy> vacancy, CancellationToken cancellationToken)
    {
        var found = await vacancy.Select(v => new { v.Id, v.Title, Organisation = v.Organisation!.Name, v.Place }).SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : new ShiftActivity(found.Id, found.Title, found.Organisation, found.Place, DetailPath(found.Id, found.Title));
    }

    /// <summary>The vacancy page's address with its slug, for links and mails.</summary>
    public static string DetailPath(int vacancyId, string title) => $"/vacatures/{vacancyId}/{Slug.From(title)}";
}
