using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Mediations;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Tests.Support;
using static VrijwilligersPortal.Web.Tests.Features.Organisation.OrganisationTestData;
using VrijwilligersPortal.Web.Jobs;
using VrijwilligersPortal.Web.Tests.Features.BackOffice;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Audit;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Organisations;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Settings;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Staff;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Volunteers;

namespace VrijwilligersPortal.Web.Tests.Jobs;

/// <summary>The retention job on a clock the test moves; its timer is off, the test runs it.</summary>
public class RetentionTests(RetentionTests.Factory factory) : IClassFixture<RetentionTests.Factory>
{
    [Fact]
    public async Task Warns_inactive_volunteers_and_erases_them_a_month_later_unless_they_logged_in()
    {
        var gone = await factory.UserAsync(PortalRoles.Volunteer, name: "Lang Weg");
        var returns = await factory.UserAsync(PortalRoles.Volunteer, name: "Komt Terug");
        var inCase = await factory.UserAsync(PortalRoles.Volunteer, name: "Heeft Hulpvraag");
        var staff = await factory.UserAsync(PortalRoles.Staff, name: "Medewerker Zonder Profiel");
        var member = await factory.UserAsync(PortalRoles.OrganisationMember);
        var organisation = await factory.OrganisationAsync(member.Id);
        var vacancy = await factory.VacancyAsync(organisation.Id, "Koffie schenken");
        var application = await factory.ApplyAsync(vacancy.Id, gone);
        await factory.WithDbAsync(async (db, _) =>
        {
            var volunteer = await db.Volunteers.SingleAsync(v => v.UserId == inCase.Id);
            db.Mediations.Add(Mediation.Request(volunteer.Id, "Ik zoek iets met dieren.", inCase.Id, factory.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
        });
        var job = factory.Services.GetRequiredService<RetentionJob>();

        // 23 months on: nobody is inactive long enough yet.
        factory.Clock.Advance(TimeSpan.FromDays(700));
        Assert.Equal(new RetentionResult(0, 0, 0), await job.RunOnceAsync(CancellationToken.None));

        // 24 months on: both plain volunteers are warned, once.
        factory.Clock.Advance(TimeSpan.FromDays(32));
        Assert.Equal(new RetentionResult(0, 2, 0), await job.RunOnceAsync(CancellationToken.None));
        Assert.Equal(new RetentionResult(0, 0, 0), await job.RunOnceAsync(CancellationToken.None));
        var warning = factory.Mail.Single(gone.Email!, "binnenkort verwijderd");
        Assert.Contains("24 maanden", warning.Body, StringComparison.Ordinal);
        Assert.Single(factory.Mail.To(returns.Email!));
        Assert.Empty(factory.Mail.To(inCase.Email!));
        Assert.Empty(factory.Mail.To(staff.Email!));
        Assert.Empty(factory.Mail.To(member.Email!));

        // One of them logs in; thirty days later the other is erased.
        factory.Clock.Advance(TimeSpan.FromDays(10));
        using (var client = factory.CreatePortalClient())
        {
            await client.LogInAsync(returns.Email!);
        }

        factory.Clock.Advance(TimeSpan.FromDays(19));
        Assert.Equal(new RetentionResult(1, 0, 0), await job.RunOnceAsync(CancellationToken.None));
        factory.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(new RetentionResult(0, 0, 1), await job.RunOnceAsync(CancellationToken.None));

        await factory.WithDbAsync(async (db, _) =>
        {
            Assert.False(await db.Users.AnyAsync(u => u.Id == gone.Id));
            var erased = await db.Volunteers.AsNoTracking().SingleAsync(v => v.Name == string.Empty && v.ErasedAt != null);
            Assert.Null(erased.Email);
            var anonymous = await db.Applications.AsNoTracking().SingleAsync(a => a.Id == application);
            Assert.Equal(ApplicationStatus.Withdrawn, anonymous.Status);
            Assert.Equal(erased.Id, anonymous.VolunteerId);
            var kept = await db.Users.AsNoTracking().SingleAsync(u => u.Id == returns.Id);
            Assert.Null(kept.InactivityWarnedAt);
            Assert.True(await db.Users.AnyAsync(u => u.Id == inCase.Id));
            Assert.True(await db.Users.AnyAsync(u => u.Id == staff.Id));
        });
        Assert.Single(factory.Mail.To(gone.Email!), m => m.Subject.Contains("is verwijderd", StringComparison.Ordinal));
        var entry = Assert.Single(await factory.AuditAsync("volunteer.erase.inactive"));
        Assert.Equal(Guid.Empty, entry.UserId);
    }

    [Fact]
    public async Task Another_instance_holding_the_lease_skips_the_run()
    {
        // Past the spacing an earlier run of this class left.
        factory.Clock.Advance(RetentionJob.Interval + TimeSpan.FromHours(1));
        var leases = factory.Services.GetRequiredService<Infrastructure.Jobs.JobLeases>();
        Assert.True(await leases.TryAcquireAsync(RetentionJob.JobName, "een-andere-server", TimeSpan.FromHours(1)));

        Assert.Null(await factory.Services.GetRequiredService<RetentionJob>().RunOnceAsync(CancellationToken.None));

        factory.Clock.Advance(TimeSpan.FromHours(2));
        Assert.NotNull(await factory.Services.GetRequiredService<RetentionJob>().RunOnceAsync(CancellationToken.None));
    }

    public sealed class Factory : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Jobs:Retention", "false");
        }
    }
}

/// <summary>The retention job also clears closed mediation cases once they are older than the setting.</summary>
public class CaseNotesRetentionTests(RetentionTests.Factory factory) : IClassFixture<RetentionTests.Factory>
{
    [Fact]
    public async Task Removes_the_notes_of_cases_closed_longer_ago_than_the_setting_and_keeps_the_rest()
    {
        var staff = await factory.UserAsync(PortalRoles.Staff);
        var person = await factory.UserAsync(PortalRoles.Volunteer, name: "Iemand Met Hulpvraag");
        var caseId = await factory.WithDbAsync(async (db, _) =>
        {
            var volunteer = await db.Volunteers.SingleAsync(v => v.UserId == person.Id);
            var mediation = Mediation.Request(volunteer.Id, "Ik zoek iets buiten.", person.Id, factory.Clock.GetUtcNow());
            mediation.AddNote("Vertrouwelijke notitie over de persoon", staff.Id, factory.Clock.GetUtcNow());
            mediation.Close("Verhuisd", staff.Id, factory.Clock.GetUtcNow());
            db.Mediations.Add(mediation);
            await db.SaveChangesAsync();
            return mediation.Id;
        });
        var job = factory.Services.GetRequiredService<RetentionJob>();

        // 23 months after closing (default setting 24): the notes stay.
        factory.Clock.Advance(TimeSpan.FromDays(700));
        Assert.Equal(0, (await job.RunOnceAsync(CancellationToken.None))!.CaseNotesRemoved);
        Assert.NotEmpty(await NotesAsync(caseId));

        // Past 24 months: removed, the case itself stays for the centre's figures.
        factory.Clock.Advance(TimeSpan.FromDays(40));
        Assert.Equal(1, (await job.RunOnceAsync(CancellationToken.None))!.CaseNotesRemoved);
        Assert.Empty(await NotesAsync(caseId));
        Assert.True(await factory.WithDbAsync((db, _) => db.Mediations.AnyAsync(m => m.Id == caseId && m.Status == MediationStatus.Closed)));
    }

    private Task<List<string>> NotesAsync(int caseId) =>
        factory.WithDbAsync((db, _) => db.Mediations.AsNoTracking().Where(m => m.Id == caseId).SelectMany(m => m.Notes).Select(n => n.Text).ToListAsync());
}
