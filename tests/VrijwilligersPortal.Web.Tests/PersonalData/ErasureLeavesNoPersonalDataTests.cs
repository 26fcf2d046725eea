using System.Collections;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.FollowUps;
using VrijwilligersPortal.Domain.Hours;
using VrijwilligersPortal.Domain.Shifts;
using VrijwilligersPortal.Domain.Matching;
using VrijwilligersPortal.Domain.Mediations;
using VrijwilligersPortal.Domain.Volunteers;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Tests.Support;
using VrijwilligersPortal.Web.PersonalData;

namespace VrijwilligersPortal.Web.Tests.PersonalData;

/// <summary>
/// Erasure (docs/adr/0007, 0052) read back from the stored rows, not from entities in memory. The
/// tables are found in the EF model: the volunteer's row, every table that points at it, and every
/// table that points at a row that stays (applications, cases, their history). A kept table lists
/// its non-personal columns below; every other column must be empty after erasure, and every row of
/// a table not listed must be gone. A column or table added later is personal until someone lists
/// it here, so it cannot be forgotten.
/// </summary>
public class ErasureLeavesNoPersonalDataTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>Tables whose rows stay after erasure, with the columns that may keep a value.</summary>
    private static readonly Dictionary<string, string[]> KeptColumns = new()
    {
        // The anonymous record that keeps the figures right: when it began and ended, and which
        // staff member recorded a walk-in's consent (staff, not the person). ConsentChangedAt is
        // the moment of erasure.
        ["Volunteers"] = ["Id", "CreatedAt", "ConsentChangedAt", "ErasedAt", "RecordConsentRecordedBy", "RecordConsentAt"],

        // Counted in the figures: which vacancy, when, how it ended (also when it was first
        // answered, after how many hours, and placed, as in its history); the contact preference says nothing about the person.
        // The report area is the vacancy's postcode area, not the person's; "latest still active"
        // repeats the follow-up's answer kept below (docs/adr/0187).
        ["Applications"] = ["Id", "VacancyId", "VolunteerId", "ContactPreference", "Status", "SubmittedAt", "StatusChangedAt", "FirstAnsweredAt", "HoursToFirstAnswer", "PlacedAt", "ReportArea", "LatestStillActive"],

        // Status history: who (a random user id that points at nothing once the login is gone),
        // when, from and to. The note is personal (a decline reason) except erasure's own.
        ["ApplicationStatusChanges"] = ["Id", "ApplicationId", "From", "To", "At", "By"],
        ["MediationStatusChanges"] = ["Id", "MediationId", "From", "To", "At", "By"],

        // The case as a figure: dates, staff, referral source, target groups and follow-up rating
        // (docs/adr/0052). Question, intake texts, languages, story and notes are personal.
        ["Mediations"] =
        [
            "Id", "VolunteerId", "Status", "RequestedAt", "StatusChangedAt", "AssignedStaffId", "AssignedBy", "AssignedAt",
            "ReferralSource", "SuitableForIds", "IntakeBy", "IntakeAt", "PlacedVacancyId", "FollowUpDueAt", "FollowUpRating",
            "FollowUpBy", "FollowedUpAt", "Version", "NotesRemovedAt",
        ],

        // The follow-up after a placement as a figure: how it goes and whether the person is still
        // active (docs/adr/0090), and the vacancy's area it counts in (0187). The stories, also
        // consented ones, are personal.
        ["PlacementFollowUps"] = ["Id", "ApplicationId", "Respondent", "DueAt", "SentAt", "AnsweredAt", "Rating", "StillActive", "ReportArea"],

        // Which vacancies staff proposed and what became of them; the decline reason is personal.
        ["MatchProposals"] = ["Id", "MediationId", "VacancyId", "Status", "ProposedBy", "ProposedAt", "DecidedBy", "DecidedAt"],

        // Hours stay as anonymous figures for the reports (docs/adr/0131): which organisation and
        // vacancy, which period, how many minutes, how they were recorded and confirmed. The note
        // and the link to the (deleted) shift sign-up are personal.
        ["HourEntries"] =
        [
            "Id", "VolunteerId", "OrganisationId", "VacancyId", "Source", "PeriodStart", "PeriodEnd", "Minutes", "LoggedMinutes",
            "Status", "RecordedAt", "ConfirmedAt", "ConfirmedBy",
        ],
    };

    /// <summary>Erasure closes what is still open with a note of its own; that note is not personal.</summary>
    private static readonly Dictionary<string, string[]> ErasureOwnValues = new()
    {
        ["ApplicationStatusChanges.Note"] = ["account verwijderd"],
        ["MediationStatusChanges.Note"] = ["account verwijderd", "gegevens verwijderd op verzoek"],
    };

    [Fact]
    public async Task Erasing_an_account_leaves_no_personal_column_filled_in_any_stored_row()
    {
        using var sanne = await factory.SignedInVolunteerAsync("Sanne de Vries");
        await FillEverythingAsync(sanne.VolunteerId);
        var before = await StoredAsync(sanne.VolunteerId);
        AssertSeedFillsEveryPersonalColumn(before, notApplicable: []);

        var response = await sanne.Client.SubmitFormAsync("/mijn/gegevens/verwijderen", new Dictionary<string, string> { ["Password"] = TestData.Password });

        Assert.Equal("/", response.Headers.Location?.OriginalString);
        AssertNothingPersonalLeft(await StoredAsync(sanne.VolunteerId));
        Assert.False(await factory.WithDbAsync((db, _) => db.Users.AnyAsync(u => u.Id == sanne.User.Id)));
    }

    [Fact]
    public async Task Staff_erasing_a_walk_in_leave_no_personal_column_filled_in_any_stored_row()
    {
        var staffUser = await factory.UserAsync(PortalRoles.Staff, name: "Mieke Jansen");
        var volunteerId = await factory.WithDbAsync(async (db, _) =>
        {
            var person = Volunteer.WithoutAccount("Tim Bos", "tim@example.nl", "06 12345678", consentGiven: true, staffUser.Id, factory.Clock.GetUtcNow());
            db.Volunteers.Add(person);
            await db.SaveChangesAsync();
            return person.Id;
        });
        var activeCase = await FillEverythingAsync(volunteerId, staffUser.Id);
        var before = await StoredAsync(volunteerId);

        // A walk-in has no login, so the link to one is never filled.
        AssertSeedFillsEveryPersonalColumn(before, notApplicable: ["Volunteers.UserId"]);
        using var staff = factory.CreatePortalClient();
        await staff.LogInAsync(staffUser.Email!);

        var caseUrl = $"/beheer/bemiddelingen/{activeCase}";
        var response = await staff.SubmitFormAsync(caseUrl, new Dictionary<string, string> { ["PersonAsked"] = "true" }, "form[action$='/persoon/verwijderen']");

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        AssertNothingPersonalLeft(await StoredAsync(volunteerId));
    }

    /// <summary>
    /// Gives the person every kind of data the portal keeps: a full profile, favourites, an alert
    /// and its deliveries, an open and a declined application, a closed case with intake, notes,
    /// proposals and a follow-up story, and an open case with a question, intake and a note.
    /// Returns the open case.
    /// </summary>
    private async Task<int> FillEverythingAsync(int volunteerId, Guid? staffId = null)
    {
        var staff = staffId ?? Guid.NewGuid();
        var vacancies = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            vacancies.Add((await factory.OpenVacancyAsync($"Vacature {i}", places: 5)).Id);
        }

        var now = factory.Clock.GetUtcNow();
        await factory.WithDbAsync(async (db, _) =>
        {
            var volunteer = await db.Volunteers.Include(v => v.Interests).Include(v => v.Skills).SingleAsync(v => v.Id == volunteerId);
            volunteer.SetContactDetails(volunteer.Name, "06 12345678");
            volunteer.SetLanguages(["Arabisch", "Engels"], DutchLevel.Reasonable);
            volunteer.SetLocation("3581", new GeoPoint(52.0905, 5.1341), 15);
            volunteer.SetAvailability(WeekSchedule.Of((DayOfWeek.Tuesday, DayPart.Morning)), 4);
            volunteer.SetInterests(await db.Categories.OrderBy(c => c.Id).Take(2).ToListAsync(), await db.Skills.OrderBy(s => s.Id).Take(2).ToListAsync());
            volunteer.SetBirthYear(1990, now.Year);
            volunteer.SetWillingToGetVog(true);
            volunteer.SetConsentToBeProposed(true, now);
            db.Favourites.Add(new Favourite(volunteerId, vacancies[0], now));
            db.MatchAlerts.Add(MatchAlert.SwitchOn(volunteerId, AlertFrequency.Weekly, 50, now));
            db.MatchAlertDeliveries.Add(new MatchAlertDelivery(volunteerId, vacancies[1], now));
            await db.SaveChangesAsync();
        });
        await factory.ApplicationAsync(vacancies[0], volunteerId, now, "Ik help graag mee, ik ben vaak buiten.");
        await factory.ApplicationAsync(vacancies[1], volunteerId, now, "Ik wil graag helpen met knotten.", a => a.Decline("Helaas zijn de tijden te vroeg voor Sanne.", staff, now));
        var placedApplication = await factory.ApplicationAsync(vacancies[4], volunteerId, now, "Ik kom graag helpen in de moestuin.", a => a.Place(staff, now));
        await factory.WithDbAsync(async (db, _) =>
        {
            var application = await db.Applications.SingleAsync(a => a.Id == placedApplication);
            var followUps = PlacementFollowUp.ForPlacement(application, TimeSpan.FromDays(42), now);
            followUps[0].MarkSent(now);
            followUps[0].Answer(5, stillActive: true, "Ik heb het erg naar mijn zin in de moestuin.", storyMayBeUsed: true, now, storyMayBePublished: true);
            followUps[1].MarkSent(now);
            followUps[1].Answer(4, stillActive: true, "Sanne is een aanwinst voor de moestuin.", storyMayBeUsed: true, now);
            db.PlacementFollowUps.AddRange(followUps);
            await db.SaveChangesAsync();
        });

        // Shifts, hours and a certificate (issue 17): a sign-up with shared needs and attendance,
        // the hours it gave, hours logged with a note, corrected by the organisation.
        await factory.WithDbAsync(async (db, _) =>
        {
            var today = AmsterdamClock.Today(now);
            var organisation = await db.Vacancies.Where(v => v.Id == vacancies[0]).Select(v => v.OrganisationId).SingleAsync();
            var shift = Shift.Plan(vacancies[0], new ShiftPlan(today.AddDays(3), new TimeOnly(9, 0), new TimeOnly(12, 0), "Schuur", 3), needsApproval: false, now);
            var signUp = shift.SignUp(volunteerId, new SignUpDetails(Domain.Applications.ContactPreference.Phone, "Ik kom met de rolstoel."), [], now);
            db.Shifts.Add(shift);
            await db.SaveChangesAsync();
            shift.RecordAttendance(signUp.Id, attended: true, shift.StartsAt);
            db.HourEntries.Add(HourEntry.FromShift(volunteerId, organisation, vacancies[0], signUp.Id, shift.Date, shift.Duration, staff, now));
            var logged = HourEntry.Log(volunteerId, organisation, vacancies[4], today.AddDays(-7), today.AddDays(-1), 240, "Moestuin bijgehouden met Sanne's buurvrouw.", now);
            logged.Confirm(180, staff, now);
            db.HourEntries.Add(logged);
            db.Certificates.Add(Certificate.Issue(Guid.NewGuid().ToString("N")[..Certificate.CodeLength].ToUpperInvariant(), volunteerId, "Sanne de Vries", today.AddDays(-30), today, 360, now));
            await db.SaveChangesAsync();
        });

        return await factory.WithDbAsync(async (db, _) =>
        {
            var tags = await db.SuitableForTags.OrderBy(t => t.Id).Select(t => t.Id).Take(2).ToListAsync();
            MediationIntake Intake() => new()
            {
                ReferralSource = ReferralSource.NeighbourhoodTeam,
                Wishes = "Iets met dieren, buiten.",
                Abilities = "Goed met mensen.",
                SupportNeeds = "Heeft begeleiding nodig bij de eerste keer.",
                Languages = "Arabisch",
                SuitableForIds = tags,
            };

            var closed = Mediation.Request(volunteerId, "Ik zoek iets voor op zaterdag.", staff, now);
            closed.AssignTo(staff, staff, now);
            closed.RecordIntake(Intake(), staff, now);
            closed.AddNote("Vertrouwelijke notitie over de thuissituatie.", staff, now);
            var declined = closed.Propose(vacancies[2], staff, now);
            closed.DeclineProposal(declined, "Te ver van huis voor Sanne.", staff, now);
            var placed = closed.Propose(vacancies[3], staff, now);
            closed.AcceptProposal(placed, staff, now);
            closed.Place(placed, TimeSpan.FromDays(42), staff, now);
            closed.RecordFollowUp(4, "Het gaat goed met haar bij de dierenweide.", storyMayBeUsed: true, close: true, staff, now);
            db.Mediations.Add(closed);
            await db.SaveChangesAsync();

            var open = Mediation.Request(volunteerId, "Ik wil nog iets erbij doen.", staff, now);
            open.RecordIntake(Intake(), staff, now);
            open.AddNote("Tweede notitie.", staff, now);
            db.Mediations.Add(open);
            await db.SaveChangesAsync();
            return open.Id;
        });
    }

    private static void AssertSeedFillsEveryPersonalColumn(IReadOnlyList<StoredTable> tables, string[] notApplicable)
    {
        foreach (var table in tables)
        {
            Assert.True(table.Rows.Count > 0, $"The test data has no row in {table.Name}: fill it in FillEverythingAsync, or erasure of it goes untested.");

            // Rows of other tables must go as a whole; in the rows that stay, each personal column must be seen filled first.
            if (!KeptColumns.TryGetValue(table.Name, out var kept))
            {
                continue;
            }

            foreach (var column in table.Columns.Except(kept).Where(c => !notApplicable.Contains($"{table.Name}.{c}")))
            {
                Assert.True(
                    table.Rows.Any(row => !IsEmpty(row[column])),
                    $"{table.Name}.{column} is empty in the test data: fill it in FillEverythingAsync, or its erasure goes untested.");
            }
        }
    }

    private static void AssertNothingPersonalLeft(IReadOnlyList<StoredTable> tables)
    {
        foreach (var table in tables)
        {
            if (!KeptColumns.TryGetValue(table.Name, out var kept))
            {
                Assert.True(
                    table.Rows.Count == 0,
                    $"{table.Rows.Count} row(s) of {table.Name} still belong to the erased person: delete them in VolunteerErasure, or list the table with its non-personal columns in {nameof(KeptColumns)}.");
                continue;
            }

            foreach (var row in table.Rows)
            {
                foreach (var column in table.Columns.Except(kept))
                {
                    var value = row[column];
                    var own = ErasureOwnValues.GetValueOrDefault($"{table.Name}.{column}", []);
                    Assert.True(
                        IsEmpty(value) || (value is string text && own.Contains(text)),
                        $"{table.Name}.{column} still holds '{value}' after erasure: clear it in the erasure, or list it as non-personal in {nameof(KeptColumns)} with the reason.");
                }
            }
        }
    }

    private static bool IsEmpty(object? value) => value switch
    {
        null or DBNull => true,
        string text => text.Length == 0 || text == "[]",
        bool flag => !flag,
        byte[] bytes => bytes.Length == 0,
        ICollection collection => collection.Count == 0,
        IConvertible number when value is int or long or short or double or float or decimal => Convert.ToDouble(number, CultureInfo.InvariantCulture) == 0,
        _ => false,
    };

    private sealed record StoredTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<Dictionary<string, object?>> Rows);

    /// <summary>
    /// The person's row and, following the model's foreign keys, every row that points at it or at a
    /// row that stays, read with plain SQL.
    /// </summary>
    private Task<IReadOnlyList<StoredTable>> StoredAsync(int volunteerId) => factory.WithDbAsync(async (db, _) =>
    {
        var volunteer = db.Model.FindEntityType(typeof(Volunteer))!;
        var root = await ReadAsync(db, volunteer.GetTableName()!, "Id", [volunteerId]);
        var found = new List<StoredTable> { root };
        var queue = new Queue<(IEntityType Type, StoredTable Table)>([(volunteer, root)]);
        while (queue.TryDequeue(out var principal))
        {
            var principalKeys = principal.Table.Rows.Select(r => r["Id"]!).ToList();
            foreach (var foreignKey in db.Model.GetEntityTypes().SelectMany(e => e.GetForeignKeys()).Where(fk => fk.PrincipalEntityType == principal.Type))
            {
                var dependent = foreignKey.DeclaringEntityType;
                var table = dependent.GetTableName();
                if (table is null || table == principal.Table.Name)
                {
                    continue;
                }

                var column = foreignKey.Properties.Single().GetColumnName(StoreObjectIdentifier.Table(table, dependent.GetSchema()))!;
                var rows = await ReadAsync(db, table, column, principalKeys);
                found.Add(rows);
                if (KeptColumns.ContainsKey(table))
                {
                    queue.Enqueue((dependent, rows));
                }
            }
        }

        return (IReadOnlyList<StoredTable>)found;
    });

    private static async Task<StoredTable> ReadAsync(PortalDbContext db, string table, string column, IReadOnlyList<object> keys)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var command = connection.CreateCommand();
            var names = new List<string>();
            foreach (var key in keys)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@p" + names.Count.ToString(CultureInfo.InvariantCulture);
                parameter.Value = key;
                command.Parameters.Add(parameter);
                names.Add(parameter.ParameterName);
            }

            // Table and column names come from the EF model, the keys are parameters.
            command.CommandText = keys.Count == 0
                ? $"SELECT * FROM \"{table}\" WHERE 1 = 0"
                : $"SELECT * FROM \"{table}\" WHERE \"{column}\" IN ({string.Join(", ", names)})";
            await using var reader = await command.ExecuteReaderAsync();
            var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
            var rows = new List<Dictionary<string, object?>>();
            while (await reader.ReadAsync())
            {
                rows.Add(columns.ToDictionary(c => c, c => reader.IsDBNull(reader.GetOrdinal(c)) ? null : reader.GetValue(reader.GetOrdinal(c))));
            }

            return new StoredTable(table, columns, rows);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
