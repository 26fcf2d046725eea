using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using VrijwilligersPortal.Domain.Shifts;
using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Features.Shifts;

/// <summary>What a shift mail says about its activity: the vacancy's title, organisation and place, and its page.</summary>
public sealed record ShiftActivity(int VacancyId, string Title, string Organisation, string? Place, string DetailPath);

/// <summary>The mails about a shift sign-up; those about a place carry the shift as an .ics file (Ical.Net, like the courses).</summary>
public sealed class ShiftEmails(PublicUrls urls, ShiftTokens tokens)
{
    public string CancelLink(ShiftSignUp signUp) =>
        urls.Absolute($"/diensten/afmelden?token={Uri.EscapeDataString(tokens.For(signUp.Id, signUp.VolunteerId))}");

    public EmailMessage SignedUp(ShiftActivity activity, Shift shift, ShiftSignUp signUp, string to, string name, string centre, DateTimeOffset now) => signUp.Status switch
    {
        ShiftSignUpStatus.Confirmed => WithCalendar(activity, shift, now, Mail(to, $"Aangemeld: {activity.Title}", name, centre, $"""
            Je bent aangemeld voor {activity.Title} bij {activity.Organisation}. Er is een plaats voor je.

            {When(shift)}
            {Where(activity, shift)}

            In de bijlage staat de dienst voor je agenda. De dag ervoor krijg je nog een herinnering.
            """, activity, signUp)),
        ShiftSignUpStatus.Pending => Mail(to, $"Aanmelding ontvangen: {activity.Title}", name, centre, $"""
            Je hebt je aangemeld voor {activity.Title} bij {activity.Organisation}. De organisatie bekijkt je aanmelding; we houden een plaats voor je vast. Je krijgt een e-mail zodra ze beslist.

            {When(shift)}
            """, activity, signUp),
        _ => Mail(to, $"Op de wachtlijst: {activity.Title}", name, centre, $"""
            Deze dienst van {activity.Title} is vol. Je staat op de wachtlijst. Komt er een plaats vrij, dan krijg je die vanzelf en sturen we je een e-mail.

            {When(shift)}
            """, activity, signUp),
    };

    public EmailMessage MovedUp(ShiftActivity activity, Shift shift, ShiftSignUp signUp, string to, string name, string centre, DateTimeOffset now) =>
        signUp.Status == ShiftSignUpStatus.Confirmed
            ? WithCalendar(activity, shift, now, Mail(to, $"Er is een plaats voor je: {activity.Title}", name, centre, $"""
                Er is een plaats vrijgekomen bij {activity.Title}. Je stond op de wachtlijst en hebt nu een plaats.

                {When(shift)}
                {Where(activity, shift)}

                In de bijlage staat de dienst voor je agenda.
                """, activity, signUp))
            : Mail(to, $"Er is een plaats voor je: {activity.Title}", name, centre, $"""
                Er is een plaats vrijgekomen bij {activity.Title}. De organisatie bekijkt nu je aanmelding; je krijgt een e-mail zodra ze beslist.

                {When(shift)}
                """, activity, signUp);

    public EmailMessage Approved(ShiftActivity activity, Shift shift, ShiftSignUp signUp, string to, string name, string centre, DateTimeOffset now) =>
        WithCalendar(activity, shift, now, Mail(to, $"Je aanmelding is goedgekeurd: {activity.Title}", name, centre, $"""
            {activity.Organisation} heeft je aanmelding goedgekeurd. Er is een plaats voor je.

            {When(shift)}
            {Where(activity, shift)}

            In de bijlage staat de dienst voor je agenda.
            """, activity, signUp));

    public EmailMessage Declined(ShiftActivity activity, Shift shift, string to, string name, string centre) =>
        new(to, $"Je aanmelding voor {activity.Title}", $"""
            Hallo {name},

            {activity.Organisation} kan je helaas geen plaats geven bij {activity.Title} ({When(shift)}). Kijk gerust naar andere diensten of vacatures:
            {urls.Absolute(activity.DetailPath)}

            Met vriendelijke groet,
            {centre}
            """);

    public EmailMessage Reminder(ShiftActivity activity, Shift shift, ShiftSignUp signUp, string to, string name, string centre, DateTimeOffset now) =>
        WithCalendar(activity, shift, now, Mail(to, $"Morgen: {activity.Title}", name, centre, $"""
            Een herinnering: morgen help je mee bij {activity.Title} van {activity.Organisation}.

            {When(shift)}
            {Where(activity, shift)}
            """, activity, signUp));

    public EmailMessage Changed(ActivityAndShift changed, ShiftSignUp signUp, string to, string name, string centre, DateTimeOffset now)
    {
        var (activity, shift) = changed;
        var message = Mail(to, $"Gewijzigd: {activity.Title}", name, centre, $"""
            {activity.Organisation} heeft een dienst van {activity.Title} gewijzigd. Zo ziet hij er nu uit:

            {When(shift)}
            {Where(activity, shift)}

            {(signUp.Status == ShiftSignUpStatus.Confirmed ? "Je hebt een plaats; in de bijlage staat de nieuwe versie voor je agenda." : "Je aanmelding blijft staan.")}
            """, activity, signUp);
        return signUp.Status == ShiftSignUpStatus.Confirmed ? WithCalendar(activity, shift, now, message) : message;
    }

    public EmailMessage Cancelled(ActivityAndShift cancelled, ShiftSignUp signUp, string to, string name, string centre, DateTimeOffset now)
    {
        var (activity, shift) = cancelled;
        var message = new EmailMessage(to, $"Geannuleerd: {activity.Title}", $"""
            Hallo {name},

            Helaas gaat deze dienst van {activity.Title} niet door: {activity.Organisation} heeft hem geannuleerd. Je hoeft niets te doen.

            {When(shift)}

            Met vriendelijke groet,
            {centre}
            """);
        return signUp.Status == ShiftSignUpStatus.Confirmed ? WithCalendar(activity, shift, now, message) : message;
    }

    /// <summary>The shift as a calendar event in UTC with a stable UID, so a change updates the entry and a cancellation marks it.</summary>
    public string Calendar(ShiftActivity activity, Shift shift, DateTimeOffset now)
    {
        var link = urls.Absolute(activity.DetailPath);
        var calendar = new Calendar { Method = "PUBLISH" };
        calendar.Events.Add(new CalendarEvent
        {
            Uid = $"shift-{shift.Id}@vrijwilligersportal",
            Summary = $"{activity.Title} ({activity.Organisation})",
            Description = link,
            Location = shift.Place ?? activity.Place,
            Url = new Uri(link),
            DtStart = new CalDateTime(shift.StartsAt.UtcDateTime),
            DtEnd = new CalDateTime(shift.EndsAt.UtcDateTime),
            DtStamp = new CalDateTime(now.UtcDateTime),
            Sequence = shift.Version,
            Status = shift.IsCancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
        });
        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    private EmailMessage Mail(string to, string subject, string name, string centre, string body, ShiftActivity activity, ShiftSignUp signUp) =>
        new(to, subject, $"""
            Hallo {name},

            {body}

            Meer informatie: {urls.Absolute(activity.DetailPath)}
            Kun je toch niet? Meld je af, dan gaat de plaats naar de volgende op de wachtlijst:
            {CancelLink(signUp)}

            Met vriendelijke groet,
            {centre}
            """);

    private EmailMessage WithCalendar(ShiftActivity activity, Shift shift, DateTimeOffset now, EmailMessage message) =>
        message with { Calendar = Calendar(activity, shift, now) };

    public static string When(Shift shift) => $"Wanneer: {DutchTime.Date(shift.StartsAt)} van {DutchTime.Time(shift.StartsAt)} tot {DutchTime.Time(shift.EndsAt)}";

    private static string Where(ShiftActivity activity, Shift shift) =>
        (shift.Place ?? activity.Place) is { } place ? $"Waar: {place}" : string.Empty;
}

public sealed record ActivityAndShift(ShiftActivity Activity, Shift Shift);
