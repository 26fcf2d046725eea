using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Hosting;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Hosting;

/// <summary>
/// Links in mail come from Portal:PublicBaseUrl, never from the Host a request names (issue 20,
/// finding 1: a forged Host mailed a working reset token to the attacker's site), and Production
/// does not start without that address and a real AllowedHosts (docs/adr/0061).
/// </summary>
public class PublicBaseUrlTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_reset_link_asked_for_with_a_forged_host_points_to_the_configured_address()
    {
        var user = await factory.UserAsync(PortalRoles.Volunteer);
        using var attacker = ClientFor("https://evil.example");

        var response = await attacker.SubmitFormAsync("/account/wachtwoord-vergeten", new Dictionary<string, string> { ["Email"] = user.Email! });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var link = Mailbox.AbsoluteLinkIn(factory.Mail.Single(user.Email!, "wachtwoord"), "/account/wachtwoord-herstellen");
        Assert.StartsWith($"{PortalFactory.PublicBaseUrl}/account/wachtwoord-herstellen?gebruiker={user.Id}&code=", link);
        Assert.DoesNotContain("evil.example", factory.Mail.Single(user.Email!, "wachtwoord").Body);
    }

    [Fact]
    public async Task A_confirmation_link_for_a_registration_with_a_forged_host_points_to_the_configured_address()
    {
        var email = TestData.UniqueEmail("nieuw");
        using var attacker = ClientFor("https://evil.example:8443");

        await attacker.SubmitFormAsync("/account/registreren", new Dictionary<string, string> { ["Name"] = "Noor Jansen", ["Email"] = email, ["Password"] = "mijn fiets is blauw" });

        var mail = factory.Mail.Single(email, "Bevestig");
        Assert.StartsWith($"{PortalFactory.PublicBaseUrl}/account/bevestigen?gebruiker=", Mailbox.AbsoluteLinkIn(mail, "/account/bevestigen"));
        Assert.DoesNotContain("evil.example", mail.Body);
    }

    [Fact]
    public async Task The_vacancy_page_names_its_canonical_address_from_the_configured_address()
    {
        var vacancy = await factory.OpenVacancyAsync();
        using var visitor = ClientFor("https://evil.example");

        var page = await visitor.GetPageAsync($"/vacatures/{vacancy.Id}/knotploeg");

        Assert.Equal($"{PortalFactory.PublicBaseUrl}/vacatures/{vacancy.Id}/knotploeg", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public void Production_refuses_to_start_without_a_public_base_url_and_with_any_host_allowed()
    {
        using var production = factory.WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Portal:PublicBaseUrl", string.Empty);
            builder.UseSetting("AllowedHosts", "*");
        });

        var failure = Record.Exception(() => production.Services);

        Assert.NotNull(failure);
        Assert.True(failure.ToString().Contains("Portal:PublicBaseUrl must be the portal's public address", StringComparison.Ordinal), failure.ToString());
        Assert.True(failure.ToString().Contains("AllowedHosts must list the portal's host names", StringComparison.Ordinal), failure.ToString());
    }

    [Theory]
    [InlineData("vacatures.example.nl")]
    [InlineData("/relatief")]
    [InlineData("ftp://vacatures.example.nl")]
    public void Any_environment_refuses_a_public_base_url_that_is_not_an_absolute_http_address(string url)
    {
        using var misconfigured = factory.WithWebHostBuilder(builder => builder.UseSetting("Portal:PublicBaseUrl", url));

        var failure = Record.Exception(() => misconfigured.Services);

        Assert.Contains("Portal:PublicBaseUrl", failure?.ToString());
    }

    [Fact]
    public void The_old_alert_setting_is_still_read_when_the_new_one_is_empty()
    {
        using var old = factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Portal:PublicBaseUrl", string.Empty);
            builder.UseSetting("Alerts:SiteUrl", "https://oud.example.nl/");
        });

        Assert.Equal("https://oud.example.nl/mijn/reacties", old.Services.GetRequiredService<PublicUrls>().Absolute("/mijn/reacties"));
    }

    [Fact]
    public async Task Production_with_both_set_starts_and_answers_only_its_own_host_names()
    {
        await using var production = factory.WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("AllowedHosts", "vrijwilligers.example.nl;localhost");
        });
        using var own = production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        using var forged = production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://evil.example"), AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.OK, (await own.GetAsync("/account/wachtwoord-vergeten")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await forged.GetAsync("/account/wachtwoord-vergeten")).StatusCode);
        Assert.True(await factory.WithDbAsync((db, _) => db.Database.CanConnectAsync()));
    }

    private PortalClient ClientFor(string baseAddress) =>
        new(factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(baseAddress), AllowAutoRedirect = false }));
}
