using System.Net;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Tests.Support;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Audit;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Organisations;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Settings;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Staff;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Volunteers;
using VrijwilligersPortal.Web.Tests.Jobs;

namespace VrijwilligersPortal.Web.Tests.Features.BackOffice;

/// <summary>
/// Every back-office route: visitors are sent to log in, volunteers, organisation members and the
/// municipality's read-only account get 403, staff reach the staff pages, and only administrators the settings, staff accounts and audit log.
/// </summary>
public class BackOfficeAccessTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly string[] StaffPages =
    [
        "/beheer", "/beheer/organisaties", "/beheer/organisaties/1", "/beheer/vacatures", "/beheer/vacatures/1", "/beheer/vrijwilligers", "/beheer/e-mails",
    ];

    private static readonly string[] StaffPosts =
    [
        "/beheer/organisaties/1/goedkeuren", "/beheer/organisaties/1/afwijzen", "/beheer/organisaties/1/schorsen", "/beheer/organisaties/1/heractiveren",
        "/beheer/vacatures/1/publiceren", "/beheer/vacatures/1/terugsturen", "/beheer/e-mails/1/opnieuw",
    ];

    private static readonly string[] AdminPages =
    [
        "/beheer/instellingen", "/beheer/instellingen/lijsten/categorieen", "/beheer/medewerkers", "/beheer/auditlog",
    ];

    private static readonly string[] AdminPosts =
    [
        "/beheer/instellingen", "/beheer/instellingen/standaard", "/beheer/instellingen/lijsten/categorieen/toevoegen",
        "/beheer/instellingen/lijsten/categorieen/1/wijzigen", "/beheer/instellingen/lijsten/categorieen/1/intrekken", "/beheer/instellingen/lijsten/categorieen/1/terugzetten",
        "/beheer/medewerkers/uitnodigen", $"/beheer/medewerkers/{Guid.Empty}/rol", $"/beheer/medewerkers/{Guid.Empty}/intrekken",
    ];

    public static TheoryData<string, string, string> EveryRouteForOutsiders()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var role in new[] { PortalRoles.Volunteer, PortalRoles.OrganisationMember, PortalRoles.Municipality })
        {
            foreach (var page in StaffPages.Concat(AdminPages))
            {
                data.Add(role, "GET", page);
            }

            foreach (var post in StaffPosts.Concat(AdminPosts))
            {
                data.Add(role, "POST", post);
            }
        }

        return data;
    }

    public static TheoryData<string, string> EveryRoute()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in StaffPages.Concat(AdminPages))
        {
            data.Add("GET", page);
        }

        foreach (var post in StaffPosts.Concat(AdminPosts))
        {
            data.Add("POST", post);
        }

        return data;
    }

    public static TheoryData<string, string> AdminRoutes()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in AdminPages)
        {
            data.Add("GET", page);
        }

        foreach (var post in AdminPosts)
        {
            data.Add("POST", post);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryRouteForOutsiders))]
    public async Task Volunteers_organisation_members_and_the_municipality_get_403_on_every_back_office_route(string role, string method, string url)
    {
        var user = await factory.UserAsync(role);
        using var client = factory.CreatePortalClient();
        await client.LogInAsync(user.Email!);

        var response = await SendAsync(client, method, url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(EveryRoute))]
    public async Task A_visitor_is_sent_to_log_in(string method, string url)
    {
        using var client = factory.CreatePortalClient();

        var response = method == "GET"
            ? await client.GetAsync(url)
            : await client.Http.PostAsync(url, new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/account/inloggen?ReturnUrl=", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(AdminRoutes))]
    public async Task Staff_who_are_not_administrators_get_403_on_the_admin_routes(string method, string url)
    {
        var user = await factory.UserAsync(PortalRoles.Staff);
        using var client = factory.CreatePortalClient();
        await client.LogInAsync(user.Email!);

        var response = await SendAsync(client, method, url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Staff_reach_the_staff_pages_and_administrators_every_page()
    {
        var member = await factory.UserAsync(PortalRoles.OrganisationMember);
        var organisation = await factory.OrganisationAsync(member.Id);
        var vacancy = await factory.VacancyAsync(organisation.Id, "Toegangstest", Domain.Vacancies.VacancyStatus.Submitted);
        var (staff, _) = await factory.SignedInStaffAsync();
        var (admin, _) = await factory.SignedInStaffAsync(PortalRoles.Admin, "Bea Beheerder");
        string Fix(string url) => url.Replace("/organisaties/1", $"/organisaties/{organisation.Id}", StringComparison.Ordinal).Replace("/vacatures/1", $"/vacatures/{vacancy.Id}", StringComparison.Ordinal);

        foreach (var page in StaffPages.Select(Fix))
        {
            await staff.GetPageAsync(page);
            await admin.GetPageAsync(page);
        }

        foreach (var page in AdminPages)
        {
            await admin.GetPageAsync(page);
        }

        Assert.Null((await staff.GetPageAsync("/beheer")).QuerySelector("a[href='/beheer/instellingen']"));
        Assert.NotNull((await admin.GetPageAsync("/beheer")).QuerySelector("a[href='/beheer/instellingen']"));
    }

    private static async Task<HttpResponseMessage> SendAsync(PortalClient client, string method, string url) =>
        method == "GET" ? await client.GetAsync(url) : await client.PostWithTokenAsync(url, ("Reason", "x"), ("Comment", "x"), ("Name", "x"));
}
