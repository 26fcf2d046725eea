using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using VrijwilligersPortal.Domain.Courses;

namespace VrijwilligersPortal.Web.Features.Courses;

/// <summary>
/// The .ics attachment of the course mails (Ical.Net): one event per session, in UTC, with a
/// stable UID per course and session so a calendar updates the entry after a change instead of
/// adding a second one, and marks it cancelled when the course is.
/// </summary>
public static class CourseCalendar
{
    public static string For(Course course, string detailLink, DateTimeOffset now)
    {
        var calendar = new Calendar { Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", course.Title);
        var index = 0;
        foreach (var session in course.Sessions.OrderBy(s => s.StartsAt))
        {
            index++;
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"course-{course.Id}-session-{index}@vrijwilligersportal",
                Summary = course.Sessions.Count > 1 ? $"{course.Title} ({index}/{course.Sessions.Count})" : course.Title,
                Description = $"{course.Description}\n\n{detailLink}",
                Location = course.Place ?? course.OnlineLink,
                Url = new Uri(detailLink),
                DtStart = new CalDateTime(session.StartsAt.UtcDateTime),
                DtEnd = new CalDateTime(session.EndsAt.UtcDateTime),
                DtStamp = new CalDateTime(now.UtcDateTime),
                Sequence = course.Version,
                Status = course.IsCancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }
}
