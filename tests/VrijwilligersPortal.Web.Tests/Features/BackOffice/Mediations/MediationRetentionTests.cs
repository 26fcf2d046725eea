using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VrijwilligersPortal.Domain.Mediations;
using VrijwilligersPortal.Domain.Volunteers;
using VrijwilligersPortal.Web.Features.BackOffice.Mediations;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Features.BackOffice.Mediations;

/// <summary>The retention step and the dashboard counts, on the real database with a controlled clock.</summary>
public sealed class MediationRetentionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly Guid Staff = Guid.NewGuid();

    private Task<int> CaseAsync(Action<Mediation, DateTimeOffset> steps) =>
        factory.WithDbAsync(async (db, _) =>
        {
            var now = factory.Clock.GetUtcNow();
            var volunteer = Volunteer.WithoutAccount("Iemand", null, null, true, Staff, now);
            db.Volunteers.Add(volunteer);
            await db.SaveChangesAsync();
            var mediation = Mediation.Open(volunteer.Id, null, Staff, now);
            mediation.RecordIntake(new() { ReferralSource = ReferralSource.Care, Wishes = "Iets", SupportNeeds = "Vertrouwelijk" }, Staff, now);
            mediation.AddNote("Vertrouwelijke notitie", Staff, now);
            steps(mediation, now);
            db.Mediations.Add(mediation);
            await db.SaveChangesAsync();
            return mediation.Id;
        });

    private Task<Mediation> LoadAsync(int id) => factory.WithDbAsync((db, _) => db.Mediations.AsNoTracking().SingleAsync(m => m.Id == id));

    [Fact]
    public async Task Notes_and_support_needs_of_cases_closed_longer_than_the_retention_period_are_removed()
    {
        var retention = TimeSpan.FromDays(365);
        factory.Clock.Set(PortalFactory.Start);
        var closedLongAgo = await CaseAsync((m, now) => m.Close(null, Staff, now));
        factory.Clock.Advance(TimeSpan.FromDays(200));
        var closedRecently = await CaseAsync((m, now) => m.Close(null, Staff, now));
        var open = await CaseAsync((_, _) => { });
        factory.Clock.Advance(TimeSpan.FromDays(165));

        var removed = await factory.WithDbAsync((db, _) => MediationRetention.RemoveExpiredNotesAsync(db, factory.Clock.GetUtcNow(), retention));

        Assert.Equal(1, removed);
        var expired = await LoadAsync(closedLongAgo);
        Assert.Empty(expired.Notes);
        Assert.Null(expired.SupportNeeds);
        Assert.Equal("Iets", expired.Wishes);
        Assert.Equal(factory.Clock.GetUtcNow(), expired.NotesRemovedAt);
        Assert.Single((await LoadAsync(closedRecently)).Notes);
        Assert.Equal("Vertrouwelijk", (await LoadAsync(closedRecently)).SupportNeeds);
        Assert.Single((await LoadAsync(open)).Notes);

        // Running again removes nothing more until the next case has waited long enough.
        Assert.Equal(0, await factory.WithDbAsync((db, _) => MediationRetention.RemoveExpiredNotesAsync(db, factory.Clock.GetUtcNow(), retention)));
        factory.Clock.Advance(TimeSpan.FromDays(200));
        Assert.Equal(1, await factory.WithDbAsync((db, _) => MediationRetention.RemoveExpiredNotesAsync(db, factory.Clock.GetUtcNow(), retention)));
        Assert.Empty((await LoadAsync(closedRecently)).Notes);
        Assert.Single((await LoadAsync(open)).Notes);
        factory.Clock.Set(PortalFactory.Start);
    }

    [Fact]
    public async Task Two_staff_members_changing_one_case_at_once_cannot_both_save()
    {
        var id = await CaseAsync((_, _) => { });
        await using var first = factory.Services.CreateAsyncScope();
        await using var second = factory.Services.CreateAsyncScope();
        var db1 = first.ServiceProvider.GetRequiredService<Infrastructure.Persistence.PortalDbContext>();
        var db2 = second.ServiceProvider.GetRequiredService<Infrastructure.Persistence.PortalDbContext>();
        var one = await db1.Mediations.Include(m => m.History).SingleAsync(m => m.Id == id);
        var two = await db2.Mediations.Include(m => m.History).SingleAsync(m => m.Id == id);

        one.Close("Verhuisd", Staff, factory.Clock.GetUtcNow());
        await db1.SaveChangesAsync();
        two.AddNote("Gelijktijdige notitie", Staff, factory.Clock.GetUtcNow());

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db2.SaveChangesAsync());
        var stored = await LoadAsync(id);
        Assert.Equal(MediationStatus.Closed, stored.Status);
        Assert.Single(stored.Notes);
    }

    [Fact]
    public async Task The_dashboard_counts_new_help_requests_and_follow_ups_due()
    {
        factory.Clock.Set(PortalFactory.Start);
        var before = await factory.WithDbAsync((db, _) => MediationDashboard.CountsAsync(db, factory.Clock.GetUtcNow()));
        await factory.WithDbAsync(async (db, _) =>
        {
            var volunteer = Volunteer.WithoutAccount("Nieuw", null, null, true, Staff, factory.Clock.GetUtcNow());
            db.Volunteers.Add(volunteer);
            await db.SaveChangesAsync();
            db.Mediations.Add(Mediation.Request(volunteer.Id, null, Staff, factory.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
        });
        var vacancy = await factory.OpenVacancyAsync();
        await CaseAsync((m, now) =>
        {
            var proposal = m.Propose(vacancy.Id, Staff, now);
            m.AcceptProposal(proposal, Staff, now);
            m.Place(proposal, TimeSpan.FromDays(42), Staff, now);
        });

        var now = factory.Clock.GetUtcNow();
        var notYet = await factory.WithDbAsync((db, _) => MediationDashboard.CountsAsync(db, now.AddDays(41)));
        var due = await factory.WithDbAsync((db, _) => MediationDashboard.CountsAsync(db, now.AddDays(42)));

        Assert.Equal(before.NewHelpRequests + 1, notYet.NewHelpRequests);
        Assert.Equal(before.FollowUpsDue, notYet.FollowUpsDue);
        Assert.Equal(before.FollowUpsDue + 1, due.FollowUpsDue);
    }
}
