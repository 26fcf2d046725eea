using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Persistence;

/// <summary>
/// What the database itself guarantees, checked on whichever provider the suite runs on
/// (PORTAL_TEST_PROVIDER): these must hold on SQLite and PostgreSQL alike.
/// </summary>
public class ProviderBehaviourTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Motivation = "Ik help graag mee in het groen, elke zaterdag.";

    [Fact]
    public async Task Two_requests_racing_for_the_last_place_cannot_both_be_saved()
    {
        var vacancy = await LastPlaceVacancyAsync();
        var first = await VolunteerIdAsync();
        var second = await VolunteerIdAsync();
        await using var requestA = Db();
        await using var requestB = Db();
        var seenByA = await LoadAsync(requestA.Db, vacancy.Id);
        var seenByB = await LoadAsync(requestB.Db, vacancy.Id);

        seenByA.Apply(first, Motivation, ContactPreference.Email, Guid.NewGuid(), factory.Clock.GetUtcNow());
        seenByB.Apply(second, Motivation, ContactPreference.Email, Guid.NewGuid(), factory.Clock.GetUtcNow());
        await requestA.Db.SaveChangesAsync();

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => requestB.Db.SaveChangesAsync());
        var saved = await factory.WithDbAsync((db, _) => db.Applications.Where(a => a.VacancyId == vacancy.Id).Select(a => a.VolunteerId).ToListAsync());
        Assert.Equal([first], saved);
    }

    [Fact]
    public async Task The_database_refuses_a_second_open_application_even_when_the_version_check_is_bypassed()
    {
        var vacancy = await factory.VacancyAsync(await OrganisationIdAsync(), "Tuinploeg");
        var volunteer = await VolunteerIdAsync();
        await using var requestA = Db();
        await using var requestB = Db();
        var seenByA = await LoadAsync(requestA.Db, vacancy.Id);
        var seenByB = await LoadAsync(requestB.Db, vacancy.Id);
        seenByA.Apply(volunteer, Motivation, ContactPreference.Email, Guid.NewGuid(), factory.Clock.GetUtcNow());
        seenByB.Apply(volunteer, Motivation, ContactPreference.Email, Guid.NewGuid(), factory.Clock.GetUtcNow());
        await requestA.Db.SaveChangesAsync();

        // As if B had read the latest version: only the filtered unique index stands in the way.
        requestB.Db.Entry(seenByB).Property(v => v.Version).OriginalValue = seenByA.Version;
        var refused = await Assert.ThrowsAnyAsync<DbUpdateException>(() => requestB.Db.SaveChangesAsync());

        Assert.IsNotType<DbUpdateConcurrencyException>(refused);
        Assert.True(refused.IsUniqueViolation(), refused.InnerException?.Message);
    }

    [Fact]
    public async Task A_volunteer_who_withdrew_may_apply_to_the_same_vacancy_again()
    {
        var vacancy = await factory.VacancyAsync(await OrganisationIdAsync(), "Kerstmarkt");
        var volunteer = await VolunteerIdAsync();
        await factory.WithDbAsync(async (db, _) =>
        {
            var loaded = await LoadAsync(db, vacancy.Id);
            var application = loaded.Apply(volunteer, Motivation, ContactPreference.Email, Guid.NewGuid(), factory.Clock.GetUtcNow());
            await db.SaveChangesAsync();
            application.Withdraw(Guid.NewGuid(), factory.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });

        // The index only covers open applications ("Status" IN ('Submitted', 'InContact')).
        await factory.WithDbAsync(async (db, _) =>
        {
            var loaded = await LoadAsync(db, vacancy.Id);
            loaded.Apply(volunteer, Motivation, ContactPreference.Phone, Guid.NewGuid(), factory.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });

        var statuses = await factory.WithDbAsync((db, _) =>
            db.Database.SqlQuery<string>($"SELECT \"Status\" AS \"Value\" FROM \"Applications\" WHERE \"VacancyId\" = {vacancy.Id}").ToListAsync());
        Assert.Equal(["Submitted", "Withdrawn"], statuses.Order().ToList());
    }

    private async Task<Vacancy> LastPlaceVacancyAsync() =>
        await factory.VacancyAsync(await OrganisationIdAsync(), "Eén plek", change: c => c with { Places = 1 });

    private async Task<int> OrganisationIdAsync()
    {
        var member = await factory.UserAsync(PortalRoles.OrganisationMember);
        return (await factory.OrganisationAsync(member.Id)).Id;
    }

    private async Task<int> VolunteerIdAsync()
    {
        var user = await factory.UserAsync(PortalRoles.Volunteer);
        return await factory.WithDbAsync((db, _) => db.Volunteers.Where(v => v.UserId == user.Id).Select(v => v.Id).SingleAsync());
    }

    private static Task<Vacancy> LoadAsync(PortalDbContext db, int id) =>
        db.Vacancies.Include(v => v.Applications).SingleAsync(v => v.Id == id);

    private Request Db() => new(factory.Services.CreateAsyncScope());

    /// <summary>One request's own context, as two web requests would each have.</summary>
    private sealed class Request(AsyncServiceScope scope) : IAsyncDisposable
    {
        public PortalDbContext Db { get; } = scope.ServiceProvider.GetRequiredService<PortalDbContext>();

        public ValueTask DisposeAsync() => scope.DisposeAsync();
    }
}
