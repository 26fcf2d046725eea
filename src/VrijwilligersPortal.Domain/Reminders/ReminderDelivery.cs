namespace VrijwilligersPortal.Domain.Reminders;

/// <summary>
/// The record that a reminder about one thing went out. Unique on (<see cref="Kind"/>,
/// <see cref="SubjectId"/>), so a reminder is sent at most once, also by two instances at the same
/// moment or after a restart (docs/adr/0110).
/// </summary>
public sealed class ReminderDelivery
{
    private ReminderDelivery()
    {
        Kind = string.Empty;
    }

    public ReminderDelivery(string kind, int subjectId, DateTimeOffset sentAt)
    {
        Kind = kind;
        SubjectId = subjectId;
        SentAt = sentAt;
    }

    public long Id { get; private set; }

    /// <summary>One of <see cref="ReminderKinds"/>.</summary>
    public string Kind { get; private set; }

    /// <summary>The application, vacancy or organisation the reminder is about.</summary>
    public int SubjectId { get; private set; }

    public DateTimeOffset SentAt { get; private set; }
}

/// <summary>
/// A receiver switched one kind of reminder off. By address, because some reminders go to a
/// vacancy's contact address, which need not be an account.
/// </summary>
public sealed class ReminderOptOut
{
    public const int EmailMaxLength = 254;

    private ReminderOptOut()
    {
        Email = string.Empty;
        Kind = string.Empty;
    }

    public ReminderOptOut(string email, string kind, DateTimeOffset at)
    {
        Email = Normalise(email);
        Kind = kind;
        At = at;
    }

    public int Id { get; private set; }

    public string Email { get; private set; }

    public string Kind { get; private set; }

    public DateTimeOffset At { get; private set; }

    public static string Normalise(string email) => email.Trim().ToLowerInvariant();
}

/// <summary>The stored codes of the reminders (constants: they are written to the database).</summary>
public static class ReminderKinds
{
    /// <summary>To the organisation: an application has had no answer for N days.</summary>
    public const string ApplicationUnanswered = "application-unanswered";

    /// <summary>To the volunteer: still no answer after 2N days, with other vacancies and the offer of help.</summary>
    public const string ApplicationStillWaiting = "application-still-waiting";

    /// <summary>To the organisation: a vacancy ends within 14 days.</summary>
    public const string VacancyExpiring = "vacancy-expiring";

    /// <summary>To the centre: an organisation with public vacancies has not logged in for 6 months.</summary>
    public const string OrganisationInactive = "organisation-inactive";

    /// <summary>To the volunteer: a shift they have a place on begins within a day (subject: the sign-up).</summary>
    public const string ShiftTomorrow = "shift-tomorrow";

    /// <summary>The kinds a receiver may switch off (the centre's own notice is work mail).</summary>
    public static readonly IReadOnlyList<string> Switchable = [ApplicationUnanswered, ApplicationStillWaiting, VacancyExpiring];
}
