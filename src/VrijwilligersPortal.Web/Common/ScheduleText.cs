using VrijwilligersPortal.Domain.Common;

namespace VrijwilligersPortal.Web.Common;

public static class ScheduleText
{
    private static readonly Dictionary<DayOfWeek, string> ShortDays = new()
    {
        [DayOfWeek.Monday] = "ma",
        [DayOfWeek.Tuesday] = "di",
        [DayOfWeek.Wednesday] = "wo",
        [DayOfWeek.Thursday] = "do",
        [DayOfWeek.Friday] = "vr",
        [DayOfWeek.Saturday] = "za",
        [DayOfWeek.Sunday] = "zo",
    };

    /// <summary>"dinsdagochtend en zaterdagmiddag", or grouped per day when there are more: "di ochtend · za ochtend, middag".</summary>
    public static string Describe(WeekSchedule schedule)
    {
        var slots = schedule.Slots().ToList();
        if (slots.Count == 0)
        {
            return "in overleg";
        }

        if (slots.Count <= 2)
        {
            return string.Join(" en ", slots.Select(s => DutchNames.Of(s.Day, s.Part)));
        }

        return string.Join(" · ", slots
            .GroupBy(s => s.Day)
            .Select(day => $"{ShortDays[day.Key]} {string.Join(", ", day.Select(s => DutchNames.Of(s.Part)))}"));
    }
}
