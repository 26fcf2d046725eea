using System.Net;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Security;

/// <summary>Findings 9, 10 and 12 of the security review: HSTS, oversized forms, deny by default, no Server header.</summary>
public class HardeningTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>Every endpoint open to visitors without a login, as controller.action; anything else needs a login.</summary>
    private static readonly string[] PublicActions =
    [
        "Account.*", "Applying.Apply GET", "Centre.*", "Errors.*", "Home.*", "Invitations.CreateAccount", "Invitations.Show",
        "Registration.*", "Unsubscribe.*", "Vacancies.*", "AccountSettings.ConfirmEmail", "FollowUp.*", "TwoFactorLogin.*",
        "Courses.Index", "Courses.Detail", "Courses.CancelByLink", "Courses.ConfirmCancelByLink", "ReminderOptOut.*",
        "VacancyApi.*", "VacancyFeed.*", "Sitemap.*", "EmbeddedList.*",
        "ShiftSignUps.CancelByLink", "ShiftSignUps.ConfirmCancelByLink", "Certificates.Verify", "Language.Choose",
    ];

    public static TheoryData<string, int, int> OversizedForms => new()
    {
        // what, size of one value, number of values → expected status
        { "one field of 5 MB", 5 * 1024 * 1024, 1 },
        { "5,000 values", 3, 5000 },
        { "a body of 35 MB", 35 * 1024 * 1024, 1 },
    };

    [Theory]
    [MemberData(nameof(OversizedForms))]
    public async Task An_oversized_form_gets_a_dutch_400_or_413_page_not_a_500(string what, int valueLength, int values)
    {
        using var client = factory.CreatePortalClient();
        var page = await client.GetPageAsync("/account/inloggen");
        var token = page.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var body = new StringBuilder($"__RequestVerificationToken={Uri.EscapeDataString(token)}&Email=a%40b.nl");
        for (var i = 0; i < values; i++)
        {
            body.Append("&veld").Append(i).Append('=').Append('x', valueLength);
        }

        var response = await client.Http.PostAsync("/account/inloggen", new StringContent(body.ToString(), Encoding.ASCII, "application/x-www-form-urlencoded"));

        var expected = body.Length > 30_000_000 ? HttpStatusCode.RequestEntityTooLarge : HttpStatusCode.BadRequest;
        Assert.True(expected == response.StatusCode, $"{what}: {(int)response.StatusCode}");
        var html = await PortalClient.ReadPageAsync(response, expected);
        Assert.Equal(expected == HttpStatusCode.BadRequest ? "Dit verzoek kon niet worden verwerkt" : "Dit formulier is te groot", html.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Production_sends_hsts_for_at_least_a_year()
    {
        using var production = factory.WithWebHostBuilder(builder => builder.UseEnvironment("Production").UseSetting("AllowedHosts", "vacatures.example.nl"));
        Assert.True(production.Services.GetRequiredService<IOptions<HstsOptions>>().Value.MaxAge >= TimeSpan.FromDays(365));

        using var client = production.CreateClient(new() { BaseAddress = new Uri("https://vacatures.example.nl"), AllowAutoRedirect = false });
        var response = await client.GetAsync("/vacatures");

        var hsts = response.Headers.GetValues("Strict-Transport-Security").Single();
        var maxAge = int.Parse(hsts.Split(';')[0].Split('=')[1].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(maxAge >= 365 * 24 * 3600, hsts);
    }

    [Fact]
    public void Kestrel_does_not_announce_itself_in_a_server_header()
    {
        Assert.False(factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader);
    }

    [Fact]
    public async Task A_new_controller_without_an_authorization_attribute_is_closed_to_visitors()
    {
        using var withNewController = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddControllers().PartManager.ApplicationParts.Add(new AssemblyPart(typeof(UnmarkedController).Assembly))));
        using var client = new PortalClient(withNewController.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false }));

        var response = await client.GetAsync("/test/zonder-attribuut");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/inloggen", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_listed_public_actions_are_open_without_a_login()
    {
        var open = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => e.Metadata.GetMetadata<ControllerActionDescriptor>())
            .OfType<ControllerActionDescriptor>()
            .Select(a => (Controller: a.ControllerName, a.ActionName, Methods: a.ActionConstraints?.OfType<Microsoft.AspNetCore.Mvc.ActionConstraints.HttpMethodActionConstraint>().SelectMany(m => m.HttpMethods).ToList() ?? []))
            .ToList();

        Assert.NotEmpty(open);
        foreach (var action in open)
        {
            var allowed = PublicActions.Any(p =>
                p == $"{action.Controller}.*"
                || p == $"{action.Controller}.{action.ActionName}"
                || (p == $"{action.Controller}.{action.ActionName} GET" && action.Methods.SequenceEqual(["GET"])));
            Assert.True(allowed, $"{action.Controller}.{action.ActionName} ({string.Join(",", action.Methods)}) is open without a login but not in the list");
        }

        Assert.NotNull(factory.Services.GetRequiredService<IOptions<AuthorizationOptions>>().Value.FallbackPolicy);
    }
}

/// <summary>Stands for a controller someone adds later and forgets to mark.</summary>
public sealed class UnmarkedController : Controller
{
    [HttpGet("/test/zonder-attribuut")]
    public IActionResult Open() => Content("open");
}
