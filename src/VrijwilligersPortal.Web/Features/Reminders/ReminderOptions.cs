namespace VrijwilligersPortal.Web.Features.Reminders;

/// <summary>
/// Configuration section <c>Reminders</c> (issue 16, docs/adr/0112). How many days an application
/// may go unanswered is the centre setting <c>UnansweredAfterDays</c> (N): the organisation is
/// mailed after N days, the volunteer after 2N.
/// </summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    /// <summary>How often the background service runs; zero or less switches it off.</summary>
    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromHours(1);

    /// <summary>A vacancy whose end date is this many days away or fewer gets its reminder.</summary>
    public int VacancyExpiresWithinDays { get; set; } = 14;

    /// <summary>An organisation whose members have not logged in for this many months is reported to staff.</summary>
    public int OrganisationInactiveAfterMonths { get; set; } = 6;
}
