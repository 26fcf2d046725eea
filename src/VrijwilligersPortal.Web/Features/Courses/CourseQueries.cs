using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Courses;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Web.Features.Courses;

public sealed record CourseCard(int Id, string Title, CourseAudience Audience, string? Place, bool Online, DateTimeOffset StartsAt, int Sessions, int Capacity, int Confirmed, DateTimeOffset SignUpDeadline, CourseStatus Status);

public sealed record SessionRow(DateTimeOffset StartsAt, DateTimeOffset EndsAt);

public sealed record CourseDetail(int Id, string Title, string Description, CourseAudience Audience, string? Place, string? OnlineLink, int Capacity, int Confirmed, int Waiting, DateTimeOffset SignUpDeadline, CourseStatus Status, IReadOnlyList<SessionRow> Sessions)
{
    public int PlacesLeft => Math.Max(0, Capacity - Confirmed);
}

public sealed record MyRegistration(int CourseId, string Title, DateTimeOffset StartsAt, RegistrationStatus Status, CourseStatus CourseStatus, bool? Attended);

/// <summary>The reads of the course pages, projected in SQL.</summary>
internal static class CourseQueries
{
    public static Task<List<CourseCard>> ListAsync(PortalDbContext db, DateTimeOffset from, bool includeCancelled, CancellationToken cancellationToken) =>
        db.Courses.AsNoTracking()
            .Where(c => c.StartsAt >= from && (includeCancelled || c.Status == CourseStatus.Published))
            .OrderBy(c => c.StartsAt).ThenBy(c => c.Id)
            .Take(200)
            .Select(c => new CourseCard(
                c.Id,
                c.Title,
                c.Audience,
                c.Place,
                c.OnlineLink != null,
                c.StartsAt,
                c.Sessions.Count,
                c.Capacity,
                c.Registrations.Count(r => r.Status == RegistrationStatus.Confirmed),
                c.SignUpDeadline,
                c.Status))
            .ToListAsync(cancellationToken);

    public static Task<CourseDetail?> DetailAsync(PortalDbContext db, int id, CancellationToken cancellationToken) =>
        db.Courses.AsNoTracking()
            .Where(c => c.Id == id)
            .Select(c => new CourseDetail(
                c.Id,
                c.Title,
                c.Description,
                c.Audience,
                c.Place,
                c.OnlineLink,
                c.Capacity,
                c.Registrations.Count(r => r.Status == RegistrationStatus.Confirmed),
                c.Registrations.Count(r => r.Status == RegistrationStatus.Waiting),
                c.SignUpDeadline,
                c.Status,
                c.Sessions.OrderBy(s => s.StartsAt).Select(s => new SessionRow(s.StartsAt, s.EndsAt)).ToList()))
            .SingleOrDefaultAsync(cancellationToken);

    public static Task<RegistrationStatus?> StatusOfAsync(PortalDbContext db, int courseId, Guid userId, CancellationToken cancellationToken) =>
        db.CourseRegistrations.AsNoTracking()
            .Where(r => r.CourseId == courseId && r.UserId == userId && r.Status != RegistrationStatus.Cancelled)
            .Select(r => (RegistrationStatus?)r.Status)
            .SingleOrDefaultAsync(cancellationToken);

    public static Task<List<MyRegistration>> OfUserAsync(PortalDbContext db, Guid userId, CancellationToken cancellationToken) =>
        db.CourseRegistrations.AsNoTracking()
            .Where(r => r.UserId == userId)
            .OrderByDescending(r => r.Course!.StartsAt).ThenBy(r => r.Id)
            .Select(r => new MyRegistration(r.CourseId, r.Course!.Title, r.Course.StartsAt, r.Status, r.Course.Status, r.Attended))
            .ToListAsync(cancellationToken);
}
