using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using VrijwilligersPortal.Domain.Shifts;
using VrijwilligersPortal.Infrastructure.Email;
using VrijwilligersPortal.Web.Common;
using VrijwilligersPortal.Web.Common.Localization;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Features.Shifts;

/// <summary>What a shift mail says about its activity: the vacancy's title, organisation and place, and its page.</summary>
public sealed record ShiftActivity(int VacancyId, string Title, string Organisation, string? Place, string DetailPath);

/// <summary>The mails about a shift sign-up; those about a place carry the shift as an .ics file (Ical.Net, like the courses).</summary>
public sealed class ShiftEmails(PublicUrls urls, ShiftTokens tokens)
{
    public string CancelLink(ShiftSignUp signUp) =>
        urls.Absolute($"/diensten/afmelden?token={Uri.EscapeDataString(tokens.For(signUp.Id, signUp.VolunteerId))}");

    public EmailMessage SignedUp(MailText text, ShiftActivity activity, Shift shift, ShiftSignUp signUp, string to, string name, string centre, DateTimeOffset now) => signUp.Status switch
    {
        ShiftSignUpStatus.Confirmed => WithCalendar(activity, shift, now, Mail(text, to, text["Aangemeld: {0}", activity.Title], name, centre, activity, signUp,
            text["Je bent aangemeld voor {0} bij {1}. Er is een plaats voor je.", activity.Title, activity.Organisation],
            WhenAndWhere(text, activity, shift),
            text["In de bijlage staat de dienst voor je agenda. De dag ervoor krijg je nog een herinnering."])),
        ShiftSignUpStatus.Pending => Mail(text, to, text["Aanmelding ontvangen: {0}", activity.Title], name, centre, activity, signUp,
            text["Je hebt je aangemeld voor {0} bij {1}. De organisatie bekijkt je aanmelding; we houden een plaats voor je vast. Je krijgt een e-mail zodra ze beslist.", activity.Title, activity.Organisation],
            When(text, shift)),
        _ => Mail(text, to, text["Op de wachtlijst: {0}", activity.Title], name, centre, activity, signUp,
            text["Deze dienst van {0} is vol. Je staat op de wachtlijst. Komt er een plaats vrij, dan krijg je die vanzelf en sturen we je een e-mail.", activity.Title],
            When(text, shift)),
    };

    public EmailMessage MovedUp(MailText text, ShiftActivity activity, Shift shift, ShiftSignUp signUp, string to, string name, string centre, DateTimeOffset now) =>
        signUp.Status == ShiftSignUpStatus.Confirmed
            ? WithCalendar(activity, shift, now, Mail(text, to, text["Er is een plaats voor je: {0}", activity.Title], name, centre, activity, signUp,
                text["Er is een plaats vrijgekomen bij {0}. Je stond op de wachtlijst en hebt nu een plaats.", activity.Title],
                WhenAndWhere(text, activity, shift),
                text["In de bijlage staat de dienst voor je agenda."]))
            : Mail(text, to, text["Er is een plaats voor je: {0}", activity.Title], name, centre, activity, signUp,
                text["Er is een plaats vrijgekomen bij {0}. De organisatie bekijkt nu je aanmelding; je krijgt een e-mail zodra ze beslist.", activity.Title],
                When(text, shift));

    public EmailMessage Approved(MailText text, ShiftActivity activity, Shift shift, ShiftSignUp signUp, string to, string name, string centre, DateTimeOffset now) =>
        WithCalendar(activity, shift, now, Mail(text, to, text["Je aanmelding is goedgekeurd: {0}", activity.Title], name, centre, activity, signUp,
            text["{0} heeft je aanmelding goedgekeurd. Er is een plaats voor je.", activity.Organisation],
            WhenAndWhere(text, activity, shift),
            text["In de bijlage staat de dienst voor je agenda."]));

    public EmailMessage Declined(MailText text, ShiftActivity activity, Shift shift, string to, string name, string centre) =>
        new(to, text["Je aanmelding voor {0}", activity.Title], MailText.Body(
            text["Hallo {0},", name],
            text["{0} kan je helaas geen plaats geven bij {1} ({2}). Kijk gerust naar andere diensten of vacatures:\n{3}", activity.Organisation, activity.Title, When(text, shift), urls.Absolute(activity.DetailPath)],
            text["Met vriendelijke groet,\n{0}", centre]));

    public EmailMessage Reminder(MailText text, ShiftActivity activity, Shift shift, ShiftSignUp signUp, string to, string name, string centre, DateTimeOffset now) =>
        WithCalendar(activity, shift, now, Mail(text, to, text["Morgen: {0}", activity.Title], name, centre, activity, signUp,
            text["Een herinnering: morgen help je mee bij {0} van {1}.", activity.Title, activity.Organisation],
            WhenAndWhere(text, activity, shift)));

    public EmailMessage Changed(MailText text, ActivityAndShift changed, ShiftSignUp signUp, string to, string name, string centre, DateTimeOffset now)
    {
        var (activity, shift) = changed;
        var message = Mail(text, to, text["Gewijzigd: {0}", activity.Title], name, centre, activity, signUp,
            text["{0} heeft een dienst van {1} gewijzigd. Zo ziet hij er nu uit:", activity.Organisation, activity.Title],
            WhenAndWhere(text, activity, shift),
            signUp.Status == ShiftSignUpStatus.Confirmed ? text["Je hebt een plaats; in de bijlage staat de nieuwe versie voor je agenda."] : text["Je aanmelding blijft staan."]);
        return signUp.Status == ShiftSignUpStatus.Confirmed ? WithCalendar(activity, shift, now, message) : message;
    }

    public EmailMessage Cancelled(MailText text, ActivityAndShift cancelled, ShiftSignUp signUp, string to, string name, string centre, DateTimeOffset now)
    {
        var (activity, shift) = cancelled;
        var message = new EmailMessage(to, text["Geannuleerd: {0}", activity.Title], MailText.Body(
            text["Hallo {0},", name],
            text["Helaas gaat deze dienst van {0} niet door: {1} heeft hem geannuleerd. Je hoeft niets te doen.", activity.Title, activity.Organisation],
            When(text, shift),
            text["Met vriendelijke groet,\n{0}", centre]));
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

    private EmailMessage Mail(MailText text, string to, string subject, string name, string centre, ShiftActivity activity, ShiftSignUp signUp, params string[] paragraphs) =>
        new(to, subject, MailText.Body([
            text["Hallo {0},", name],
            .. paragraphs,
            text["Meer informatie: {0}\nKun je toch niet? Meld je af, dan gaat de plaats naar de volgende op de wachtlijst:\n{1}", urls.Absolute(activity.DetailPath), CancelLink(signUp)],
            text["Met vriendelijke groet,\n{0}", centre]]));

    private EmailMessage WithCalendar(ShiftActivity activity, Shift shift, DateTimeOffset now, EmailMessage message) =>
        message with { Calendar = Calendar(activity, shift, now) };

    /// <summary>"Wanneer: 2 november 2026 van 10:00 tot 12:00", in the reader's language.</summary>
    public static string When(MailText text, Shift shift) =>
        text["Wanneer: {0} van {1} tot {2}", text.Date(shift.StartsAt), text.Time(shift.StartsAt), text.Time(shift.EndsAt)];

    private static string WhenAndWhere(MailText text, ShiftActivity activity, Shift shift) =>
        (shift.Place ?? activity.Place) is { } place ? When(text, shift) + "\n" + text["Waar: {0}", place] : When(text, shift);
}

public sealed record ActivityAndShift(ShiftActivity Activity, Shift Shift);
