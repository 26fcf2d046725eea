using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.FollowUps;
using VrijwilligersPortal.Domain.Mediations;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Domain.Volunteers;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Tests.Support;
using VrijwilligersPortal.Web.PersonalData;

namespace VrijwilligersPortal.Web.Tests.Features.BackOffice.Reports;

/// <summary>
/// A known history around March 2026 (times on the Dutch clock), put in through the domain as the
/// portal records it: placements, a withdrawal, a decline, an application nobody answered, a
/// mediation opened in February and placed in March, one closed without a placement, events at
/// 23:30 and 23:45 on 31 March (inside March) and one at 00:30 on 1 April (outside), and a placed
/// volunteer whose data were erased afterwards. The expected figures are worked out by hand in
/// <see cref="ReportFigureTests"/>.
/// </summary>
public class ReportScenario : PortalFactory, IAsyncLifetime
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public const string Story = "Ik voel me thuis bij de groep en de mensen rekenen op me.";

    public const string FollowUpStory = "Elke week zie ik nieuwe gezichten in het buurthuis.";

    public const string PrivateStory = "Fijne vrijwilliger, we zijn blij met haar.";

    public const string ErasedStory = "Het paste toch niet helemaal bij mij.";

    public int ErasedVolunteerId { get; private set; }

    /// <summary>A moment on the Dutch clock, as UTC.</summary>
    public static DateTimeOffset Local(int year, int month, int day, int hour, int minute = 0)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Amsterdam.GetUtcOffset(local)).ToUniversalTime();
    }

    public virtual async Task InitializeAsync()
    {
        await SeedAsync(erase: true);
    }

    public new Task DisposeAsync() => Task.CompletedTask;

    protected async Task SeedAsync(bool erase)
    {
        var staff = Guid.NewGuid();
        var member = (await this.UserAsync(Infrastructure.Identity.PortalRoles.OrganisationMember)).Id;
        await WithDbAsync(async (db, _) =>
        {
            var categories = await db.Categories.OrderBy(c => c.SortOrder).Take(2).ToListAsync();
            var newcomers = await db.SuitableForTags.SingleAsync(t => t.Slug == "anderstaligen");

            var utrecht = Organisation(db, member, "Buurthuis De Linde", "3581", "Utrecht", Local(2026, 1, 5, 10), staff, Local(2026, 1, 6, 10));
            var zeist = Organisation(db, member, "Natuurgroep Zeist", "3701", "Zeist", Local(2026, 3, 3, 10), staff, Local(2026, 3, 31, 23, 30));
            var old = Organisation(db, member, "Oude Vereniging", "3511", "Utrecht", Local(2025, 3, 15, 10), staff, Local(2025, 3, 16, 10));
            await db.SaveChangesAsync();

            var v1 = Vacancy(db, utrecht.Id, "Gastvrouw in het buurthuis", categories[0].Id, "3581", "Utrecht", Local(2026, 2, 10, 10), [newcomers]);
            var v2 = Vacancy(db, zeist.Id, "Paden onderhouden in het bos", categories[1].Id, "3701", "Zeist", Local(2026, 3, 5, 10), []);
            var v3 = Vacancy(db, utrecht.Id, "Hulp bij de voorjaarsmarkt", categories[1].Id, "3581", "Utrecht", Local(2026, 3, 2, 10), [], end: new DateOnly(2026, 3, 15));
            var v4 = Vacancy(db, utrecht.Id, "Chauffeur voor de boodschappenbus", categories[0].Id, "3581", "Utrecht", Local(2026, 2, 1, 10), []);
            var v5 = Vacancy(db, old.Id, "Maatje voor een oudere", categories[0].Id, "3511", "Utrecht", Local(2025, 11, 1, 10), []);
            await db.SaveChangesAsync();
            v4.Close(ClosedReason.Filled, staff, Local(2026, 3, 31, 23, 30));

            // Five placements in December 2025, three months before March: four still active at the follow-up.
            var december = Enumerable.Range(1, 5).Select(i => Person(db, $"Dec{i}", "3511", 1980, Local(2025, 11, 20, 10))).ToList();
            await db.SaveChangesAsync();
            var v5Loaded = await db.Vacancies.Include(v => v.Applications).SingleAsync(v => v.Id == v5.Id);
            foreach (var (person, index) in december.Select((p, i) => (p, i)))
            {
                var placed = v5Loaded.Apply(person.Id, "Ik wil graag helpen en heb er tijd voor.", ContactPreference.Email, staff, Local(2025, 12, 1, 10));
                placed.Place(staff, Local(2025, 12, 10, 10));
                var followUp = PlacementFollowUp.ForPlacement(placed, TimeSpan.FromDays(42), Local(2025, 12, 10, 10))[0];
                followUp.Answer(4, index != 0, null, false, Local(2026, 1, 20, 10));
                db.PlacementFollowUps.Add(followUp);
            }

            var a = Person(db, "Anna", "3581", 1990, Local(2026, 2, 1, 10));
            var b = Person(db, "Bram", "3511", 2000, Local(2026, 3, 3, 9));
            var c = Person(db, "Cor", "3701", 1960, Local(2026, 3, 31, 23, 30));
            var d = Person(db, "Dewi", "3584", 1985, Local(2026, 1, 10, 10));
            var e = Person(db, "Eva", "3581", 1995, Local(2026, 3, 1, 10));
            var f = Person(db, "Fenna", "3511", 1950, Local(2026, 2, 25, 9));
            var g = Person(db, "Gijs", "3581", 1970, Local(2026, 3, 5, 9));
            await db.SaveChangesAsync();
            ErasedVolunteerId = d.Id;

            var vacancies = await db.Vacancies.Include(v => v.Applications).ToDictionaryAsync(v => v.Id);
            Application Apply(Vacancy vacancy, Volunteer volunteer, DateTimeOffset at) =>
                vacancies[vacancy.Id].Apply(volunteer.Id, "Ik wil graag helpen en heb er tijd voor.", ContactPreference.Email, staff, at);

            var aApplication = Apply(v1, a, Local(2026, 3, 2, 10));
            aApplication.StartContact(staff, Local(2026, 3, 4, 10));
            aApplication.Place(staff, Local(2026, 3, 31, 23, 30));

            Apply(v1, b, Local(2026, 3, 10, 10)).Withdraw(staff, Local(2026, 3, 20, 10));
            Apply(v2, b, Local(2026, 3, 11, 10)).Decline("Deze plek is al vergeven.", staff, Local(2026, 3, 14, 10));

            Apply(v2, c, Local(2026, 3, 31, 23, 45));

            Apply(v1, d, Local(2026, 2, 15, 10)).Withdraw(staff, Local(2026, 2, 16, 10));
            var dApplication = Apply(v1, d, Local(2026, 3, 1, 9));
            dApplication.Place(staff, Local(2026, 3, 12, 9));
            var dFollowUp = PlacementFollowUp.ForPlacement(dApplication, TimeSpan.FromDays(14), Local(2026, 3, 12, 9))[0];
            dFollowUp.Answer(3, false, ErasedStory, true, Local(2026, 3, 28, 10));
            db.PlacementFollowUps.Add(dFollowUp);

            Apply(v1, e, Local(2026, 4, 1, 0, 30));
            await db.SaveChangesAsync();

            var helped = Mediation.Open(f.Id, null, staff, Local(2026, 2, 25, 10));
            helped.RecordIntake(new MediationIntake { ReferralSource = ReferralSource.NeighbourhoodTeam, Wishes = "Iets met mensen, in de buurt.", SuitableForIds = [newcomers.Id] }, staff, Local(2026, 2, 27, 10));
            var proposal = helped.Propose(v1.Id, staff, Local(2026, 3, 1, 10));
            helped.AcceptProposal(proposal, staff, Local(2026, 3, 2, 10));
            var fApplication = Apply(v1, f, Local(2026, 3, 2, 10));
            fApplication.StartContact(staff, Local(2026, 3, 2, 10));
            helped.Place(proposal, TimeSpan.FromDays(42), staff, Local(2026, 3, 6, 10));
            fApplication.Place(staff, Local(2026, 3, 6, 10));
            var fFollowUps = PlacementFollowUp.ForPlacement(fApplication, TimeSpan.FromDays(14), Local(2026, 3, 6, 10));
            fFollowUps[0].Answer(5, true, FollowUpStory, true, Local(2026, 3, 25, 10));
            fFollowUps[1].Answer(4, true, PrivateStory, false, Local(2026, 3, 26, 10));
            db.PlacementFollowUps.AddRange(fFollowUps);
            helped.RecordFollowUp(4, Story, true, false, staff, Local(2026, 3, 20, 10));

            var unplaced = Mediation.Open(g.Id, null, staff, Local(2026, 3, 5, 10));
            unplaced.Close("Geen passende plek gevonden.", staff, Local(2026, 3, 25, 10));
            db.Mediations.AddRange(helped, unplaced);
            await db.SaveChangesAsync();
        });

        if (erase)
        {
            await EraseAsync();
        }
    }

    /// <summary>The placed volunteer asks the centre to erase their data (AVG), long after March.</summary>
    public Task EraseAsync() =>
        WithDbAsync(async (db, _) => Assert.True(await VolunteerErasure.EraseWithoutAccountAsync(db, ErasedVolunteerId, Guid.NewGuid(), Clock.GetUtcNow(), CancellationToken.None)));

    private static Domain.Organisations.Organisation Organisation(PortalDbContext db, Guid member, string name, string postcode, string place, DateTimeOffset registered, Guid staff, DateTimeOffset approved)
    {
        var organisation = Domain.Organisations.Organisation.Register(
            new OrganisationProfile
            {
                Name = name,
                Kind = OrganisationKind.Association,
                Postcode = postcode,
                Place = place,
                Description = "Een organisatie in de rapportagetest.",
                ContactName = "Contactpersoon",
                ContactEmail = "info@organisatie.example",
            },
            member,
            registered);
        organisation.Approve(staff, approved);
        db.Organisations.Add(organisation);
        return organisation;
    }

    private static Vacancy Vacancy(PortalDbContext db, int organisationId, string title, int categoryId, string postcode, string place, DateTimeOffset published, IEnumerable<Domain.Taxonomy.SuitableForTag> groups, DateOnly? end = null)
    {
        var vacancy = Domain.Vacancies.Vacancy.CreateDraft(
            organisationId,
            new VacancyContent
            {
                Title = title,
                Description = "Een vacature in de rapportagetest, met genoeg tekst.",
                CategoryId = categoryId,
                Postcode = postcode,
                Place = place,
                Commitment = Commitment.Ongoing,
                Schedule = WeekSchedule.Of((DayOfWeek.Monday, DayPart.Morning)),
                EndDate = end,
                ContactName = "Contactpersoon",
                ContactEmail = "info@organisatie.example",
            },
            [],
            groups,
            Guid.NewGuid(),
            published);
        vacancy.Submit(false, Guid.NewGuid(), published);
        db.Vacancies.Add(vacancy);
        return vacancy;
    }

    private static Volunteer Person(PortalDbContext db, string name, string postcode, int born, DateTimeOffset registered)
    {
        var volunteer = Volunteer.WithoutAccount(name, null, "0612345678", true, Guid.NewGuid(), registered);
        volunteer.SetLocation(postcode, null, null);
        volunteer.SetBirthYear(born, 2026);
        db.Volunteers.Add(volunteer);
        return volunteer;
    }
}
