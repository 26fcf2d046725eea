using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Security;

public class SecurityTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_post_without_antiforgery_token_is_rejected()
    {
        var user = await factory.UserAsync(PortalRoles.Volunteer);
        using var client = factory.CreatePortalClient();

        var response = await client.Http.PostAsync("/account/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = user.Email!,
            ["Password"] = TestData.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Pages_send_the_security_headers()
    {
        using var client = factory.CreatePortalClient();

        var response = await client.GetAsync("/");

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("frame-ancestors 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task The_login_cookie_is_host_prefixed_secure_httponly_and_samesite_lax()
    {
        var user = await factory.UserAsync(PortalRoles.Volunteer);
        using var client = factory.CreatePortalClient();
        var page = await client.GetPageAsync("/account/inloggen");

        var response = await client.SubmitFormAsync(page, "/account/inloggen", new Dictionary<string, string> { ["Email"] = user.Email!, ["Password"] = TestData.Password });

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-vp=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("path=/", cookie);
        Assert.Contains("secure", cookie);
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=lax", cookie);
        Assert.DoesNotContain("domain=", cookie);
    }

    [Theory]
    [InlineData(PortalRoles.Volunteer, HttpStatusCode.Forbidden)]
    [InlineData(PortalRoles.OrganisationMember, HttpStatusCode.Forbidden)]
    [InlineData(PortalRoles.Staff, HttpStatusCode.OK)]
    [InlineData(PortalRoles.Admin, HttpStatusCode.OK)]
    public async Task Only_staff_and_administrators_reach_the_back_office(string role, HttpStatusCode expected)
    {
        var user = await factory.UserAsync(role);
        using var client = factory.CreatePortalClient();
        await client.LogInAsync(user.Email!);

        var response = await client.GetAsync("/beheer");

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Forbidden)
        {
            var page = await PortalClient.ReadPageAsync(response, HttpStatusCode.Forbidden);
            Assert.Equal("Geen toegang", page.QuerySelector("h1")!.TextContent);
        }
    }

    [Fact]
    public async Task An_anonymous_visitor_of_the_back_office_is_sent_to_the_login_page()
    {
        using var client = factory.CreatePortalClient();

        var response = await client.GetAsync("/beheer");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/account/inloggen?ReturnUrl=%2Fbeheer", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task An_unknown_address_gets_a_dutch_404_page()
    {
        using var client = factory.CreatePortalClient();

        var page = await client.GetPageAsync("/bestaat-niet", HttpStatusCode.NotFound);

        Assert.Equal("Pagina niet gevonden", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("nl-NL", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task The_health_endpoint_checks_the_database()
    {
        using var client = factory.CreatePortalClient();
        await factory.Services.GetRequiredService<VrijwilligersPortal.Web.Hosting.WarmUp>().RunAsync(CancellationToken.None);

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var health = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", health.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", health.RootElement.GetProperty("checks").GetProperty("database").GetString());

        // Words are matched in memory (docs/adr/0140); beside it, which full-text objects the database has (docs/adr/0071).
        var textSearch = health.RootElement.GetProperty("details").GetProperty("textSearch").GetString();
        Assert.StartsWith(VrijwilligersPortal.Web.Hosting.TextSearchHealthCheck.InMemory, textSearch, StringComparison.Ordinal);
        Assert.Contains(PortalFactory.Provider switch
        {
            DatabaseProviders.Postgres => "PostgreSQL full-text search",
            DatabaseProviders.SqlServer => "SQL Server",
            _ => "SQLite FTS5",
        }, textSearch, StringComparison.Ordinal);
        Assert.Equal("Healthy", health.RootElement.GetProperty("checks").GetProperty("warm-up").GetString());
    }

    [Fact]
    public async Task The_centre_theme_only_lets_plain_colours_into_the_stylesheet()
    {
        using var custom = factory.WithWebHostBuilder(b => b.UseSetting("Centre:PrimaryColor", "red;}body{display:none"));
        using var client = custom.CreateClient(new() { BaseAddress = new Uri("https://localhost") });

        var css = await client.GetStringAsync("/huisstijl.css");

        Assert.Contains("--portal-primary: #0b5c8a;", css);
        Assert.DoesNotContain("display:none", css);
    }
}
