using Microsoft.Extensions.DependencyInjection;
using VrijwilligersPortal.Infrastructure.Audit;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Tests.Support;
using VrijwilligersPortal.Web.Tests.Features.BackOffice;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Organisations;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Settings;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Staff;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Volunteers;
using VrijwilligersPortal.Web.Tests.Jobs;

namespace VrijwilligersPortal.Web.Tests.Features.BackOffice.Audit;

public class AuditLogTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Administrators_filter_the_log_by_person_action_and_period_newest_first_in_pages()
    {
        var (admin, _) = await factory.SignedInStaffAsync(PortalRoles.Admin, "Bea Beheerder");
        var mila = await factory.UserAsync(PortalRoles.Staff, name: "Mila Medewerker");
        var noor = await factory.UserAsync(PortalRoles.Staff, name: "Noor Medewerker");
        var day = new DateTimeOffset(2026, 10, 1, 10, 0, 0, TimeSpan.Zero);
        await factory.WithDbAsync(async (db, _) =>
        {
            for (var i = 0; i < 60; i++)
            {
                AuditLog.Record(db, mila.Id, AuditActions.Mediation.NotesViewed, "Mediation", 7, day.AddMinutes(i));
            }

            AuditLog.Record(db, noor.Id, AuditActions.Organisation.Approve, "Organisation", 3, day.AddDays(5));
            AuditLog.Record(db, noor.Id, AuditActions.Organisation.Reject, "Organisation", 4, day.AddDays(6));
            await db.SaveChangesAsync();
        });

        var byMila = await admin.GetPageAsync($"/beheer/auditlog?wie={mila.Id}");
        Assert.Contains("60 handelingen", byMila.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(50, byMila.QuerySelectorAll("main tbody tr").Length);
        Assert.Contains("1 oktober 2026 om 12:59", byMila.QuerySelector("main tbody tr")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Mila Medewerker", byMila.QuerySelector("main tbody tr")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(10, (await admin.GetPageAsync($"/beheer/auditlog?wie={mila.Id}&pagina=2")).QuerySelectorAll("main tbody tr").Length);

        var organisations = await admin.GetPageAsync("/beheer/auditlog?actie=organisation");
        Assert.Equal(2, organisations.QuerySelectorAll("main tbody tr").Length);
        Assert.NotNull(organisations.QuerySelector("main tbody a[href='/beheer/organisaties/4']"));

        var period = await admin.GetPageAsync("/beheer/auditlog?van=2026-10-06&tot=2026-10-06");
        var row = Assert.Single(period.QuerySelectorAll("main tbody tr"));
        Assert.Contains("organisation.approve", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tampered_filters_show_the_page_instead_of_an_error()
    {
        var (admin, _) = await factory.SignedInStaffAsync(PortalRoles.Admin);

        var page = await admin.GetPageAsync("/beheer/auditlog?wie=niemand&van=2026-13-45&tot=gisteren&pagina=-1&actie=%25");

        Assert.NotNull(page.QuerySelector("form[action='/beheer/auditlog'] #actie"));
    }

    [Fact]
    public void Refuses_free_text_as_an_action_so_no_personal_data_gets_into_the_log()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Infrastructure.Persistence.PortalDbContext>();

        Assert.Throws<ArgumentException>(() => AuditLog.Record(db, Guid.NewGuid(), "Notitie gelezen over Jan Jansen", "Mediation", 1, DateTimeOffset.UtcNow));
        Assert.Throws<ArgumentException>(() => AuditLog.Record(db, Guid.NewGuid(), AuditActions.Mediation.NotesViewed, "jan@example.nl", 1, DateTimeOffset.UtcNow));
        Assert.Empty(db.ChangeTracker.Entries<AuditEntry>());
    }

    [Fact]
    public void Refuses_a_well_formed_code_that_is_not_in_the_list_of_audit_actions()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Infrastructure.Persistence.PortalDbContext>();

        // What "mediation." + a renamed action would have produced: refused, not stored under a new code.
        Assert.Throws<ArgumentException>(() => AuditLog.Record(db, Guid.NewGuid(), "mediation.assigncase", "Mediation", 1, DateTimeOffset.UtcNow));
        AuditLog.Record(db, Guid.NewGuid(), AuditActions.Mediation.Assign, "Mediation", 1, DateTimeOffset.UtcNow);
        Assert.Single(db.ChangeTracker.Entries<AuditEntry>());
    }
}
