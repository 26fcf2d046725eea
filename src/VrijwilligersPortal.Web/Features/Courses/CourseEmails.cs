using VrijwilligersPortal.Domain.Courses;
using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Features.Courses;

/// <summary>The mails about a course sign-up; those about a place carry the course as an .ics file.</summary>
public sealed class CourseEmails(PublicUrls urls, CourseTokens tokens)
{
    public string DetailLink(Course course) => urls.Absolute($"/cursussen/{course.Id}/{Slug.From(course.Title)}");

    public string CancelLink(CourseRegistration registration) =>
        urls.Absolute($"/cursussen/afmelden?token={Uri.EscapeDataString(tokens.For(registration.Id, registration.UserId))}");

    /// <summary>Right after signing up: a place (with the calendar file) or a place on the waiting list.</summary>
    public EmailMessage SignedUp(Course course, CourseRegistration registration, string to, string name, string centre, DateTimeOffset now) =>
        registration.Status == RegistrationStatus.Confirmed
            ? WithCalendar(course, now, new(to, $"Aangemeld: {course.Title}", $"""
                Hallo {name},

                Je bent aangemeld voor {course.Title}. Er is een plaats voor je.

                {When(course)}
                {Where(course)}

                In de bijlage staat de cursus voor je agenda.

                Meer informatie: {DetailLink(course)}
                Kun je toch niet? Meld je af, dan krijgt iemand op de wachtlijst je plaats:
                {CancelLink(registration)}

                Met vriendelijke groet,
                {centre}
                """))
            : new(to, $"Op de wachtlijst: {course.Title}", $"""
                Hallo {name},

                {course.Title} is vol. Je staat op de wachtlijst. Komt er een plaats vrij, dan krijg je die vanzelf en sturen we je een e-mail.

                {When(course)}

                Meer informatie: {DetailLink(course)}
                Wil je niet meer op de wachtlijst staan? Meld je af:
                {CancelLink(registration)}

                Met vriendelijke groet,
                {centre}
                """);

    public EmailMessage MovedUp(Course course, CourseRegistration registration, string to, string name, string centre, DateTimeOffset now) =>
        WithCalendar(course, now, new(to, $"Er is een plaats voor je: {course.Title}", $"""
            Hallo {name},

            Er is een plaats vrijgekomen bij {course.Title}. Je stond op de wachtlijst en hebt nu een plaats.

            {When(course)}
            {Where(course)}

            In de bijlage staat de cursus voor je agenda.

            Kun je toch niet? Meld je af, dan gaat de plaats naar de volgende op de wachtlijst:
            {CancelLink(registration)}

            Met vriendelijke groet,
            {centre}
            """));

    public EmailMessage Reminder(Course course, CourseRegistration registration, string to, string name, string centre, DateTimeOffset now) =>
        WithCalendar(course, now, new(to, $"Morgen: {course.Title}", $"""
            Hallo {name},

            Een herinnering: morgen begint {course.Title}.

            {When(course)}
            {Where(course)}

            Kun je toch niet? Meld je dan af, zodat iemand anders je plaats kan krijgen:
            {CancelLink(registration)}

            Met vriendelijke groet,
            {centre}
            """));

    public EmailMessage Changed(Course course, CourseRegistration registration, string to, string name, string centre, DateTimeOffset now)
    {
        var message = new EmailMessage(to, $"Gewijzigd: {course.Title}", $"""
            Hallo {name},

            De centrale heeft {course.Title} gewijzigd. Zo ziet het er nu uit:

            {When(course)}
            {Where(course)}

            {(registration.Status == RegistrationStatus.Confirmed ? "Je hebt een plaats; in de bijlage staat de nieuwe versie voor je agenda." : "Je staat op de wachtlijst.")}

            Meer informatie: {DetailLink(course)}
            Kun je nu niet meer? Meld je af:
            {CancelLink(registration)}

            Met vriendelijke groet,
            {centre}
            """);
        return registration.Status == RegistrationStatus.Confirmed ? WithCalendar(course, now, message) : message;
    }

    public EmailMessage Cancelled(Course course, CourseRegistration registration, string to, string name, string centre, DateTimeOffset now)
    {
        var message = new EmailMessage(to, $"Geannuleerd: {course.Title}", $"""
            Hallo {name},

            Helaas gaat {course.Title} niet door. De centrale heeft de cursus geannuleerd. Je hoeft niets te doen.

            Met vriendelijke groet,
            {centre}
            """);
        return registration.Status == RegistrationStatus.Confirmed ? WithCalendar(course, now, message) : message;
    }

    private EmailMessage WithCalendar(Course course, DateTimeOffset now, EmailMessage message) =>
        message with { Calendar = CourseCalendar.For(course, DetailLink(course), now) };

    private static string When(Course course) =>
        string.Join("\n", course.Sessions.OrderBy(s => s.StartsAt).Select(s => $"Wanneer: {DutchTime.DateAndTime(s.StartsAt)} tot {DutchTime.Time(s.EndsAt)}"));

    private static string Where(Course course) =>
        course.Place is { } place ? $"Waar: {place}" : $"Online: {course.OnlineLink}";
}
