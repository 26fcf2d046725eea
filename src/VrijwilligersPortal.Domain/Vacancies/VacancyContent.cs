using VrijwilligersPortal.Domain.Common;

namespace VrijwilligersPortal.Domain.Vacancies;

/// <summary>What an organisation writes about a piece of volunteer work.</summary>
public sealed record VacancyContent
{
    public required string Title { get; init; }

    public required string Description { get; init; }

    /// <summary>An optional English title beside the Dutch one, for visitors who read English; search finds its words too.</summary>
    public string? EnglishTitle { get; init; }

    /// <summary>An optional short English summary of the work (the full description stays in Dutch).</summary>
    public string? EnglishSummary { get; init; }

    public required int CategoryId { get; init; }

    /// <summary>Work that can be done from home; then place and postcode are optional.</summary>
    public bool IsRemote { get; init; }

    /// <summary>Dutch PC4 or Belgian 4-digit postcode of where the work is done.</summary>
    public string? Postcode { get; init; }

    public string? Place { get; init; }

    public GeoPoint? Location { get; init; }

    public Commitment Commitment { get; init; }

    public WeekSchedule Schedule { get; init; }

    public int? HoursPerWeek { get; init; }

    public DateOnly? StartDate { get; init; }

    public DateOnly? EndDate { get; init; }

    /// <summary>How many volunteers are wanted; null means no limit.</summary>
    public int? Places { get; init; }

    public int? MinimumAge { get; init; }

    public bool RequiresVog { get; init; }

    public required string ContactName { get; init; }

    public required string ContactEmail { get; init; }

    public string? ContactPhone { get; init; }
}
