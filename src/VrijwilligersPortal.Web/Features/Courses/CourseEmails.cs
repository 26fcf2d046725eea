using VrijwilligersPortal.Domain.Courses;
using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Common.Localization;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Features.Courses;

/// <summary>The mails about a course sign-up; those about a place carry the course as an .ics file.</summary>
public sealed class CourseEmails(PublicUrls urls, CourseTokens tokens)
{
    public string DetailLink(Course course) => urls.Absolute($"/cursussen/{course.Id}/{Slug.From(course.Title)}");

    public string CancelLink(CourseRegistration registration) =>
        urls.Absolute($"/cursussen/afmelden?token={Uri.EscapeDataString(tokens.For(registration.Id, registration.UserId))}");

    /// <summary>Right after signing up: a place (with the calendar file) or a place on the waiting list.</summary>
    public EmailMessage SignedUp(MailText text, Course course, CourseRegistration registration, string to, string name, string centre, DateTimeOffset now) =>
        registration.Status == RegistrationStatus.Confirmed
            ? WithCalendar(course, now, new(to, text["Aangemeld: {0}", course.Title], MailText.Body(
                text["Hallo {0},", name],
                text["Je bent aangemeld voor {0}. Er is een plaats voor je.", course.Title],
                When(text, course) + "\n" + Where(text, course),
                text["In de bijlage staat de cursus voor je agenda."],
                text["Meer informatie: {0}\nKun je toch niet? Meld je af, dan krijgt iemand op de wachtlijst je plaats:\n{1}", DetailLink(course), CancelLink(registration)],
                text["Met vriendelijke groet,\n{0}", centre])))
            : new(to, text["Op de wachtlijst: {0}", course.Title], MailText.Body(
                text["Hallo {0},", name],
                text["{0} is vol. Je staat op de wachtlijst. Komt er een plaats vrij, dan krijg je die vanzelf en sturen we je een e-mail.", course.Title],
                When(text, course),
                text["Meer informatie: {0}\nWil je niet meer op de wachtlijst staan? Meld je af:\n{1}", DetailLink(course), CancelLink(registration)],
                text["Met vriendelijke groet,\n{0}", centre]));

    public EmailMessage MovedUp(MailText text, Course course, CourseRegistration registration, string to, string name, string centre, DateTimeOffset now) =>
        WithCalendar(course, now, new(to, text["Er is een plaats voor je: {0}", course.Title], MailText.Body(
            text["Hallo {0},", name],
            text["Er is een plaats vrijgekomen bij {0}. Je stond op de wachtlijst en hebt nu een plaats.", course.Title],
            When(text, course) + "\n" + Where(text, course),
            text["In de bijlage staat de cursus voor je agenda."],
            text["Kun je toch niet? Meld je af, dan gaat de plaats naar de volgende op de wachtlijst:\n{0}", CancelLink(registration)],
            text["Met vriendelijke groet,\n{0}", centre])));

    public EmailMessage Reminder(MailText text, Course course, CourseRegistration registration, string to, string name, string centre, DateTimeOffset now) =>
        WithCalendar(course, now, new(to, text["Morgen: {0}", course.Title], MailText.Body(
            text["Hallo {0},", name],
            text["Een herinnering: morgen begint {0}.", course.Title],
            When(text, course) + "\n" + Where(text, course),
            text["Kun je toch niet? Meld je dan af, zodat iemand anders je plaats kan krijgen:\n{0}", CancelLink(registration)],
            text["Met vriendelijke groet,\n{0}", centre])));

    public EmailMessage Changed(MailText text, Course course, CourseRegistration registration, string to, string name, string centre, DateTimeOffset now)
    {
        var message = new EmailMessage(to, text["Gewijzigd: {0}", course.Title], MailText.Body(
            text["Hallo {0},", name],
            text["De centrale heeft {0} gewijzigd. Zo ziet het er nu uit:", course.Title],
            When(text, course) + "\n" + Where(text, course),
            registration.Status == RegistrationStatus.Confirmed ? text["Je hebt een plaats; in de bijlage staat de nieuwe versie voor je agenda."] : text["Je staat op de wachtlijst."],
            text["Meer informatie: {0}\nKun je nu niet meer? Meld je af:\n{1}", DetailLink(course), CancelLink(registration)],
            text["Met vriendelijke groet,\n{0}", centre]));
        return registration.Status == RegistrationStatus.Confirmed ? WithCalendar(course, now, message) : message;
    }

    public EmailMessage Cancelled(MailText text, Course course, CourseRegistration registration, string to, string name, string centre, DateTimeOffset now)
    {
        var message = new EmailMessage(to, text["Geannuleerd: {0}", course.Title], MailText.Body(
            text["Hallo {0},", name],
            text["Helaas gaat {0} niet door. De centrale heeft de cursus geannuleerd. Je hoeft niets te doen.", course.Title],
            text["Met vriendelijke groet,\n{0}", centre]));
        return registration.Status == RegistrationStatus.Confirmed ? WithCalendar(course, now, message) : message;
    }

    private EmailMessage WithCalendar(Course course, DateTimeOffset now, EmailMessage message) =>
        message with { Calendar = CourseCalendar.For(course, DetailLink(course), now) };

    private static string When(MailText text, Course course) =>
        string.Join("\n", course.Sessions.OrderBy(s => s.StartsAt).Select(s => text["Wanneer: {0} tot {1}", text.DateAndTime(s.StartsAt), text.Time(s.EndsAt)]));

    private static string Where(MailText text, Course course) =>
        course.Place is { } place ? text["Waar: {0}", place] : text["Online: {0}", course.OnlineLink];
}
