using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.FollowUps;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Common;

namespace VrijwilligersPortal.Web.PersonalData;

/// <summary>
/// Everything the portal holds about one volunteer, as the right of access (AVG art. 15) asks:
/// account, profile, consents, responses with their history and messages, favourites, help
/// requests and their own answers to the follow-up after a placement. Keys and values are Dutch,
/// because the person reads it. Staff make it for someone without an account (<c>user</c> null),
/// who cannot download it themselves.
/// </summary>
internal static class VolunteerDataExport
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task<byte[]> BuildAsync(PortalDbContext db, int volunteerId, PortalUser? user, IList<string> roles, string centre, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var volunteer = await db.Volunteers.AsNoTracking()
            .Include(v => v.Interests)
            .Include(v => v.Skills)
            .AsSplitQuery()
            .SingleAsync(v => v.Id == volunteerId, cancellationToken);

        var applications = await db.Applications.AsNoTracking()
            .Where(a => a.VolunteerId == volunteer.Id)
            .OrderByDescending(a => a.SubmittedAt)
            .Select(a => new
            {
                Vacature = a.Vacancy!.Title,
                Organisatie = a.Vacancy.Organisation!.Name,
                a.SubmittedAt,
                a.Status,
                a.ContactPreference,
                a.Motivation,
                a.DeclineReason,
                History = a.History.OrderBy(h => h.At).Select(h => new { h.To, h.At, h.Note }).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        var favourites = await db.Favourites.AsNoTracking()
            .Where(f => f.VolunteerId == volunteer.Id)
            .OrderByDescending(f => f.SavedAt)
            .Join(db.Vacancies, f => f.VacancyId, v => v.Id, (f, v) => new { Vacature = v.Title, f.SavedAt })
            .ToListAsync(cancellationToken);

        var helpRequests = await db.Mediations.AsNoTracking()
            .Where(m => m.VolunteerId == volunteer.Id)
            .OrderByDescending(m => m.RequestedAt)
            .Select(m => new
            {
                m.RequestedAt,
                m.Question,
                m.Status,
                History = m.History.OrderBy(h => h.At).Select(h => new { h.To, h.At, h.Note }).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        var followUps = await db.PlacementFollowUps.AsNoTracking()
            .Where(f => f.Application!.VolunteerId == volunteer.Id && f.Respondent == FollowUpRespondent.Volunteer && f.SentAt != null)
            .OrderByDescending(f => f.SentAt)
            .Select(f => new
            {
                Vacature = f.Application!.Vacancy!.Title,
                f.SentAt,
                f.AnsweredAt,
                f.Rating,
                f.StillActive,
                f.Story,
                f.StoryMayBeUsed,
                f.StoryMayBePublished,
            })
            .ToListAsync(cancellationToken);

        var alert = await db.MatchAlerts.AsNoTracking().SingleOrDefaultAsync(a => a.VolunteerId == volunteer.Id, cancellationToken);
        var alertsSent = await db.MatchAlertDeliveries.AsNoTracking()
            .Where(d => d.VolunteerId == volunteer.Id)
            .OrderByDescending(d => d.SentAt)
            .Join(db.Vacancies, d => d.VacancyId, v => v.Id, (d, v) => new { Vacature = v.Title, VerstuurdOp = d.SentAt })
            .ToListAsync(cancellationToken);

        var courses = user is null ? [] : await db.CourseRegistrations.AsNoTracking()
            .Where(r => r.UserId == user.Id)
            .OrderByDescending(r => r.SignedUpAt).ThenBy(r => r.Id)
            .Select(r => new { Cursus = r.Course!.Title, Begint = r.Course.StartsAt, r.Status, AangemeldOp = r.SignedUpAt, AfgemeldOp = r.CancelledAt, Aanwezig = r.Attended })
            .ToListAsync(cancellationToken);

        // Shifts, hours and certificates (issue 17): the volunteer's own, by volunteer record.
        var shifts = await db.ShiftSignUps.AsNoTracking()
            .Where(s => s.VolunteerId == volunteer.Id)
            .OrderByDescending(s => s.SignedUpAt).ThenBy(s => s.Id)
            .Join(db.Vacancies, s => s.Shift!.VacancyId, v => v.Id, (s, v) => new
            {
                Activiteit = v.Title,
                Begint = s.Shift!.StartsAt,
                Eindigt = s.Shift.EndsAt,
                s.Status,
                s.ContactPreference,
                GedeeldMetOrganisatie = s.SharedNeeds,
                AangemeldOp = s.SignedUpAt,
                AfgemeldOp = s.CancelledAt,
                Aanwezig = s.Attended,
            })
            .ToListAsync(cancellationToken);
        var hours = await db.HourEntries.AsNoTracking()
            .Where(h => h.VolunteerId == volunteer.Id)
            .OrderByDescending(h => h.PeriodStart).ThenBy(h => h.Id)
            .Join(db.Vacancies, h => h.VacancyId, v => v.Id, (h, v) => new
            {
                Organisatie = v.Organisation!.Name,
                Vacature = v.Title,
                Van = h.PeriodStart,
                TotEnMet = h.PeriodEnd,
                h.Minutes,
                h.LoggedMinutes,
                h.Source,
                h.Status,
                Toelichting = h.Note,
            })
            .ToListAsync(cancellationToken);
        var certificates = await db.Certificates.AsNoTracking()
            .Where(c => c.VolunteerId == volunteer.Id)
            .OrderByDescending(c => c.IssuedAt)
            .Select(c => new { c.Code, Voorletters = c.Initials, Van = c.PeriodStart, TotEnMet = c.PeriodEnd, c.Minutes, UitgegevenOp = c.IssuedAt })
            .ToListAsync(cancellationToken);

        var export = new
        {
            Toelichting = $"Alle gegevens die {centre} over je bewaart. Tijden zijn in UTC.",
            GemaaktOp = now,
            Account = user is null ? null : new
            {
                EMailadres = user.Email,
                EMailadresBevestigd = user.EmailConfirmed,
                Naam = user.DisplayName,
                AangemaaktOp = user.CreatedAt,
                LaatstIngelogdOp = user.LastLoginAt,
                Taal = user.PreferredLanguage,
                Rollen = roles.Select(RoleName).ToList(),
            },
            Profiel = new
            {
                Naam = volunteer.Name,
                EMailadres = volunteer.Email,
                Telefoonnummer = volunteer.Phone,
                volunteer.Postcode,
                CoordinatenVanPostcode = volunteer.Location is { } location ? new { Breedtegraad = location.Latitude, Lengtegraad = location.Longitude } : null,
                MaximaleAfstandKm = volunteer.MaxDistanceKm,
                Geboortejaar = volunteer.BirthYear,
                Interesses = volunteer.Interests.Select(c => c.Name).ToList(),
                Vaardigheden = volunteer.Skills.Select(s => s.Name).ToList(),
                Beschikbaarheid = volunteer.Availability.Slots().Select(s => DutchNames.Of(s.Day, s.Part)).ToList(),
                UrenPerWeek = volunteer.HoursPerWeek,
                Talen = volunteer.Languages,
                Nederlands = volunteer.DutchLevel is { } level ? DutchNames.Of(level) : null,
                BereidVogAanTeVragen = volunteer.WillingToGetVog,
                AangemaaktOp = volunteer.CreatedAt,
            },
            Toestemmingen = new
            {
                CentraleMagMijVoorstellenAanOrganisaties = volunteer.ConsentToBeProposed,
                GewijzigdOp = volunteer.ConsentChangedAt,
                GegevensBewarenZonderAccountToegestaanOp = volunteer.RecordConsentAt,
            },
            Reacties = applications.Select(a => new
            {
                a.Vacature,
                a.Organisatie,
                VerstuurdOp = a.SubmittedAt,
                Status = DutchNames.Of(a.Status),
                Contact = DutchNames.Of(a.ContactPreference),
                Bericht = a.Motivation,
                RedenVanAfwijzing = a.DeclineReason,
                Verloop = a.History.Select(h => new { Status = DutchNames.Of(h.To), Op = h.At, Toelichting = h.Note }),
            }),
            Favorieten = favourites.Select(f => new { f.Vacature, BewaardOp = f.SavedAt }),
            Nazorg = followUps.Select(f => new
            {
                f.Vacature,
                GevraagdOp = f.SentAt,
                BeantwoordOp = f.AnsweredAt,
                HoeGaatHet = f.Rating,
                NogActief = f.StillActive,
                Verhaal = f.Story,
                VerhaalMagZonderNaamGebruiktWorden = f.StoryMayBeUsed,
                VerhaalMagZonderNaamOpDeWebsite = f.StoryMayBePublished,
            }),
            VacatureMeldingen = new
            {
                Aan = alert is not null,
                HoeVaak = alert is null ? null : alert.Frequency == Domain.Matching.AlertFrequency.Daily ? "dagelijks" : "wekelijks",
                MinimaleScore = alert?.Threshold,
                AangezetOp = alert?.CreatedAt,
                GewijzigdOp = alert?.ChangedAt,
                LaatsteEMailOp = alert?.LastSentAt,
                VerstuurdeVacatures = alertsSent,
            },
            Cursussen = courses.Select(c => new
            {
                c.Cursus,
                c.Begint,
                Status = c.Status switch
                {
                    Domain.Courses.RegistrationStatus.Confirmed => "aangemeld",
                    Domain.Courses.RegistrationStatus.Waiting => "op de wachtlijst",
                    _ => "afgemeld",
                },
                c.AangemeldOp,
                c.AfgemeldOp,
                c.Aanwezig,
            }),
            Diensten = shifts.Select(s => new
            {
                s.Activiteit,
                s.Begint,
                s.Eindigt,
                Status = s.Status switch
                {
                    Domain.Shifts.ShiftSignUpStatus.Confirmed => "aangemeld",
                    Domain.Shifts.ShiftSignUpStatus.Pending => "wacht op goedkeuring",
                    Domain.Shifts.ShiftSignUpStatus.Waiting => "op de wachtlijst",
                    Domain.Shifts.ShiftSignUpStatus.Declined => "niet geplaatst",
                    _ => "afgemeld",
                },
                Contact = DutchNames.Of(s.ContactPreference),
                s.GedeeldMetOrganisatie,
                s.AangemeldOp,
                s.AfgemeldOp,
                s.Aanwezig,
            }),
            Uren = hours.Select(h => new
            {
                h.Organisatie,
                h.Vacature,
                h.Van,
                h.TotEnMet,
                Uren = h.Minutes / 60m,
                DoorgegevenUren = h.LoggedMinutes is { } logged ? logged / 60m : (decimal?)null,
                Bron = h.Source == Domain.Hours.HourSource.Shift ? "aanwezig bij een dienst" : "zelf doorgegeven",
                Status = h.Status == Domain.Hours.HourStatus.Confirmed ? "bevestigd" : "wacht op bevestiging",
                h.Toelichting,
            }),
            BewijzenVanInzet = certificates.Select(c => new { c.Code, c.Voorletters, c.Van, c.TotEnMet, Uren = c.Minutes / 60m, c.UitgegevenOp }),
            Hulpvragen = helpRequests.Select(m => new
            {
                GevraagdOp = m.RequestedAt,
                Vraag = m.Question,
                Status = DutchNames.Of(m.Status),
                Verloop = m.History.Select(h => new { Status = DutchNames.Of(h.To), Op = h.At, Toelichting = h.Note }),
            }),
        };
        return JsonSerializer.SerializeToUtf8Bytes(export, Json);
    }

    private static string RoleName(string role) => role switch
    {
        PortalRoles.Volunteer => "vrijwilliger",
        PortalRoles.OrganisationMember => "contactpersoon van een organisatie",
        PortalRoles.Staff => "medewerker",
        PortalRoles.Admin => "beheerder",
        _ => role,
    };
}
