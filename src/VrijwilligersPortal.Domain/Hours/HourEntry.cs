using VrijwilligersPortal.Domain.Common;

namespace VrijwilligersPortal.Domain.Hours;

public enum HourSource
{
    /// <summary>Recorded by itself when the organisation marked the volunteer present at a shift.</summary>
    Shift,

    /// <summary>Logged by the volunteer for an ongoing placement, per week or month.</summary>
    Logged,
}

public enum HourStatus
{
    /// <summary>Logged by the volunteer; waits for the organisation.</summary>
    Logged,

    Confirmed,
}

/// <summary>
/// Hours a volunteer gave an organisation in a period. Only confirmed hours count (on
/// /mijn, in reports and on a certificate). After erasure the row stays as an anonymous figure:
/// organisation, vacancy, period and hours, without the note or the link to a sign-up (docs/adr/0131).
/// </summary>
public sealed class HourEntry
{
    public const int NoteMaxLength = 300;
    public const int MaxMinutesPerDay = 24 * 60;
    public const int MaxPeriodDays = 31;

    private HourEntry()
    {
    }

    public int Id { get; private set; }

    public int VolunteerId { get; private set; }

    public int OrganisationId { get; private set; }

    public int VacancyId { get; private set; }

    /// <summary>The attended shift sign-up these hours come from; null for logged hours (and after erasure).</summary>
    public int? ShiftSignUpId { get; private set; }

    public HourSource Source { get; private set; }

    public DateOnly PeriodStart { get; private set; }

    public DateOnly PeriodEnd { get; private set; }

    /// <summary>Whole minutes: sums stay exact in every database (SQLite has no decimal arithmetic).</summary>
    public int Minutes { get; private set; }

    /// <summary>What the volunteer logged before the organisation corrected it; null when not corrected.</summary>
    public int? LoggedMinutes { get; private set; }

    public decimal Hours => Minutes / 60m;

    public string? Note { get; private set; }

    public HourStatus Status { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public DateTimeOffset? ConfirmedAt { get; private set; }

    /// <summary>The organisation member who confirmed; <see cref="Guid.Empty"/> for hours from a shift's attendance list.</summary>
    public Guid? ConfirmedBy { get; private set; }

    /// <summary>Hours of an attended shift: confirmed by the attendance itself.</summary>
    public static HourEntry FromShift(int volunteerId, int organisationId, int vacancyId, int signUpId, DateOnly date, TimeSpan duration, Guid by, DateTimeOffset now) => new()
    {
        VolunteerId = volunteerId,
        OrganisationId = organisationId,
        VacancyId = vacancyId,
        ShiftSignUpId = signUpId,
        Source = HourSource.Shift,
        PeriodStart = date,
        PeriodEnd = date,
        Minutes = (int)Math.Round(duration.TotalMinutes),
        Status = HourStatus.Confirmed,
        RecordedAt = now,
        ConfirmedAt = now,
        ConfirmedBy = by,
    };

    /// <summary>The volunteer logs hours for a period of up to a month that has begun.</summary>
    public static HourEntry Log(int volunteerId, int organisationId, int vacancyId, DateOnly from, DateOnly to, int minutes, string? note, DateTimeOffset now)
    {
        Guard.That(to >= from, "Het einde van de periode ligt niet vóór het begin.");
        Guard.That(to.DayNumber - from.DayNumber < MaxPeriodDays, "Geef uren per week of maand op: hoogstens {0} dagen.", MaxPeriodDays);
        Guard.That(from <= AmsterdamClock.Today(now), "Uren schrijf je voor een periode die al begonnen is.");
        CheckMinutes(minutes, from, to);
        return new HourEntry
        {
            VolunteerId = volunteerId,
            OrganisationId = organisationId,
            VacancyId = vacancyId,
            Source = HourSource.Logged,
            PeriodStart = from,
            PeriodEnd = to,
            Minutes = minutes,
            Note = Guard.OptionalText(note, NoteMaxLength, "De toelichting heeft hoogstens {0} tekens.", NoteMaxLength),
            Status = HourStatus.Logged,
            RecordedAt = now,
        };
    }

    /// <summary>The organisation confirms logged hours, as logged or corrected.</summary>
    public void Confirm(int? corrected, Guid by, DateTimeOffset now)
    {
        Guard.That(Status == HourStatus.Logged, "Deze uren zijn al bevestigd.");
        if (corrected is { } minutes && minutes != Minutes)
        {
            CheckMinutes(minutes, PeriodStart, PeriodEnd);
            LoggedMinutes = Minutes;
            Minutes = minutes;
        }

        Status = HourStatus.Confirmed;
        ConfirmedAt = now;
        ConfirmedBy = by;
    }

    /// <summary>Erasure: the figure stays, nothing that tells about the person.</summary>
    public void Anonymise()
    {
        Note = null;
        ShiftSignUpId = null;
    }

    private static void CheckMinutes(int minutes, DateOnly from, DateOnly to)
    {
        var days = to.DayNumber - from.DayNumber + 1;
        Guard.That(minutes > 0 && minutes <= MaxMinutesPerDay * days, "Geef een aantal uren groter dan 0 en hoogstens {0}.", 24 * days);
    }
}
