using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Hosting;

/// <summary>
/// Two instances of the portal on one database, as behind a load-balancing proxy: one browser
/// (one cookie jar) whose requests land on either instance.
/// </summary>
public class SeveralInstancesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly Uri Site = new("https://localhost");

    [Fact]
    public async Task A_form_from_one_instance_posts_to_the_other_and_its_login_cookie_works_on_the_first()
    {
        var staff = await factory.UserAsync(PortalRoles.Staff);
        using var instanceB = factory.WithWebHostBuilder(_ => { });
        var browser = new CookieContainer();
        using var onA = Browse(factory, browser);
        using var onB = Browse(instanceB, browser);

        // The login page (and its antiforgery token) comes from A; the post lands on B.
        var loginPage = await onA.GetPageAsync("/account/inloggen");
        var login = await onB.SubmitFormAsync(loginPage, "/account/inloggen", new Dictionary<string, string>
        {
            ["Email"] = staff.Email!,
            ["Password"] = TestData.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);

        // The second step (staff must use one) starts on B and is finished on A.
        var second = await onA.SubmitFormAsync(login.Headers.Location!.OriginalString, new Dictionary<string, string> { ["Code"] = Totp.Now(TestData.AuthenticatorKey) });
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);

        // The login cookie works on both instances.
        var backOffice = await onA.GetAsync("/beheer");
        Assert.Equal(HttpStatusCode.OK, backOffice.StatusCode);
    }

    [Fact]
    public async Task Both_instances_use_the_key_ring_stored_in_the_database()
    {
        using var instanceB = factory.WithWebHostBuilder(_ => { });
        using var onA = Browse(factory, new CookieContainer());
        await onA.GetPageAsync("/account/inloggen");

        var stored = await factory.WithDbAsync(async (db, _) =>
            (await db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync())
                .Select(xml => Guid.Parse(XElement.Parse(xml).Attribute("id")!.Value))
                .Order()
                .ToList());

        Assert.NotEmpty(stored);
        Assert.Equal(stored, KeyIds(factory));
        Assert.Equal(stored, KeyIds(instanceB));
    }

    [Fact]
    public async Task Migrating_a_new_database_creates_the_one_key_that_instances_started_later_share()
    {
        using var fresh = new PortalFactory();
        _ = fresh.Services;
        using var instanceB = fresh.WithWebHostBuilder(_ => { });

        // No request has been served yet: the key comes from the migration step.
        var stored = await fresh.WithDbAsync((db, _) => db.DataProtectionKeys.CountAsync());
        Assert.Equal(1, stored);
        Assert.Single(KeyIds(instanceB));
    }

    [Fact]
    public async Task A_portal_with_another_database_does_not_accept_the_login_cookie()
    {
        var staff = await factory.UserAsync(PortalRoles.Staff);
        using var elsewhere = new PortalFactory();
        var browser = new CookieContainer();
        using var onA = Browse(factory, browser);
        using var onElsewhere = Browse(elsewhere, browser);
        await onA.LogInAsync(staff.Email!);
        Assert.Equal(HttpStatusCode.OK, (await onA.GetAsync("/beheer")).StatusCode);

        var response = await onElsewhere.GetAsync("/beheer");

        // Its own key ring cannot read the cookie, so the visitor is anonymous there.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/account/inloggen", response.Headers.Location!.ToString());
    }

    private static PortalClient Browse(WebApplicationFactory<Program> instance, CookieContainer browser) =>
        new(instance.CreateDefaultClient(Site, new CookieContainerHandler(browser)));

    private static List<Guid> KeyIds(WebApplicationFactory<Program> instance) =>
        instance.Services.GetRequiredService<IKeyManager>().GetAllKeys().Select(k => k.KeyId).Order().ToList();
}
