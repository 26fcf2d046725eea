using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Tests.Support;
using VrijwilligersPortal.Web.Tests.Features.Account;
using VrijwilligersPortal.Web.Tests.Features.TwoFactor;

namespace VrijwilligersPortal.Web.Tests.Features.Account.Sessions;

/// <summary>Logging out ends the session on the server, lifetimes are absolute (issue 20, finding 4).</summary>
public class SessionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly Uri Site = new("https://localhost");

    [Fact]
    public async Task A_cookie_copied_before_logout_no_longer_opens_the_back_office()
    {
        var staff = await factory.UserAsync(PortalRoles.Staff);
        var jar = new CookieContainer();
        using var client = new PortalClient(factory.CreateDefaultClient(Site, new CookieContainerHandler(jar)));
        await client.LogInAsync(staff.Email!);
        var cookie = jar.GetCookies(Site).Single(c => c.Name == "__Host-vp").ToString();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/beheer")).StatusCode);

        var home = await client.GetPageAsync("/");
        var logout = await client.SubmitFormAsync(home, "/", new Dictionary<string, string>(), "form[action='/account/uitloggen']");
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);

        var replay = await WithCookieAsync(cookie, "/beheer");
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        Assert.StartsWith("/account/inloggen", replay.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Log_out_everywhere_ends_the_other_browsers_sessions_too()
    {
        var volunteer = await factory.UserAsync(PortalRoles.Volunteer);
        using var laptop = factory.CreatePortalClient();
        using var phone = factory.CreatePortalClient();
        await laptop.LogInAsync(volunteer.Email!);
        await phone.LogInAsync(volunteer.Email!);
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/mijn/profiel")).StatusCode);

        var overview = await laptop.GetPageAsync("/account/instellingen");
        Assert.Equal(2, overview.QuerySelectorAll("#sessies li").Length);
        var done = await laptop.SubmitFormAsync(overview, "/account/instellingen", new Dictionary<string, string>(), "form[action='/account/overal-uitloggen']");
        Assert.Equal("/account/inloggen", done.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync("/mijn/profiel")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await laptop.GetAsync("/mijn/profiel")).StatusCode);
    }

    [Fact]
    public async Task A_password_change_ends_the_other_sessions_at_once_but_keeps_this_one()
    {
        var volunteer = await factory.UserAsync(PortalRoles.Volunteer);
        using var laptop = factory.CreatePortalClient();
        using var phone = factory.CreatePortalClient();
        await laptop.LogInAsync(volunteer.Email!);
        await phone.LogInAsync(volunteer.Email!);

        var changed = await laptop.SubmitFormAsync("/account/wachtwoord-wijzigen", new Dictionary<string, string>
        {
            ["CurrentPassword"] = TestData.Password,
            ["NewPassword"] = "een heel ander wachtwoord",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync("/mijn/profiel")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/mijn/profiel")).StatusCode);
    }

    [Fact]
    public async Task A_password_reset_ends_every_session()
    {
        var volunteer = await factory.UserAsync(PortalRoles.Volunteer);
        using var phone = factory.CreatePortalClient();
        await phone.LogInAsync(volunteer.Email!);

        using var client = factory.CreatePortalClient();
        await client.SubmitFormAsync("/account/wachtwoord-vergeten", new Dictionary<string, string> { ["Email"] = volunteer.Email! });
        var link = Mailbox.LinkIn(factory.Mail.Single(volunteer.Email!, "Nieuw wachtwoord"), "/account/wachtwoord-herstellen");
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitFormAsync(link, new Dictionary<string, string> { ["Password"] = "een gloednieuw wachtwoord" })).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync("/mijn/profiel")).StatusCode);
    }

    [Fact]
    public async Task A_staff_session_ends_after_twelve_hours_however_active_and_a_volunteer_session_lasts_longer()
    {
        var staff = await factory.UserAsync(PortalRoles.Staff);
        var volunteer = await factory.UserAsync(PortalRoles.Volunteer);
        using var staffClient = factory.CreatePortalClient();
        using var volunteerClient = factory.CreatePortalClient();
        await staffClient.LogInAsync(staff.Email!);
        await volunteerClient.LogInAsync(volunteer.Email!);

        factory.Clock.Advance(TimeSpan.FromHours(11));
        Assert.Equal(HttpStatusCode.OK, (await staffClient.GetAsync("/beheer")).StatusCode);
        factory.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));

        Assert.Equal(HttpStatusCode.Redirect, (await staffClient.GetAsync("/beheer")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await volunteerClient.GetAsync("/mijn/profiel")).StatusCode);
    }

    private async Task<HttpResponseMessage> WithCookieAsync(string cookie, string url)
    {
        using var fresh = factory.CreatePortalClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        return await fresh.Http.SendAsync(request);
    }
}
