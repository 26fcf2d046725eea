using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Tests.Support;
using static VrijwilligersPortal.Web.Tests.Features.Organisation.OrganisationTestData;
using VrijwilligersPortal.Web.Tests.Features.Organisation;
using VrijwilligersPortal.Web.Tests.Features.Organisation.Applications;
using VrijwilligersPortal.Web.Tests.Features.Organisation.Invitations;
using VrijwilligersPortal.Web.Tests.Features.Organisation.Members;
using VrijwilligersPortal.Web.Tests.Features.Organisation.Vacancies;

namespace VrijwilligersPortal.Web.Tests.Features.Organisation.Registration;

public class RegistrationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string> OrganisationFields(string name) => new()
    {
        ["Name"] = name,
        ["Kind"] = "Association",
        ["Postcode"] = "3451",
        ["Place"] = "Vleuten",
        ["Description"] = "Een voetbalclub met veertig jeugdteams.",
        ["ContactName"] = "Kees Verhoef",
        ["ContactEmail"] = "secretaris@club.example",
    };

    [Fact]
    public async Task A_signed_in_person_registers_just_the_organisation_and_becomes_its_first_member()
    {
        var volunteer = await factory.UserAsync(PortalRoles.Volunteer, name: "Kees Verhoef");
        using var client = factory.CreatePortalClient();
        await client.LogInAsync(volunteer.Email!);
        var page = await client.GetPageAsync("/organisatie/aanmelden");
        Assert.Null(page.QuerySelector("#Password"));
        Assert.Equal(volunteer.Email, page.FieldValue("#ContactEmail"));

        var response = await client.SubmitFormAsync(page, "/organisatie/aanmelden", OrganisationFields("SV Vleuten"));

        AssertRedirect(response, "/organisatie");
        var dashboard = await client.GetPageAsync("/organisatie");
        Assert.Contains("SV Vleuten", dashboard.QuerySelector(".org-bar")!.TextContent);
        Assert.Contains("in afwachting van goedkeuring", dashboard.QuerySelector(".org-status")!.TextContent);
        Assert.NotNull(dashboard.QuerySelector("header a[href='/organisatie']"));
        var organisation = await factory.WithDbAsync((db, _) => db.Organisations.AsNoTracking().SingleAsync(o => o.Name == "SV Vleuten"));
        Assert.Equal(OrganisationStatus.Pending, organisation.Status);
        Assert.Equal([volunteer.Id], organisation.Members.Select(m => m.UserId));
        Assert.True(await factory.WithDbAsync((db, _) =>
            db.UserRoles.AnyAsync(ur => ur.UserId == volunteer.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == PortalRoles.OrganisationMember))));
    }

    [Fact]
    public async Task Bad_input_gets_dutch_messages_next_to_the_fields_keeps_the_typing_and_saves_nothing()
    {
        using var client = factory.CreatePortalClient();
        var email = TestData.UniqueEmail("fout");
        var fields = OrganisationFields("Club <b>Vet</b>");
        fields["YourName"] = "Anouk de Groot";
        fields["Email"] = email;
        fields["Password"] = "kort";
        fields["CompanyNumber"] = "1234";
        fields["Postcode"] = "abc";
        fields["Website"] = "geen adres";
        fields["Kind"] = "Pizzeria";

        var response = await client.SubmitFormAsync("/organisatie/aanmelden", fields);

        var page = await PortalClient.ReadPageAsync(response);
        Assert.Contains("8 cijfers", page.QuerySelector("#CompanyNumber-fout")!.TextContent);
        Assert.Contains("postcode", page.QuerySelector("#Postcode-fout")!.TextContent);
        Assert.Contains("webadres", page.QuerySelector("#Website-fout")!.TextContent);
        Assert.Contains("minstens 10 tekens", page.QuerySelector("#Password-fout")!.TextContent);
        Assert.NotEmpty(page.QuerySelector("#Kind-fout")!.TextContent);
        Assert.Equal("true", page.QuerySelector("#CompanyNumber")!.GetAttribute("aria-invalid"));
        Assert.Equal("1234", page.FieldValue("#CompanyNumber"));
        Assert.Equal("Club <b>Vet</b>", page.FieldValue("#Name"));
        Assert.Equal(email, page.FieldValue("#Email"));
        Assert.Equal(string.Empty, page.FieldValue("#Password"));
        Assert.DoesNotContain("<b>Vet</b>", await response.Content.ReadAsStringAsync());
        Assert.False(await factory.WithDbAsync((db, _) => db.Organisations.AnyAsync(o => o.Name.StartsWith("Club"))));
        Assert.False(await factory.WithDbAsync((db, _) => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task Registering_with_an_address_that_has_an_account_looks_the_same_creates_nothing_and_tells_the_owner()
    {
        var existing = await factory.UserAsync(PortalRoles.Volunteer);
        using var client = factory.CreatePortalClient();
        var fields = OrganisationFields("Schaakclub De Toren");
        fields["YourName"] = "Iemand Anders";
        fields["Email"] = existing.Email!;
        fields["Password"] = "een ander lang wachtwoord";

        var response = await client.SubmitFormAsync("/organisatie/aanmelden", fields);

        AssertRedirect(response, "/organisatie/aanmelden/bijna-klaar");
        var mail = factory.Mail.Single(existing.Email!, "organisatie aanmelden");
        Assert.Contains("/account/inloggen", mail.Body);
        Assert.False(await factory.WithDbAsync((db, _) => db.Organisations.AnyAsync(o => o.Name == "Schaakclub De Toren")));
    }

    [Fact]
    public async Task Organisation_pages_send_an_anonymous_visitor_to_log_in_and_a_non_member_to_registration()
    {
        using var anonymous = factory.CreatePortalClient();
        var login = await anonymous.GetAsync("/organisatie/vacatures");
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.StartsWith("https://localhost/account/inloggen", login.Headers.Location!.ToString());

        var volunteer = await factory.UserAsync(PortalRoles.Volunteer);
        using var client = factory.CreatePortalClient();
        await client.LogInAsync(volunteer.Email!);
        AssertRedirect(await client.GetAsync("/organisatie"), "/organisatie/aanmelden");
        var home = await client.GetPageAsync("/");
        Assert.NotNull(home.QuerySelector("header a[href='/organisatie/aanmelden']"));
    }
}

/// <summary>A portal that allows only two account-like posts a minute per address.</summary>
public sealed class StrictRateLimitPortalFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimits:AccountPostsPerMinute", "2");
    }
}

public class RegistrationRateLimitTests(StrictRateLimitPortalFactory factory) : IClassFixture<StrictRateLimitPortalFactory>
{
    [Fact]
    public async Task Registration_posts_beyond_the_limit_are_refused_with_429_and_save_nothing()
    {
        using var client = factory.CreatePortalClient();
        var page = await client.GetPageAsync("/organisatie/aanmelden");
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var response = await client.SubmitFormAsync(page, "/organisatie/aanmelden", new Dictionary<string, string>
            {
                ["YourName"] = "Spam",
                ["Email"] = $"spam{attempt}@example.nl",
                ["Password"] = "een lang genoeg wachtwoord",
                ["Name"] = $"Spamclub {attempt}",
                ["Kind"] = "Other",
                ["Postcode"] = "3511",
                ["Place"] = "Utrecht",
                ["Description"] = "Niets.",
                ["ContactName"] = "Spam",
                ["ContactEmail"] = "spam@example.nl",
            });
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], statuses);
        Assert.False(await factory.WithDbAsync((db, _) => db.Organisations.AnyAsync(o => o.Name == "Spamclub 3")));
    }
}
