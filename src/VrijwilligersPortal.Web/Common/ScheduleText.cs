using Microsoft.AspNetCore.Mvc.Localization;
using VrijwilligersPortal.Domain.Common;

namespace VrijwilligersPortal.Web.Common;

/// <summary>A week schedule in a few words, in the reader's language (the day names are keys of Resources/&lt;culture&gt;/Names.json).</summary>
public static class ScheduleText
{
    /// <summary>The short day names, each a key of its own (<see cref="Describe(WeekSchedule, Func{string, string})"/> translates them).</summary>
    public static IReadOnlyDictionary<DayOfWeek, string> ShortDays { get; } = new Dictionary<DayOfWeek, string>
    {
        [DayOfWeek.Monday] = "ma",
        [DayOfWeek.Tuesday] = "di",
        [DayOfWeek.Wednesday] = "wo",
        [DayOfWeek.Thursday] = "do",
        [DayOfWeek.Friday] = "vr",
        [DayOfWeek.Saturday] = "za",
        [DayOfWeek.Sunday] = "zo",
    };

    /// <summary>The fixed words of a description, keys too.</summary>
    public static IReadOnlyList<string> Words { get; } = ["in overleg", "{0} en {1}"];

    public static string Describe(WeekSchedule schedule, IHtmlLocalizer localizer) => Describe(schedule, key => localizer.GetString(key).Value);

    /// <summary>"dinsdagochtend en zaterdagmiddag", or grouped per day when there are more: "di ochtend · za ochtend, middag"; <paramref name="text"/> translates each key.</summary>
    public static string Describe(WeekSchedule schedule, Func<string, string> text)
    {
        var slots = schedule.Slots().ToList();
        if (slots.Count == 0)
        {
            return text("in overleg");
        }

        if (slots.Count == 1)
        {
            return text(DutchNames.Of(slots[0].Day, slots[0].Part));
        }

        if (slots.Count == 2)
        {
            return string.Format(System.Globalization.CultureInfo.CurrentCulture, text("{0} en {1}"), text(DutchNames.Of(slots[0].Day, slots[0].Part)), text(DutchNames.Of(slots[1].Day, slots[1].Part)));
        }

        return string.Join(" · ", slots
            .GroupBy(s => s.Day)
            .Select(day => $"{text(ShortDays[day.Key])} {string.Join(", ", day.Select(s => text(DutchNames.Of(s.Part))))}"));
    }
}
