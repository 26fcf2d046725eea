using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Features.OpenData;

/// <summary>
/// Two approved organisations (one in Utrecht, one in Houten), vacancies that are public and
/// vacancies that are not (closed, expired, of a pending organisation), seeded once per class.
/// </summary>
public sealed class OpenDataFixture : PortalFactory, IAsyncLifetime
{
    public const string ContactName = "Peter Bakker";

    public const string ContactEmail = "info@natuurgroep.example";

    public Dictionary<string, int> Ids { get; } = [];

    public int Utrecht { get; private set; }

    public int Houten { get; private set; }

    public async Task InitializeAsync()
    {
        var member = await this.UserAsync(PortalRoles.OrganisationMember);
        Utrecht = (await this.OrganisationAsync(member.Id)).Id;
        Houten = (await this.OrganisationAsync(member.Id, name: "Sportclub Houten")).Id;
        var pending = await this.OrganisationAsync(member.Id, OrganisationStatus.Pending, "Wachtende Stichting");
        var today = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);
        var now = Clock.GetUtcNow();

        async Task Add(string title, int organisation, Func<VacancyContent, VacancyContent>? change = null, VacancyStatus status = VacancyStatus.Published, int daysAgo = 0) =>
            Ids[title] = (await this.VacancyAsync(organisation, title, status, change, now.AddDays(-daysAgo))).Id;

        VacancyContent InHouten(VacancyContent c) => c with { Postcode = "3994", Place = "Houten", Location = new GeoPoint(52.0237, 5.1841) };

        await Add("Natuurwerk in Utrecht", Utrecht, daysAgo: 3);
        await Add("Slootjes schonen", Utrecht, c => c with { Description = new string('x', 200) + " " + new string('y', 400) }, daysAgo: 2);
        await Add("Trainer jeugd Houten", Houten, InHouten, daysAgo: 1);
        await Add("Kantine Houten", Houten, c => InHouten(c) with { Commitment = Commitment.OneOff });
        await Add("Gesloten klus", Utrecht, status: VacancyStatus.Closed);
        await Add("Verlopen klus", Utrecht, c => c with { EndDate = today.AddDays(-1) }, daysAgo: 10);
        await Add("Van wachtende organisatie", pending.Id);
    }

    /// <summary>Changes a vacancy's title through the domain, as the organisation's edit form does.</summary>
    public Task RenameAsync(int id, string title) => WithDbAsync(async (db, _) =>
    {
        var vacancy = await db.Vacancies.Include(v => v.Skills).Include(v => v.SuitableFor).SingleAsync(v => v.Id == id);
        vacancy.Edit(vacancy.Content() with { Title = title }, vacancy.Skills, vacancy.SuitableFor, Clock.GetUtcNow());
        await db.SaveChangesAsync();
    });

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}
