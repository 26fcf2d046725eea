using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VrijwilligersPortal.Infrastructure.Audit;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Hosting;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Hosting;

/// <summary>
/// <c>create-admin</c> (issue 21, item 1): the first administrator of a new portal gets an account and
/// a mailed link to choose a password, and a second run needs <c>--another</c>. Runs the command's code
/// against the test database, as <c>dotnet VrijwilligersPortal.Web.dll create-admin</c> would.
/// </summary>
public class CreateAdminCommandTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_first_administrator_chooses_a_password_through_the_mailed_link_and_reaches_the_back_office()
    {
        var address = TestData.UniqueEmail("beheer");
        var (code, output, _) = await RunAsync("create-admin", address);

        Assert.Equal(0, code);
        Assert.Contains("was sent", output);
        var mail = factory.Mail.Single(address, "beheer");
        var link = Mailbox.AbsoluteLinkIn(mail, "/account/wachtwoord-herstellen");
        Assert.StartsWith(PortalFactory.PublicBaseUrl, link);
        var user = await factory.WithDbAsync((db, services) => services.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(address));
        Assert.True(await factory.WithDbAsync((db, services) => services.GetRequiredService<UserManager<PortalUser>>().IsInRoleAsync(user!, PortalRoles.Admin)));
        Assert.True(await factory.WithDbAsync((db, _) => db.AuditEntries.AnyAsync(e => e.Action == AuditActions.AdminCreate && e.RecordId == user!.Id.ToString())));

        using var admin = factory.CreatePortalClient();
        var reset = await admin.SubmitFormAsync(new Uri(link).PathAndQuery, new Dictionary<string, string> { ["Password"] = "een lang beheerwachtwoord" });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        await admin.LogInAsync(address, "een lang beheerwachtwoord");

        // An administrator sets up a second factor before the back office opens (docs/adr/0067).
        Assert.Equal(HttpStatusCode.Redirect, (await admin.GetAsync("/beheer/medewerkers")).StatusCode);
        var enrolPage = await admin.GetPageAsync("/account/tweestapsverificatie/instellen");
        var key = enrolPage.QuerySelector("#sleutel")!.TextContent;
        await admin.SubmitFormAsync(enrolPage, "/account/tweestapsverificatie/instellen", new Dictionary<string, string> { ["Code"] = Totp.Now(key) });
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/beheer/medewerkers")).StatusCode);

        // A second administrator only on purpose.
        var second = TestData.UniqueEmail("beheer");
        var (refused, _, errors) = await RunAsync("create-admin", second);
        Assert.Equal(3, refused);
        Assert.Contains("--another", errors);
        Assert.Null(await factory.WithDbAsync((db, services) => services.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(second)));

        Assert.Equal(0, (await RunAsync("create-admin", second, "--another")).Code);
        Assert.Equal(2, (await factory.WithDbAsync((db, services) => services.GetRequiredService<UserManager<PortalUser>>().GetUsersInRoleAsync(PortalRoles.Admin))).Count);
    }

    [Theory]
    [InlineData]
    [InlineData("geen-adres")]
    [InlineData("iemand@example.nl\r\nBcc: x@example.nl")]
    public async Task Without_one_plain_address_it_explains_how_to_call_it(params string[] rest)
    {
        var (code, _, errors) = await RunAsync(["create-admin", .. rest]);

        Assert.Equal(2, code);
        Assert.Contains("Usage: create-admin <e-mail address>", errors);
    }

    private async Task<(int Code, string Output, string Errors)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = await CreateAdminCommand.RunAsync(factory.Services, args, output, errors);
        return (code, output.ToString(), errors.ToString());
    }
}
