using System.Net;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Tests.Support;
using VrijwilligersPortal.Web.Tests.Features.Organisation;
using VrijwilligersPortal.Web.Tests.Features.Organisation.Applications;
using VrijwilligersPortal.Web.Tests.Features.Organisation.Members;
using VrijwilligersPortal.Web.Tests.Features.Organisation.Registration;
using VrijwilligersPortal.Web.Tests.Features.Organisation.Vacancies;

namespace VrijwilligersPortal.Web.Tests.Features.Organisation.Invitations;

/// <summary>
/// A suspended organisation loses applicants' personal data and inviting (issue 20, finding 5);
/// an invitation link only works for the invited address (finding 11).
/// </summary>
public class SuspensionAndInvitationBindingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_suspended_organisation_sees_applications_without_names_or_contact_details_and_is_told_why()
    {
        var (client, _, organisation) = await factory.SignedInMemberAsync(name: "Voetbalclub Oost");
        using var signedIn = client;
        var vacancy = await factory.VacancyAsync(organisation.Id, "Trainer jeugd");
        var volunteer = await factory.UserAsync(PortalRoles.Volunteer, email: TestData.UniqueEmail("ayla"), name: "Ayla Demir");
        await factory.ApplyAsync(vacancy.Id, volunteer);
        var before = await client.GetAsync($"/organisatie/vacatures/{vacancy.Id}/reacties");
        Assert.Contains("Ayla Demir", await before.Content.ReadAsStringAsync());

        await SuspendAsync(organisation.Id);

        var response = await client.GetAsync($"/organisatie/vacatures/{vacancy.Id}/reacties");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Ayla Demir", html);
        Assert.DoesNotContain(volunteer.Email!, html);
        var page = await PortalClient.ReadPageAsync(response);
        Assert.Contains("geschorst", page.QuerySelector(".alert-warning")!.TextContent);
        Assert.Contains("geen namen en contactgegevens", page.QuerySelector("#schorsing-gevolgen")!.TextContent);
    }

    [Fact]
    public async Task A_suspended_organisation_cannot_invite_colleagues()
    {
        var (client, _, organisation) = await factory.SignedInMemberAsync(name: "Kerk Noord");
        using var signedIn = client;
        await SuspendAsync(organisation.Id);
        var colleague = TestData.UniqueEmail("collega");

        var response = await client.SubmitFormAsync("/organisatie/leden", new Dictionary<string, string> { ["Email"] = colleague }, "form[action='/organisatie/leden/uitnodigen']");

        var page = await PortalClient.ReadPageAsync(response);
        Assert.Contains("geschorst", page.QuerySelector(".error-summary")!.TextContent);
        Assert.Empty(factory.Mail.To(colleague));
        Assert.False(await factory.WithDbAsync((db, _) => db.Organisations.AnyAsync(o => o.Id == organisation.Id && o.Invitations.Any())));
    }

    [Fact]
    public async Task An_invitation_link_opened_by_another_signed_in_account_does_not_make_it_a_member()
    {
        var (client, _, organisation) = await factory.SignedInMemberAsync(name: "Speeltuin West");
        using var signedIn = client;
        var invited = TestData.UniqueEmail("uitgenodigd");
        await client.SubmitFormAsync("/organisatie/leden", new Dictionary<string, string> { ["Email"] = invited }, "form[action='/organisatie/leden/uitnodigen']");
        var link = Mailbox.LinkIn(factory.Mail.Single(invited, "Uitnodiging"), "/organisatie/uitnodiging");

        var outsider = await factory.UserAsync(PortalRoles.Volunteer);
        using var outsiderClient = factory.CreatePortalClient();
        await outsiderClient.LogInAsync(outsider.Email!);
        var page = await outsiderClient.GetPageAsync(link);
        var response = await outsiderClient.SubmitFormAsync(page, link, new Dictionary<string, string>(), "form[action='/organisatie/uitnodiging']");

        var refused = await PortalClient.ReadPageAsync(response);
        Assert.Contains("ander e-mailadres", refused.QuerySelector(".error-summary")!.TextContent);
        Assert.False(await factory.WithDbAsync((db, _) => db.Organisations.AnyAsync(o => o.Id == organisation.Id && o.Members.Any(m => m.UserId == outsider.Id))));

        // The invited person can still use it.
        var invitedUser = await factory.UserAsync(PortalRoles.Volunteer, email: invited);
        using var invitedClient = factory.CreatePortalClient();
        await invitedClient.LogInAsync(invitedUser.Email!);
        var invitedPage = await invitedClient.GetPageAsync(link);
        var accepted = await invitedClient.SubmitFormAsync(invitedPage, link, new Dictionary<string, string>(), "form[action='/organisatie/uitnodiging']");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
    }

    private Task SuspendAsync(int organisationId) =>
        factory.WithDbAsync(async (db, _) =>
        {
            var organisation = await db.Organisations.SingleAsync(o => o.Id == organisationId);
            organisation.Suspend("Klachten over de begeleiding.", Guid.NewGuid(), factory.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });
}
