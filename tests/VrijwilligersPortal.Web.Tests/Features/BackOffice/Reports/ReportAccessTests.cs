using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Features.BackOffice.Reports;

/// <summary>
/// Every report route: staff, administrators and the municipality read it; volunteers and
/// organisation members get 403; visitors are sent to log in. The municipality's account reaches
/// nothing else of the back office (BackOfficeAccessTests, MediationAccessTests).
/// </summary>
public class ReportAccessTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    public static readonly string[] Routes =
    [
        "/beheer/rapportages", "/beheer/rapportages?periode=maand&jaar=2026&maand=3", "/beheer/rapportages/jaarverslag",
        "/beheer/rapportages/csv/reacties", "/beheer/rapportages/excel",
    ];

    public static TheoryData<string, string> RoutesPerRole(params string[] roles)
    {
        var data = new TheoryData<string, string>();
        foreach (var role in roles)
        {
            foreach (var route in Routes)
            {
                data.Add(role, route);
            }
        }

        return data;
    }

    public static TheoryData<string, string> Readers() => RoutesPerRole(PortalRoles.Staff, PortalRoles.Admin, PortalRoles.Municipality);

    public static TheoryData<string, string> Outsiders() => RoutesPerRole(PortalRoles.Volunteer, PortalRoles.OrganisationMember);

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task Staff_administrators_and_the_municipality_read_every_report_route(string role, string url)
    {
        var (client, _) = await factory.SignedInStaffAsync(role);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task Volunteers_and_organisation_members_get_403(string role, string url)
    {
        var user = await factory.UserAsync(role);
        using var client = factory.CreatePortalClient();
        await client.LogInAsync(user.Email!);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task A_visitor_is_sent_to_log_in(string role, string url)
    {
        _ = role;
        using var client = factory.CreatePortalClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/account/inloggen?ReturnUrl=%2Fbeheer%2Frapportages", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_municipality_menu_links_to_the_reports_and_not_to_the_back_office()
    {
        var (client, _) = await factory.SignedInStaffAsync(PortalRoles.Municipality, "Gerda Gemeente");

        var home = await client.GetPageAsync("/");
        var reports = await client.GetPageAsync("/beheer/rapportages");

        Assert.NotNull(home.QuerySelector(".site-nav a[href='/beheer/rapportages']"));
        Assert.Null(home.QuerySelector(".site-nav a[href='/beheer']"));
        Assert.Null(reports.QuerySelector(".org-nav"));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/beheer/bemiddelingen")).StatusCode);
    }

    [Fact]
    public async Task An_administrator_invites_a_policy_officer_who_reads_the_reports_and_nothing_else()
    {
        var (admin, _) = await factory.SignedInStaffAsync(PortalRoles.Admin, "Bea Beheerder");
        var address = TestData.UniqueEmail("beleid");

        var invited = await admin.SubmitFormAsync("/beheer/medewerkers", new Dictionary<string, string> { ["Name"] = "Gerrit Gemeente", ["Email"] = address, ["Role"] = PortalRoles.Municipality }, "#uitnodigen");

        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        var link = Mailbox.LinkIn(factory.Mail.Single(address, "rapportages"), "/account/wachtwoord-herstellen");
        using var officer = factory.CreatePortalClient();
        Assert.Equal(HttpStatusCode.Redirect, (await officer.SubmitFormAsync(link, new Dictionary<string, string> { ["Password"] = "een nieuw lang wachtwoord", ["ConfirmPassword"] = "een nieuw lang wachtwoord" })).StatusCode);
        await officer.LogInAsync(address, "een nieuw lang wachtwoord");
        await officer.GetPageAsync("/beheer/rapportages");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/beheer")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/beheer/vrijwilligers")).StatusCode);
        Assert.True(await factory.WithDbAsync(async (_, services) =>
        {
            var users = services.GetRequiredService<UserManager<PortalUser>>();
            var user = (await users.FindByEmailAsync(address))!;
            return await users.IsInRoleAsync(user, PortalRoles.Municipality) && !await users.IsInRoleAsync(user, PortalRoles.Staff);
        }));
        var staffPage = await admin.GetPageAsync("/beheer/medewerkers");
        Assert.Contains("Gerrit Gemeente", staffPage.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_role_in_the_invitation_is_refused_next_to_the_field()
    {
        var (admin, _) = await factory.SignedInStaffAsync(PortalRoles.Admin, "Bea Beheerder");

        var page = await PortalClient.ReadPageAsync(
            await admin.SubmitFormAsync("/beheer/medewerkers", new Dictionary<string, string> { ["Name"] = "Iemand", ["Email"] = TestData.UniqueEmail("x"), ["Role"] = PortalRoles.Volunteer }, "#uitnodigen"));

        Assert.Contains("Kies medewerker, beheerder of gemeente.", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
    }
}
