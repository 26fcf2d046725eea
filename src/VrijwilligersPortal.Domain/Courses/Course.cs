using VrijwilligersPortal.Domain.Common;

namespace VrijwilligersPortal.Domain.Courses;

/// <summary>Who a course is meant for.</summary>
public enum CourseAudience
{
    Everyone,
    Coordinators,
    Volunteers,
}

public enum CourseStatus
{
    Published,
    Cancelled,
}

/// <summary>One meeting of a course: a course may have several.</summary>
public sealed class CourseSession
{
    private CourseSession()
    {
    }

    internal CourseSession(DateTimeOffset startsAt, DateTimeOffset endsAt)
    {
        StartsAt = startsAt;
        EndsAt = endsAt;
    }

    public int Id { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }
}

/// <summary>What staff fill in for a course; checked by <see cref="Course"/>.</summary>
public sealed record CourseDetails
{
    public required string Title { get; init; }

    public required string Description { get; init; }

    public CourseAudience Audience { get; init; }

    public string? Place { get; init; }

    public string? OnlineLink { get; init; }

    public int Capacity { get; init; }

    public DateTimeOffset SignUpDeadline { get; init; }

    public required IReadOnlyList<(DateTimeOffset StartsAt, DateTimeOffset EndsAt)> Sessions { get; init; }
}

/// <summary>
/// A course, workshop or network meeting of the centre (deskundigheidsbevordering). People sign up
/// with their account; the first <see cref="Capacity"/> get a place, the rest wait in order of
/// signing up and move up when a place comes free. <see cref="Version"/> is bumped by every change
/// to the places, so two sign-ups racing for the last place cannot both be saved (docs/adr/0006).
/// </summary>
public sealed class Course
{
    public const int TitleMaxLength = 150;
    public const int DescriptionMaxLength = 4000;
    public const int PlaceMaxLength = 200;
    public const int LinkMaxLength = 500;
    public const int MaxCapacity = 1000;
    public const int MaxSessions = 20;

    private readonly List<CourseSession> _sessions = [];
    private readonly List<CourseRegistration> _registrations = [];

    private Course()
    {
        Title = string.Empty;
        Description = string.Empty;
    }

    public int Id { get; private set; }

    public string Title { get; private set; }

    public string Description { get; private set; }

    public CourseAudience Audience { get; private set; }

    public string? Place { get; private set; }

    public string? OnlineLink { get; private set; }

    public int Capacity { get; private set; }

    public DateTimeOffset SignUpDeadline { get; private set; }

    public CourseStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public Guid CreatedBy { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    /// <summary>The first session's start, kept on the row so lists can sort and filter in SQL.</summary>
    public DateTimeOffset StartsAt { get; private set; }

    public int Version { get; private set; }

    public IReadOnlyList<CourseSession> Sessions => _sessions;

    /// <summary>Needs loading (Include) before any of the sign-up methods.</summary>
    public IReadOnlyList<CourseRegistration> Registrations => _registrations;

    public int ConfirmedCount => _registrations.Count(r => r.Status == RegistrationStatus.Confirmed);

    public int PlacesLeft => Math.Max(0, Capacity - ConfirmedCount);

    public bool IsCancelled => Status == CourseStatus.Cancelled;

    public DateTimeOffset EndsAt => _sessions.Count == 0 ? StartsAt : _sessions.Max(s => s.EndsAt);

    public bool IsOpenForSignUp(DateTimeOffset now) => !IsCancelled && now <= SignUpDeadline && now < StartsAt;

    public static Course Publish(CourseDetails details, Guid by, DateTimeOffset now)
    {
        var course = new Course { Status = CourseStatus.Published, CreatedAt = now, CreatedBy = by };
        course.Apply(details, now);
        return course;
    }

    /// <summary>
    /// Staff change the course. More places let waiting people move up (returned, so they can be
    /// told); fewer places than people already confirmed is refused.
    /// </summary>
    public IReadOnlyList<CourseRegistration> Change(CourseDetails details, DateTimeOffset now)
    {
        Guard.That(!IsCancelled, "Deze cursus is geannuleerd en kan niet meer worden gewijzigd.");
        Guard.That(details.Capacity >= ConfirmedCount, "Er zijn al {0} mensen aangemeld; kies minstens zoveel plaatsen.", ConfirmedCount);
        Apply(details, now);
        Version++;
        return MoveUp(now);
    }

    public void Cancel(DateTimeOffset now)
    {
        Guard.That(!IsCancelled, "Deze cursus is al geannuleerd.");
        Status = CourseStatus.Cancelled;
        CancelledAt = now;
        Version++;
    }

    /// <summary>Signs <paramref name="userId"/> up: a place while there is one, otherwise the waiting list.</summary>
    public CourseRegistration SignUp(Guid userId, DateTimeOffset now)
    {
        Guard.That(!IsCancelled, "Deze cursus is geannuleerd.");
        Guard.That(now < StartsAt && now <= SignUpDeadline, "Aanmelden voor deze cursus kan niet meer: de aanmeldtermijn is voorbij.");
        Guard.That(ActiveRegistrationOf(userId) is null, "Je bent al aangemeld voor deze cursus.");
        var registration = new CourseRegistration(this, userId, PlacesLeft > 0 ? RegistrationStatus.Confirmed : RegistrationStatus.Waiting, now);
        _registrations.Add(registration);
        Version++;
        return registration;
    }

    /// <summary>
    /// Cancels <paramref name="userId"/>'s registration; the first person waiting moves up into a
    /// freed place and is returned (to be mailed), or null.
    /// </summary>
    public CourseRegistration? CancelRegistration(Guid userId, DateTimeOffset now)
    {
        var registration = ActiveRegistrationOf(userId) ?? throw new DomainException("Je bent niet aangemeld voor deze cursus.");
        Guard.That(now < EndsAt, "Deze cursus is al voorbij.");
        registration.Cancel(now);
        Version++;
        return IsCancelled ? null : MoveUp(now).FirstOrDefault();
    }

    /// <summary>Staff record who came; only for people who had a place.</summary>
    public void RecordAttendance(int registrationId, bool attended)
    {
        var registration = _registrations.Find(r => r.Id == registrationId) ?? throw new DomainException("Deze aanmelding hoort niet bij deze cursus.");
        Guard.That(registration.Status == RegistrationStatus.Confirmed, "Aanwezigheid registreer je alleen voor deelnemers met een plaats.");
        registration.MarkAttendance(attended);
    }

    public CourseRegistration? ActiveRegistrationOf(Guid userId) =>
        _registrations.Find(r => r.UserId == userId && r.Status != RegistrationStatus.Cancelled);

    private List<CourseRegistration> MoveUp(DateTimeOffset now)
    {
        var moved = new List<CourseRegistration>();
        foreach (var waiting in _registrations.Where(r => r.Status == RegistrationStatus.Waiting).OrderBy(r => r.SignedUpAt).ThenBy(r => r.Id).ToList())
        {
            if (PlacesLeft == 0)
            {
                break;
            }

            waiting.Confirm(now);
            moved.Add(waiting);
        }

        return moved;
    }

    private void Apply(CourseDetails details, DateTimeOffset now)
    {
        var title = Guard.Text(details.Title, TitleMaxLength, "Geef een titel van hoogstens {0} tekens.", TitleMaxLength);
        var description = Guard.Text(details.Description, DescriptionMaxLength, "Geef een beschrijving van hoogstens {0} tekens.", DescriptionMaxLength);
        var place = Guard.OptionalText(details.Place, PlaceMaxLength, "De plaats heeft hoogstens {0} tekens.", PlaceMaxLength);
        var link = Guard.OptionalText(details.OnlineLink, LinkMaxLength, "De link heeft hoogstens {0} tekens.", LinkMaxLength);
        Guard.That(place is not null || link is not null, "Geef een plaats of een link voor online deelnemen.");
        Guard.That(link is null || (Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps), "Een link voor online deelnemen begint met https://.");
        Guard.That(details.Capacity is >= 1 and <= MaxCapacity, "Het aantal plaatsen is 1 tot en met {0}.", MaxCapacity);
        Guard.That(details.Sessions.Count is >= 1 and <= MaxSessions, "Geef 1 tot {0} bijeenkomsten.", MaxSessions);
        Guard.That(details.Sessions.All(s => s.EndsAt > s.StartsAt), "Een bijeenkomst eindigt na het begin.");
        var first = details.Sessions.Min(s => s.StartsAt);
        Guard.That(first > now, "De cursus moet in de toekomst beginnen.");
        Guard.That(details.SignUpDeadline <= first, "De aanmelddeadline valt vóór het begin van de cursus.");

        Title = title;
        Description = description;
        Audience = details.Audience;
        Place = place;
        OnlineLink = link;
        Capacity = details.Capacity;
        SignUpDeadline = details.SignUpDeadline.ToUniversalTime();
        StartsAt = first.ToUniversalTime();
        _sessions.Clear();
        _sessions.AddRange(details.Sessions.OrderBy(s => s.StartsAt).Select(s => new CourseSession(s.StartsAt.ToUniversalTime(), s.EndsAt.ToUniversalTime())));
    }
}
