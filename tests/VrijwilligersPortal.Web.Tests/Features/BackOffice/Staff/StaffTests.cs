using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Tests.Support;
using static VrijwilligersPortal.Web.Tests.Features.Organisation.OrganisationTestData;
using VrijwilligersPortal.Web.Tests.Features.BackOffice;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Audit;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Organisations;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Settings;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Volunteers;
using VrijwilligersPortal.Web.Tests.Jobs;

namespace VrijwilligersPortal.Web.Tests.Features.BackOffice.Staff;

public class StaffTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_administrator_invites_a_colleague_who_sets_a_password_and_reaches_the_back_office()
    {
        var (admin, adminUser) = await factory.SignedInStaffAsync(PortalRoles.Admin, "Bea Beheerder");
        var address = TestData.UniqueEmail("collega");

        var invited = await admin.SubmitFormAsync("/beheer/medewerkers", new Dictionary<string, string> { ["Name"] = "Carla Collega", ["Email"] = address, ["Role"] = PortalRoles.Staff }, "#uitnodigen");

        AssertRedirect(invited, "/beheer/medewerkers");
        var link = Mailbox.LinkIn(factory.Mail.Single(address, "beheer"), "/account/wachtwoord-herstellen");
        using var colleague = factory.CreatePortalClient();
        var reset = await colleague.SubmitFormAsync(link, new Dictionary<string, string> { ["Password"] = "een nieuw lang wachtwoord", ["ConfirmPassword"] = "een nieuw lang wachtwoord" });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, reset.StatusCode);
        await colleague.LogInAsync(address, "een nieuw lang wachtwoord");
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await colleague.GetAsync("/beheer")).StatusCode);
        await colleague.EnrolSecondFactorAsync();
        await colleague.GetPageAsync("/beheer");
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await colleague.GetAsync("/beheer/instellingen")).StatusCode);
        var entry = Assert.Single(await factory.AuditAsync("staff.invite"));
        Assert.Equal(adminUser.Id, entry.UserId);
        Assert.Contains("Carla Collega", (await admin.GetPageAsync("/beheer/medewerkers")).QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inviting_an_address_that_already_has_an_account_is_refused_next_to_the_field()
    {
        var (admin, _) = await factory.SignedInStaffAsync(PortalRoles.Admin);
        var volunteer = await factory.UserAsync(PortalRoles.Volunteer);

        var response = await admin.SubmitFormAsync("/beheer/medewerkers", new Dictionary<string, string> { ["Name"] = "Iemand", ["Email"] = volunteer.Email!, ["Role"] = PortalRoles.Admin }, "#uitnodigen");

        var page = await PortalClient.ReadPageAsync(response);
        Assert.Contains("al een account", page.QuerySelector("#Email-fout")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Iemand", page.QuerySelector("#Name")!.GetAttribute("value"));
        Assert.False(await InRoleAsync(volunteer.Id, PortalRoles.Admin));
    }

    [Fact]
    public async Task Roles_change_but_the_last_administrator_stays_one()
    {
        var (admin, adminUser) = await factory.SignedInStaffAsync(PortalRoles.Admin, "Enige Beheerder");
        await RemoveOtherAdminsAsync(adminUser.Id);
        var staffUser = await factory.UserAsync(PortalRoles.Staff, name: "Sam Staf");

        var demoteSelf = await admin.SubmitFormAsync("/beheer/medewerkers", new Dictionary<string, string> { ["Role"] = PortalRoles.Staff }, $"form[action='/beheer/medewerkers/{adminUser.Id}/rol']");
        Assert.Contains("laatste beheerder", (await PortalClient.ReadPageAsync(demoteSelf)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        var revokeSelf = await admin.SubmitFormAsync("/beheer/medewerkers", new Dictionary<string, string>(), $"form[action='/beheer/medewerkers/{adminUser.Id}/intrekken']");
        Assert.Contains("laatste beheerder", (await PortalClient.ReadPageAsync(revokeSelf)).QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.True(await InRoleAsync(adminUser.Id, PortalRoles.Admin));

        AssertRedirect(await admin.SubmitFormAsync("/beheer/medewerkers", new Dictionary<string, string> { ["Role"] = PortalRoles.Admin }, $"form[action='/beheer/medewerkers/{staffUser.Id}/rol']"), "/beheer/medewerkers");
        Assert.True(await InRoleAsync(staffUser.Id, PortalRoles.Admin));
        Assert.False(await InRoleAsync(staffUser.Id, PortalRoles.Staff));
        Assert.Single(await factory.AuditAsync("staff.role.admin"), e => e.RecordId == staffUser.Id.ToString("D"));

        // With a second administrator the first may step down.
        AssertRedirect(await admin.SubmitFormAsync("/beheer/medewerkers", new Dictionary<string, string> { ["Role"] = PortalRoles.Staff }, $"form[action='/beheer/medewerkers/{adminUser.Id}/rol']"), "/beheer/medewerkers");
        Assert.True(await InRoleAsync(adminUser.Id, PortalRoles.Staff));
        Assert.False(await InRoleAsync(adminUser.Id, PortalRoles.Admin));
    }

    [Fact]
    public async Task Revoking_access_takes_away_the_back_office_roles()
    {
        var (admin, _) = await factory.SignedInStaffAsync(PortalRoles.Admin);
        var leaving = await factory.UserAsync(PortalRoles.Staff, name: "Vertrekkende Collega");

        AssertRedirect(await admin.SubmitFormAsync("/beheer/medewerkers", new Dictionary<string, string>(), $"form[action='/beheer/medewerkers/{leaving.Id}/intrekken']"), "/beheer/medewerkers");

        Assert.False(await InRoleAsync(leaving.Id, PortalRoles.Staff));
        Assert.Single(await factory.AuditAsync("staff.revoke"), e => e.RecordId == leaving.Id.ToString("D"));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await admin.PostWithTokenAsync($"/beheer/medewerkers/{leaving.Id}/intrekken")).StatusCode);
    }

    private Task<bool> InRoleAsync(Guid userId, string role) =>
        factory.WithDbAsync(async (_, services) =>
        {
            var users = services.GetRequiredService<UserManager<PortalUser>>();
            return await users.IsInRoleAsync((await users.FindByIdAsync(userId.ToString()))!, role);
        });

    private Task RemoveOtherAdminsAsync(Guid keep) =>
        factory.WithDbAsync(async (_, services) =>
        {
            var users = services.GetRequiredService<UserManager<PortalUser>>();
            foreach (var other in (await users.GetUsersInRoleAsync(PortalRoles.Admin)).Where(u => u.Id != keep))
            {
                await users.RemoveFromRoleAsync(other, PortalRoles.Admin);
            }
        });
}
