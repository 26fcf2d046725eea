using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Vacancies;

namespace VrijwilligersPortal.Domain.Applications;

/// <summary>
/// A volunteer's response to one vacancy (reactie): Submitted → InContact → Placed, or Declined
/// (with a reason the volunteer sees) or Withdrawn (by the volunteer). Created through
/// <see cref="Vacancy.Apply"/>, which enforces the capacity rule.
/// </summary>
public sealed class Application
{
    public const int MotivationMinLength = 20;
    public const int MotivationMaxLength = 2000;

    private readonly List<StatusChange<ApplicationStatus>> _history = [];

    private Application()
    {
        Motivation = string.Empty;
    }

    internal Application(Vacancy vacancy, int volunteerId, string motivation, ContactPreference contactPreference, Guid by, DateTimeOffset at)
    {
        var text = motivation?.Trim() ?? string.Empty;
        Guard.That(
            text.Length is >= MotivationMinLength and <= MotivationMaxLength,
            "Schrijf een korte motivatie van {0} tot {1} tekens.",
            MotivationMinLength,
            MotivationMaxLength);

        Vacancy = vacancy;
        VolunteerId = volunteerId;
        Motivation = text;
        ContactPreference = contactPreference;
        Status = ApplicationStatus.Submitted;
        SubmittedAt = at;
        StatusChangedAt = at;
        _history.Add(new StatusChange<ApplicationStatus>(null, ApplicationStatus.Submitted, at, by));
    }

    public int Id { get; private set; }

    public int VacancyId { get; private set; }

    public Vacancy? Vacancy { get; private set; }

    public int VolunteerId { get; private set; }

    public string Motivation { get; private set; }

    public ContactPreference ContactPreference { get; private set; }

    public ApplicationStatus Status { get; private set; }

    /// <summary>The organisation's reason for declining, shown to the volunteer.</summary>
    public string? DeclineReason { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public DateTimeOffset StatusChangedAt { get; private set; }

    public IReadOnlyList<StatusChange<ApplicationStatus>> History => _history;

    /// <summary>
    /// When the organisation first answered: the first move to in contact, placed or declined.
    /// Set once with that change and equal to its moment in <see cref="History"/>; kept on the
    /// application so the reports need not look through the history of every application.
    /// </summary>
    public DateTimeOffset? FirstAnsweredAt { get; private set; }

    /// <summary>
    /// How long the volunteer waited for that first answer, in whole hours rounded up (so "within
    /// 7 days" is exactly at most 168). Set with <see cref="FirstAnsweredAt"/>; the reports count
    /// and take medians over it in the database (docs/adr/0160).
    /// </summary>
    public int? HoursToFirstAnswer { get; private set; }

    /// <summary>When the volunteer was placed through this application (set once, as in <see cref="History"/>).</summary>
    public DateTimeOffset? PlacedAt { get; private set; }

    /// <summary>Still waiting for an outcome.</summary>
    public bool IsOpen => Status is ApplicationStatus.Submitted or ApplicationStatus.InContact;

    /// <summary>Counts against the vacancy's number of places.</summary>
    public bool HoldsPlace => Status is ApplicationStatus.Submitted or ApplicationStatus.InContact or ApplicationStatus.Placed;

    /// <summary>Nobody from the organisation reacted within the centre's threshold.</summary>
    public bool IsUnanswered(DateTimeOffset now, TimeSpan threshold) =>
        Status == ApplicationStatus.Submitted && now - SubmittedAt > threshold;

    public void StartContact(Guid by, DateTimeOffset at) =>
        Move(ApplicationStatus.InContact, by, at, null, "in contact zetten", ApplicationStatus.Submitted);

    public void Place(Guid by, DateTimeOffset at) =>
        Move(ApplicationStatus.Placed, by, at, null, "als geplaatst markeren", ApplicationStatus.Submitted, ApplicationStatus.InContact);

    public void Decline(string reason, Guid by, DateTimeOffset at)
    {
        var why = Guard.Text(reason, 1000, "Geef de vrijwilliger een reden (hoogstens 1000 tekens); die krijgt hij of zij te zien.");
        Move(ApplicationStatus.Declined, by, at, why, "afwijzen", ApplicationStatus.Submitted, ApplicationStatus.InContact);
        DeclineReason = why;
    }

    public void Withdraw(Guid by, DateTimeOffset at) =>
        Move(ApplicationStatus.Withdrawn, by, at, null, "intrekken", ApplicationStatus.Submitted, ApplicationStatus.InContact);

    /// <summary>
    /// The volunteer erased their account. The application stays as an anonymous record so the
    /// centre's figures stay right, without the texts that could identify the person; an open one
    /// is withdrawn, because nobody can be reached any more. Needs <see cref="History"/> loaded.
    /// </summary>
    public void Anonymise(Guid by, DateTimeOffset at)
    {
        foreach (var change in _history)
        {
            change.ClearNote();
        }

        if (IsOpen)
        {
            Move(ApplicationStatus.Withdrawn, by, at, "account verwijderd", "intrekken", ApplicationStatus.Submitted, ApplicationStatus.InContact);
        }

        Motivation = string.Empty;
        DeclineReason = null;
    }

    /// <summary>A waiting time in whole hours, rounded up; never below zero.</summary>
    public static int WholeHoursUp(TimeSpan wait) => wait <= TimeSpan.Zero ? 0 : (int)((wait.Ticks + TimeSpan.TicksPerHour - 1) / TimeSpan.TicksPerHour);

    private void Move(ApplicationStatus to, Guid by, DateTimeOffset at, string? note, string action, params ApplicationStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new DomainException("Een reactie met status '{0}' kun je niet {1}.", DutchNames.Of(Status), action);
        }

        _history.Add(new StatusChange<ApplicationStatus>(Status, to, at, by, note));
        Status = to;
        StatusChangedAt = at;
        if (to is ApplicationStatus.InContact or ApplicationStatus.Placed or ApplicationStatus.Declined)
        {
            if (FirstAnsweredAt is null)
            {
                FirstAnsweredAt = at;
                HoursToFirstAnswer = WholeHoursUp(at - SubmittedAt);
            }
        }

        if (to == ApplicationStatus.Placed)
        {
            PlacedAt ??= at;
        }
    }
}
