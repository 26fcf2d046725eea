using VrijwilligersPortal.Domain.Common;

namespace VrijwilligersPortal.Domain.Matching;

/// <summary>How often a volunteer wants an e-mail with new vacancies that fit.</summary>
public enum AlertFrequency
{
    Daily,
    Weekly,
}

/// <summary>
/// A volunteer's wish to get new vacancies that match above <see cref="Threshold"/> by e-mail
/// (vacaturemelding). Switching the alert off deletes it. <see cref="CoveredUntil"/> is how far the
/// alert job got: vacancies published before it have been considered, so the next e-mail only
/// holds newer ones (and <see cref="MatchAlertDelivery"/> guards against sending one twice).
/// </summary>
public sealed class MatchAlert
{
    public const int MinimumThreshold = 20;
    public const int MaximumThreshold = 90;

    private MatchAlert()
    {
    }

    public int Id { get; private set; }

    public int VolunteerId { get; private set; }

    public AlertFrequency Frequency { get; private set; }

    /// <summary>The lowest match score (0–100) a vacancy needs to be in the e-mail.</summary>
    public int Threshold { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    /// <summary>Vacancies published up to this moment have been considered for this alert.</summary>
    public DateTimeOffset CoveredUntil { get; private set; }

    /// <summary>When the last e-mail went out; null when none has yet.</summary>
    public DateTimeOffset? LastSentAt { get; private set; }

    public DateTimeOffset NextRunAt => CoveredUntil + PeriodOf(Frequency);

    public static MatchAlert SwitchOn(int volunteerId, AlertFrequency frequency, int threshold, DateTimeOffset at)
    {
        var alert = new MatchAlert { VolunteerId = volunteerId, CreatedAt = at, CoveredUntil = at };
        alert.Change(frequency, threshold, at);
        return alert;
    }

    public static TimeSpan PeriodOf(AlertFrequency frequency) => frequency switch
    {
        AlertFrequency.Daily => TimeSpan.FromDays(1),
        AlertFrequency.Weekly => TimeSpan.FromDays(7),
        _ => throw new ArgumentOutOfRangeException(nameof(frequency)),
    };

    /// <summary>Changing how often or how good keeps what was already covered: no vacancy comes twice.</summary>
    public void Change(AlertFrequency frequency, int threshold, DateTimeOffset at)
    {
        Guard.That(Enum.IsDefined(frequency), "Kies dagelijks of wekelijks.");
        Guard.That(
            threshold is >= MinimumThreshold and <= MaximumThreshold,
            "Kies een drempel tussen {0} en {1}.",
            MinimumThreshold,
            MaximumThreshold);
        Frequency = frequency;
        Threshold = threshold;
        ChangedAt = at;
    }

    public bool IsDue(DateTimeOffset now) => now >= NextRunAt;

    /// <summary>The job looked at everything published until <paramref name="now"/>; <paramref name="sent"/> when an e-mail went out.</summary>
    public void MarkCovered(DateTimeOffset now, bool sent)
    {
        Guard.That(now >= CoveredUntil, "Een melding kan niet terug in de tijd.");
        CoveredUntil = now;
        if (sent)
        {
            LastSentAt = now;
        }
    }
}

/// <summary>
/// One vacancy sent to one volunteer in an alert. Unique per pair in the database, so a vacancy is
/// never sent twice to the same person, whatever happens to the job in between.
/// </summary>
public sealed class MatchAlertDelivery
{
    private MatchAlertDelivery()
    {
    }

    public MatchAlertDelivery(int volunteerId, int vacancyId, DateTimeOffset sentAt)
    {
        VolunteerId = volunteerId;
        VacancyId = vacancyId;
        SentAt = sentAt;
    }

    public int Id { get; private set; }

    public int VolunteerId { get; private set; }

    public int VacancyId { get; private set; }

    public DateTimeOffset SentAt { get; private set; }
}
