using System.Net;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Tests.Support;
using VrijwilligersPortal.Web.Tests.Features.Account.Sessions;
using VrijwilligersPortal.Web.Tests.Features.TwoFactor;

namespace VrijwilligersPortal.Web.Tests.Features.Account;

/// <summary>Common, breached and guessable passwords are refused wherever a password is set (issue 20, finding 2).</summary>
public class PasswordTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Why = "te makkelijk te raden";

    [Theory]
    [InlineData("1234567890")]
    [InlineData("wachtwoord")]
    [InlineData("qwertyuiop")]
    [InlineData("Wachtwoord2026!")]
    [InlineData("W4chtw00rd123")]
    [InlineData("welkom01welkom01")]
    [InlineData("Feyenoord1908")]
    [InlineData("utrecht12345")]
    [InlineData("aaaaaaaaaaaa")]
    [InlineData("abcdefghijkl")]
    [InlineData("password123")]
    [InlineData("ikhouvanjou")]
    public async Task Registering_with_a_common_password_is_refused_with_a_dutch_reason_and_saves_nothing(string password)
    {
        using var client = factory.CreatePortalClient();
        var email = TestData.UniqueEmail("gewoon");

        var response = await client.SubmitFormAsync("/account/registreren", new Dictionary<string, string>
        {
            ["Name"] = "Bram Visser",
            ["Email"] = email,
            ["Password"] = password,
        });

        var page = await PortalClient.ReadPageAsync(response);
        Assert.Contains(Why, page.QuerySelector("#Password-fout")!.TextContent);
        Assert.Equal("Bram Visser", ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#Name")!).Value);
        Assert.False(await factory.WithDbAsync((db, _) => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Theory]
    [InlineData("Bram Visser", "bramvisser2026")]
    [InlineData("Bram Visser", "Visser!Visser!")]
    public async Task A_password_made_of_the_persons_own_name_is_refused(string name, string password)
    {
        using var client = factory.CreatePortalClient();
        var email = TestData.UniqueEmail("eigennaam");

        var response = await client.SubmitFormAsync("/account/registreren", new Dictionary<string, string>
        {
            ["Name"] = name,
            ["Email"] = email,
            ["Password"] = password,
        });

        var page = await PortalClient.ReadPageAsync(response);
        Assert.Contains(Why, page.QuerySelector("#Password-fout")!.TextContent);
    }

    [Theory]
    [InlineData("mijn fiets is blauw")]
    [InlineData("Paard-Tafel-Wolk-71")]
    [InlineData("7kX!pQ2zr#9w")]
    public async Task A_long_uncommon_password_is_accepted_without_composition_rules(string password)
    {
        using var client = factory.CreatePortalClient();
        var email = TestData.UniqueEmail("sterk");

        var response = await client.SubmitFormAsync("/account/registreren", new Dictionary<string, string>
        {
            ["Name"] = "Bram Visser",
            ["Email"] = email,
            ["Password"] = password,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await factory.WithDbAsync((db, _) => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task Changing_to_a_common_password_is_refused_and_the_old_password_keeps_working()
    {
        var user = await factory.UserAsync(PortalRoles.Volunteer);
        using var client = factory.CreatePortalClient();
        await client.LogInAsync(user.Email!);

        var response = await client.SubmitFormAsync("/account/wachtwoord-wijzigen", new Dictionary<string, string>
        {
            ["CurrentPassword"] = TestData.Password,
            ["NewPassword"] = "qwertyuiop",
        });

        var page = await PortalClient.ReadPageAsync(response);
        Assert.Contains(Why, page.QuerySelector("#NewPassword-fout")!.TextContent);
        using var other = factory.CreatePortalClient();
        await other.LogInAsync(user.Email!);
    }

    [Fact]
    public async Task Resetting_to_a_common_password_is_refused_next_to_the_field()
    {
        var user = await factory.UserAsync(PortalRoles.Volunteer);
        using var client = factory.CreatePortalClient();
        await client.SubmitFormAsync("/account/wachtwoord-vergeten", new Dictionary<string, string> { ["Email"] = user.Email! });
        var link = Mailbox.LinkIn(factory.Mail.Single(user.Email!, "Nieuw wachtwoord"), "/account/wachtwoord-herstellen");

        var response = await client.SubmitFormAsync(link, new Dictionary<string, string> { ["Password"] = "1234567890" });

        var page = await PortalClient.ReadPageAsync(response);
        Assert.Contains(Why, page.QuerySelector("#Password-fout")!.TextContent);
    }
}
