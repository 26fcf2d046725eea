using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Mediations;
using VrijwilligersPortal.Domain.Volunteers;
using VrijwilligersPortal.Infrastructure.Audit;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Features.BackOffice.Mediations;
using VrijwilligersPortal.Web.Features.BackOffice.Volunteers;
using VrijwilligersPortal.Web.Tests.Support;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Audit;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Organisations;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Settings;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Staff;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Volunteers;
using VrijwilligersPortal.Web.Tests.Jobs;

namespace VrijwilligersPortal.Web.Tests.Features.BackOffice;

/// <summary>A walk-in's case with intake, a note and a proposal, and a staff member to look at it.</summary>
public sealed class SensitiveViewsFixture : PortalFactory, IAsyncLifetime
{
    public PortalUser Staff { get; private set; } = null!;

    public int CaseId { get; private set; }

    public int PersonId { get; private set; }

    public int VacancyId { get; private set; }

    public async Task InitializeAsync()
    {
        Staff = await this.UserAsync(PortalRoles.Staff, name: "Mieke Jansen");
        VacancyId = (await this.OpenVacancyAsync("Klussen in de wijk")).Id;
        (CaseId, PersonId) = await WithDbAsync(async (db, _) =>
        {
            var now = Clock.GetUtcNow();
            var person = Volunteer.WithoutAccount("Tim Bos", null, "06 12345678", consentGiven: true, Staff.Id, now);
            person.SetConsentToBeProposed(true, now);
            db.Volunteers.Add(person);
            await db.SaveChangesAsync();
            var mediation = Mediation.Open(person.Id, "Iets in de buurt", Staff.Id, now);
            mediation.RecordIntake(new() { ReferralSource = ReferralSource.NeighbourhoodTeam, Wishes = "Klussen", SupportNeeds = "Begeleiding bij de start" }, Staff.Id, now);
            mediation.AddNote("Vertrouwelijke notitie", Staff.Id, now);
            mediation.Propose(VacancyId, Staff.Id, now);
            db.Mediations.Add(mediation);
            await db.SaveChangesAsync();
            return (mediation.Id, person.Id);
        });
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

/// <summary>
/// Every back-office page that shows case notes, support needs or a volunteer's personal details
/// writes exactly the audit entries below for one visit: no fewer (a view that goes unrecorded)
/// and no more (a log that cannot be read as "who looked at what"). A new page of that kind gets a
/// line in <see cref="Pages"/>. Not in the table, on purpose: the case list and the follow-up page
/// (a name, a status and a vacancy, no notes, support needs or contact details; opening the case is
/// audited) and the organisation pages (an organisation's public contact).
/// </summary>
public class SensitiveViewAuditTests(SensitiveViewsFixture factory) : IClassFixture<SensitiveViewsFixture>
{
    /// <summary>Page, and the (action, record type, record) it records; {case}, {person} and {vacancy} are the fixture's.</summary>
    public static TheoryData<string, string[]> Pages() => new()
    {
        { "/beheer/bemiddelingen/{case}", [$"{AuditActions.Mediation.NotesViewed} Mediation {{case}}", $"{AuditActions.Mediation.SupportNeedsViewed} Mediation {{case}}"] },
        { "/beheer/bemiddelingen/{case}/intake", [$"{AuditActions.Mediation.SupportNeedsViewed} Mediation {{case}}"] },
        { "/beheer/bemiddelingen/{case}/persoon/gegevens", [$"{AuditActions.Volunteer.Export} Volunteer {{person}}"] },
        { "/beheer/vrijwilligers", [$"{AuditActions.Volunteer.Search} Volunteer -"] },
        { "/beheer/vrijwilligers?q=Tim", [$"{AuditActions.Volunteer.Search} Volunteer -"] },
        { "/beheer/vacatures/{vacancy}/kandidaten", [$"{AuditActions.Volunteer.CandidatesViewed} Vacancy {{vacancy}}"] },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task One_visit_records_exactly_the_expected_audit_entries(string page, string[] expected)
    {
        using var client = factory.CreatePortalClient();
        await client.LogInAsync(factory.Staff.Email!);
        var before = await LastEntryIdAsync();

        var response = await client.GetAsync(Fill(page));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var added = await factory.WithDbAsync((db, _) => db.AuditEntries.AsNoTracking()
            .Where(e => e.Id > before)
            .OrderBy(e => e.Id)
            .Select(e => new { e.UserId, e.Action, e.RecordType, e.RecordId })
            .ToListAsync());
        Assert.All(added, e => Assert.Equal(factory.Staff.Id, e.UserId));
        Assert.Equal(expected.Select(Fill).Order(), added.Select(e => $"{e.Action} {e.RecordType} {e.RecordId ?? "-"}").Order());
    }

    private Task<long> LastEntryIdAsync() =>
        factory.WithDbAsync(async (db, _) => await db.AuditEntries.MaxAsync(e => (long?)e.Id) ?? 0);

    private string Fill(string text) => text
        .Replace("{case}", factory.CaseId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{person}", factory.PersonId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{vacancy}", factory.VacancyId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
