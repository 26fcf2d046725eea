using System.Net;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Tests.Support;
using static VrijwilligersPortal.Web.Tests.Features.Organisation.OrganisationTestData;
using VrijwilligersPortal.Web.Tests.Features.Organisation;
using VrijwilligersPortal.Web.Tests.Features.Organisation.Applications;
using VrijwilligersPortal.Web.Tests.Features.Organisation.Invitations;
using VrijwilligersPortal.Web.Tests.Features.Organisation.Registration;
using VrijwilligersPortal.Web.Tests.Features.Organisation.Vacancies;

namespace VrijwilligersPortal.Web.Tests.Features.Organisation.Members;

public class MembersTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public MembersTests(PortalFactory factory)
    {
        _factory = factory;
        _factory.Clock.Set(PortalFactory.Start);
    }

    [Fact]
    public async Task An_invited_colleague_without_an_account_makes_one_from_the_link_and_joins_once()
    {
        var (client, _, organisation) = await _factory.SignedInMemberAsync(name: "Taalhuis De Brug");
        using var signedIn = client;
        var colleague = TestData.UniqueEmail("collega");

        var invited = await client.SubmitFormAsync("/organisatie/leden", new Dictionary<string, string> { ["Email"] = colleague }, "form[action='/organisatie/leden/uitnodigen']");

        AssertRedirect(invited, "/organisatie/leden");
        var mail = _factory.Mail.Single(colleague, "Uitnodiging");
        Assert.Contains("Peter Bakker nodigt je uit", mail.Body);
        Assert.Contains("Taalhuis De Brug", mail.Body);
        var link = Mailbox.LinkIn(mail, "/organisatie/uitnodiging");
        var stored = await _factory.WithDbAsync((db, _) => db.Organisations.AsNoTracking().Include(o => o.Invitations).SingleAsync(o => o.Id == organisation.Id));
        var code = link[(link.IndexOf("code=", StringComparison.Ordinal) + 5)..];
        Assert.DoesNotContain(stored.Invitations, i => i.TokenHash.Contains(code, StringComparison.Ordinal));
        Assert.Equal(PortalFactory.Start.AddDays(7), stored.Invitations.Single().ExpiresAt);

        using var newcomer = _factory.CreatePortalClient();
        var joinPage = await newcomer.GetPageAsync(link);
        Assert.Contains("Word lid van Taalhuis De Brug", joinPage.QuerySelector("h1")!.TextContent);
        var joined = await newcomer.SubmitFormAsync(joinPage, link, new Dictionary<string, string> { ["Name"] = "Mohamed Ouali", ["Password"] = "taal verbindt mensen" }, "form[action='/organisatie/uitnodiging/account']");

        AssertRedirect(joined, "/organisatie");
        var dashboard = await newcomer.GetPageAsync("/organisatie");
        Assert.Contains("Taalhuis De Brug", dashboard.QuerySelector(".org-bar")!.TextContent);
        var account = await _factory.WithDbAsync((db, _) => db.Users.AsNoTracking().SingleAsync(u => u.Email == colleague));
        Assert.True(account.EmailConfirmed);
        Assert.True(await _factory.WithDbAsync((db, _) => db.Organisations.AnyAsync(o => o.Id == organisation.Id && o.Members.Any(m => m.UserId == account.Id))));

        using var someoneElse = _factory.CreatePortalClient();
        var again = await someoneElse.GetPageAsync(link);
        Assert.Equal("Deze uitnodiging werkt niet meer", again.QuerySelector("h1")!.TextContent);
        Assert.Null(again.QuerySelector("form[action='/organisatie/uitnodiging/account']"));
    }

    [Fact]
    public async Task A_person_with_an_account_logs_in_from_the_link_and_joins_a_second_organisation()
    {
        var (client, _, _) = await _factory.SignedInMemberAsync(name: "Stichting Welzijn Oost");
        using var signedIn = client;
        var (colleagueClient, colleague, own) = await _factory.SignedInMemberAsync(name: "Buurthuis Zuid");
        using var colleagueSignedIn = colleagueClient;
        await client.SubmitFormAsync("/organisatie/leden", new Dictionary<string, string> { ["Email"] = colleague.Email! }, "form[action='/organisatie/leden/uitnodigen']");
        var link = Mailbox.LinkIn(_factory.Mail.Single(colleague.Email!, "Uitnodiging"), "/organisatie/uitnodiging");

        var page = await colleagueClient.GetPageAsync(link);
        var accepted = await colleagueClient.SubmitFormAsync(page, link, new Dictionary<string, string>(), "form[action='/organisatie/uitnodiging']");

        AssertRedirect(accepted, "/organisatie");
        var dashboard = await colleagueClient.GetPageAsync("/organisatie");
        Assert.Contains("Stichting Welzijn Oost", dashboard.QuerySelector(".org-bar__name")!.TextContent);
        var choices = dashboard.QuerySelectorAll("#organisatie-kiezen option").Select(o => o.TextContent).ToList();
        Assert.Equal(["Buurthuis Zuid", "Stichting Welzijn Oost"], choices);
        Assert.True(await _factory.WithDbAsync((db, _) => db.Organisations.AnyAsync(o => o.Id == own.Id && o.Members.Any(m => m.UserId == colleague.Id))));
    }

    [Fact]
    public async Task The_link_stops_working_seven_days_after_it_was_sent()
    {
        var (client, _, organisation) = await _factory.SignedInMemberAsync(name: "Repair Café Zuilen");
        using var signedIn = client;
        var colleague = await _factory.UserAsync(PortalRoles.Volunteer);
        await client.SubmitFormAsync("/organisatie/leden", new Dictionary<string, string> { ["Email"] = colleague.Email! }, "form[action='/organisatie/leden/uitnodigen']");
        var link = Mailbox.LinkIn(_factory.Mail.Single(colleague.Email!, "Uitnodiging"), "/organisatie/uitnodiging");
        using var colleagueClient = _factory.CreatePortalClient();
        await colleagueClient.LogInAsync(colleague.Email!);
        var page = await colleagueClient.GetPageAsync(link);

        _factory.Clock.Advance(TimeSpan.FromDays(7));
        var response = await colleagueClient.SubmitFormAsync(page, link, new Dictionary<string, string>(), "form[action='/organisatie/uitnodiging']");

        var refused = await PortalClient.ReadPageAsync(response);
        Assert.Contains("verlopen", refused.QuerySelector("main")!.TextContent);
        Assert.False(await _factory.WithDbAsync((db, _) => db.Organisations.AnyAsync(o => o.Id == organisation.Id && o.Members.Any(m => m.UserId == colleague.Id))));
        Assert.Equal("Deze uitnodiging werkt niet meer", (await colleagueClient.GetPageAsync(link)).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task A_withdrawn_invitation_no_longer_works()
    {
        var (client, _, _) = await _factory.SignedInMemberAsync(name: "Speeltuin De Eik");
        using var signedIn = client;
        var colleague = TestData.UniqueEmail("ingetrokken");
        await client.SubmitFormAsync("/organisatie/leden", new Dictionary<string, string> { ["Email"] = colleague }, "form[action='/organisatie/leden/uitnodigen']");
        var link = Mailbox.LinkIn(_factory.Mail.Single(colleague, "Uitnodiging"), "/organisatie/uitnodiging");
        var members = await client.GetPageAsync("/organisatie/leden");
        var revokeForm = members.QuerySelector("form[action$='/intrekken']")!;

        var revoked = await client.SubmitFormAsync(members, "/organisatie/leden", new Dictionary<string, string>(), $"form[action='{revokeForm.GetAttribute("action")}']");

        AssertRedirect(revoked, "/organisatie/leden");
        using var newcomer = _factory.CreatePortalClient();
        Assert.Equal("Deze uitnodiging werkt niet meer", (await newcomer.GetPageAsync(link)).QuerySelector("h1")!.TextContent);
        Assert.Null((await client.GetPageAsync("/organisatie/leden")).QuerySelector("form[action$='/intrekken']"));
    }

    [Fact]
    public async Task A_member_removes_a_colleague_but_the_last_member_stays()
    {
        var (client, me, organisation) = await _factory.SignedInMemberAsync(name: "Dierenopvang Het Baken");
        using var signedIn = client;
        var colleague = await _factory.UserAsync(PortalRoles.OrganisationMember, name: "Els Mulder");
        await _factory.WithDbAsync(async (db, _) =>
        {
            var tracked = await db.Organisations.SingleAsync(o => o.Id == organisation.Id);
            tracked.AddMember(colleague.Id, _factory.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });
        var members = await client.GetPageAsync("/organisatie/leden");
        Assert.Equal(2, members.QuerySelectorAll(".member-list__item strong").Length);

        var removed = await client.SubmitFormAsync(members, "/organisatie/leden", new Dictionary<string, string>(), $"form[action='/organisatie/leden/{colleague.Id}/verwijderen']");

        AssertRedirect(removed, "/organisatie/leden");
        var after = await _factory.WithDbAsync((db, _) => db.Organisations.AsNoTracking().SingleAsync(o => o.Id == organisation.Id));
        Assert.Equal([me.Id], after.Members.Select(m => m.UserId));
        Assert.False(await _factory.WithDbAsync((db, _) =>
            db.UserRoles.AnyAsync(ur => ur.UserId == colleague.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == PortalRoles.OrganisationMember))));

        var lastOne = await client.PostAsync($"/organisatie/leden/{me.Id}/verwijderen", []);
        AssertRedirect(lastOne, "/organisatie/leden");
        var page = await client.GetPageAsync("/organisatie/leden");
        Assert.Contains("laatste lid kan niet worden verwijderd", page.QuerySelector(".alert-danger")!.TextContent);
        Assert.True(await _factory.WithDbAsync((db, _) => db.Organisations.AnyAsync(o => o.Id == organisation.Id && o.Members.Any(m => m.UserId == me.Id))));
    }

    [Fact]
    public async Task Inviting_without_a_valid_address_shows_the_message_next_to_the_field_and_sends_nothing()
    {
        var (client, _, organisation) = await _factory.SignedInMemberAsync(name: "Kinderboerderij");
        using var signedIn = client;

        var response = await client.SubmitFormAsync("/organisatie/leden", new Dictionary<string, string> { ["Email"] = "collega-at-example" }, "form[action='/organisatie/leden/uitnodigen']");

        var page = await PortalClient.ReadPageAsync(response);
        Assert.Contains("geldig e-mailadres", page.QuerySelector("#Email-fout")!.TextContent);
        Assert.Equal("collega-at-example", page.FieldValue("#Email"));
        Assert.Empty(_factory.Mail.To("collega-at-example"));
        Assert.False(await _factory.WithDbAsync((db, _) => db.Organisations.AnyAsync(o => o.Id == organisation.Id && o.Invitations.Any())));
    }

    [Fact]
    public async Task A_person_in_two_organisations_switches_and_the_server_checks_the_choice()
    {
        var (client, me, _) = await _factory.SignedInMemberAsync(name: "Aardappelclub");
        using var signedIn = client;
        var second = await _factory.OrganisationAsync(me.Id, OrganisationStatus.Pending, "Zonnebloem afdeling Oost");
        var (otherClient, _, strangers) = await _factory.SignedInMemberAsync(name: "Andermans Stichting");
        otherClient.Dispose();
        await _factory.VacancyAsync(second.Id, "Vacature van de tweede");

        var dashboard = await client.GetPageAsync("/organisatie");
        Assert.Contains("Aardappelclub", dashboard.QuerySelector(".org-bar__name")!.TextContent);

        var switched = await client.SubmitFormAsync(dashboard, "/organisatie", new Dictionary<string, string> { ["organisatie"] = second.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "form[action='/organisatie/wisselen']");
        AssertRedirect(switched, "/organisatie");
        var now = await client.GetPageAsync("/organisatie/vacatures");
        Assert.Contains("Zonnebloem afdeling Oost", now.QuerySelector(".org-bar__name")!.TextContent);
        Assert.Contains("Vacature van de tweede", now.QuerySelector("main")!.TextContent);

        var elsewhere = await client.PostAsync("/organisatie/wisselen", [new("organisatie", strangers.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);

        // The choice travels in a cookie; one edited by hand to another organisation's id falls
        // back to one of the person's own (the honoured case first shows the edited cookie arrives).
        Assert.Contains("Zonnebloem afdeling Oost", (await PageWithOrganisationCookieAsync(me.Email!, second.Id)).QuerySelector(".org-bar__name")!.TextContent);
        var fallback = await PageWithOrganisationCookieAsync(me.Email!, strangers.Id);
        Assert.Contains("Aardappelclub", fallback.QuerySelector(".org-bar__name")!.TextContent);
        Assert.DoesNotContain("Andermans Stichting", fallback.QuerySelector("main")!.TextContent);
    }

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> PageWithOrganisationCookieAsync(string email, int organisationId)
    {
        using var client = _factory.CreatePortalClient();
        await client.LogInAsync(email);
        client.Http.DefaultRequestHeaders.Add("Cookie", $"__Host-vp-organisatie={organisationId}");
        return await client.GetPageAsync("/organisatie");
    }
}
