using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Mediations;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Tests.Support;
using VrijwilligersPortal.Web.Tests.Features.BackOffice;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Audit;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Organisations;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Settings;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Staff;
using VrijwilligersPortal.Web.Tests.Jobs;

namespace VrijwilligersPortal.Web.Tests.Features.BackOffice.Volunteers;

public class VolunteerSearchTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Staff_find_only_volunteers_who_consented_or_asked_for_help()
    {
        var consented = await factory.UserAsync(PortalRoles.Volunteer, name: "Zoek Toestemming");
        var asked = await factory.UserAsync(PortalRoles.Volunteer, name: "Zoek Hulpvraag");
        var closedCase = await factory.UserAsync(PortalRoles.Volunteer, name: "Zoek Gesloten");
        await factory.UserAsync(PortalRoles.Volunteer, name: "Zoek Privé");
        var now = factory.Clock.GetUtcNow();
        await factory.WithDbAsync(async (db, _) =>
        {
            (await db.Volunteers.SingleAsync(v => v.UserId == consented.Id)).SetConsentToBeProposed(true, now);
            db.Mediations.Add(Mediation.Request((await db.Volunteers.SingleAsync(v => v.UserId == asked.Id)).Id, null, asked.Id, now));
            var withdrawn = Mediation.Request((await db.Volunteers.SingleAsync(v => v.UserId == closedCase.Id)).Id, null, closedCase.Id, now);
            withdrawn.Withdraw(closedCase.Id, now);
            db.Mediations.Add(withdrawn);
            await db.SaveChangesAsync();
        });
        var (staff, staffUser) = await factory.SignedInStaffAsync();

        var page = await staff.GetPageAsync("/beheer/vrijwilligers?q=zoek");

        var names = page.QuerySelectorAll(".volunteer-result h2").Select(h => h.TextContent).ToList();
        Assert.Equal(["Zoek Hulpvraag", "Zoek Toestemming"], names);
        Assert.Contains("lopende hulpvraag", page.QuerySelectorAll(".volunteer-result")[0].TextContent, StringComparison.Ordinal);
        Assert.Single(await factory.AuditAsync("volunteer.search"), e => e.UserId == staffUser.Id);
    }
}
