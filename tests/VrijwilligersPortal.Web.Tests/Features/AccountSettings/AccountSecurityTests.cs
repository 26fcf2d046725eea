using System.Net;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Web.Tests.Support;
using VrijwilligersPortal.Web.Tests.Features;
using VrijwilligersPortal.Web.Tests.Features.Applying;
using VrijwilligersPortal.Web.Tests.Features.Favourites;
using VrijwilligersPortal.Web.Tests.Features.MyApplications;
using VrijwilligersPortal.Web.Tests.Features.MyData;
using VrijwilligersPortal.Web.Tests.Features.Profile;

namespace VrijwilligersPortal.Web.Tests.Features.AccountSettings;

/// <summary>Changing password and e-mail address. Its own factory: these tests move the clock to let sessions expire.</summary>
public class AccountSecurityTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string NewPassword = "een heel nieuw wachtwoord";

    [Fact]
    public async Task Changing_the_password_needs_the_current_one()
    {
        using var sanne = await factory.SignedInVolunteerAsync();

        var response = await sanne.Client.SubmitFormAsync("/account/wachtwoord-wijzigen", new Dictionary<string, string>
        {
            ["CurrentPassword"] = "niet het goede wachtwoord",
            ["NewPassword"] = NewPassword,
        });

        var page = await PortalClient.ReadPageAsync(response);
        Assert.Contains("klopt niet", page.QuerySelector("#CurrentPassword-fout")!.TextContent);
        using var again = factory.CreatePortalClient();
        await again.LogInAsync(sanne.Email, TestData.Password);
    }

    [Fact]
    public async Task A_new_password_follows_the_password_rules()
    {
        using var sanne = await factory.SignedInVolunteerAsync();

        var response = await sanne.Client.SubmitFormAsync("/account/wachtwoord-wijzigen", new Dictionary<string, string>
        {
            ["CurrentPassword"] = TestData.Password,
            ["NewPassword"] = "kort",
        });

        var page = await PortalClient.ReadPageAsync(response);
        Assert.Contains("minstens 10 tekens", page.QuerySelector("#NewPassword-fout")!.TextContent);
    }

    [Fact]
    public async Task Changing_the_password_ends_the_other_sessions_but_keeps_this_one()
    {
        using var sanne = await factory.SignedInVolunteerAsync();
        using var laptop = factory.CreatePortalClient();
        await laptop.LogInAsync(sanne.Email);

        var response = await sanne.Client.SubmitFormAsync("/account/wachtwoord-wijzigen", new Dictionary<string, string>
        {
            ["CurrentPassword"] = TestData.Password,
            ["NewPassword"] = NewPassword,
        });

        Assert.Equal("/account/wachtwoord-wijzigen", response.Headers.Location!.OriginalString);
        factory.Mail.Single(sanne.Email, "wachtwoord");
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.OK, (await sanne.Client.GetAsync("/mijn/profiel")).StatusCode);
        var signedOut = await laptop.GetAsync("/mijn/profiel");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Contains("/account/inloggen", signedOut.Headers.Location!.ToString());

        using var fresh = factory.CreatePortalClient();
        await fresh.LogInAsync(sanne.Email, NewPassword);
    }

    [Fact]
    public async Task Changing_the_email_needs_the_current_password()
    {
        using var sanne = await factory.SignedInVolunteerAsync();
        var newEmail = TestData.UniqueEmail("nieuw");

        var response = await sanne.Client.SubmitFormAsync("/account/e-mailadres", new Dictionary<string, string>
        {
            ["NewEmail"] = newEmail,
            ["CurrentPassword"] = "niet het goede wachtwoord",
        });

        var page = await PortalClient.ReadPageAsync(response);
        Assert.Contains("klopt niet", page.QuerySelector("#CurrentPassword-fout")!.TextContent);
        Assert.Equal(newEmail, ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#NewEmail")!).Value);
        Assert.Empty(factory.Mail.To(newEmail));
    }

    [Fact]
    public async Task A_new_email_address_counts_only_after_its_link_is_opened_and_then_ends_other_sessions()
    {
        using var sanne = await factory.SignedInVolunteerAsync("Sanne de Vries");
        using var laptop = factory.CreatePortalClient();
        await laptop.LogInAsync(sanne.Email);
        var newEmail = TestData.UniqueEmail("nieuw");

        var response = await sanne.Client.SubmitFormAsync("/account/e-mailadres", new Dictionary<string, string>
        {
            ["NewEmail"] = newEmail,
            ["CurrentPassword"] = TestData.Password,
        });

        var sent = await PortalClient.ReadPageAsync(response);
        Assert.Contains("Kijk in je mail", sent.QuerySelector("h1")!.TextContent);
        Assert.Contains(newEmail, factory.Mail.Single(sanne.Email, "wordt gewijzigd").Body);
        Assert.Equal(sanne.Email, await EmailOfAsync(sanne.User.Id));

        var link = Mailbox.LinkIn(factory.Mail.Single(newEmail, "Bevestig je nieuwe e-mailadres"), "/account/e-mailadres/bevestigen");
        var confirmed = await sanne.Client.GetPageAsync(link);

        Assert.Equal("E-mailadres gewijzigd", confirmed.QuerySelector("h1")!.TextContent);
        Assert.Equal(newEmail, await EmailOfAsync(sanne.User.Id));
        Assert.Equal(newEmail, await factory.WithDbAsync((db, _) => db.Volunteers.Where(v => v.Id == sanne.VolunteerId).Select(v => v.Email).SingleAsync()));
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.OK, (await sanne.Client.GetAsync("/mijn/profiel")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await laptop.GetAsync("/mijn/profiel")).StatusCode);
        using var fresh = factory.CreatePortalClient();
        await fresh.LogInAsync(newEmail);

        var reused = await sanne.Client.GetPageAsync(link);
        Assert.Equal("Wijzigen lukte niet", reused.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Changing_to_an_address_that_already_has_an_account_reveals_nothing_and_changes_nothing()
    {
        using var sanne = await factory.SignedInVolunteerAsync();
        using var taken = await factory.SignedInVolunteerAsync();

        var response = await sanne.Client.SubmitFormAsync("/account/e-mailadres", new Dictionary<string, string>
        {
            ["NewEmail"] = taken.Email,
            ["CurrentPassword"] = TestData.Password,
        });

        var page = await PortalClient.ReadPageAsync(response);
        Assert.Contains("Kijk in je mail", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("al een account", factory.Mail.Single(taken.Email, "Wijziging van e-mailadres").Body);
        Assert.Equal(sanne.Email, await EmailOfAsync(sanne.User.Id));
    }

    private Task<string?> EmailOfAsync(Guid userId) =>
        factory.WithDbAsync((db, _) => db.Users.Where(u => u.Id == userId).Select(u => u.Email).SingleAsync());
}
