using System.Net;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Infrastructure.Audit;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Tests.Support;
using VrijwilligersPortal.Web.Tests.Features.Account;
using VrijwilligersPortal.Web.Tests.Features.Account.Sessions;

namespace VrijwilligersPortal.Web.Tests.Features.TwoFactor;

/// <summary>Second factor: required for staff, optional for others, resettable by an administrator (issue 20, finding 3).</summary>
public class TwoFactorTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_staff_member_without_a_second_factor_must_set_one_up_before_the_back_office_and_then_logs_in_with_a_code()
    {
        var staff = await factory.UserAsync(PortalRoles.Staff, secondFactor: false);
        using var client = factory.CreatePortalClient();

        var login = await client.SubmitFormAsync("/account/inloggen", new Dictionary<string, string> { ["Email"] = staff.Email!, ["Password"] = TestData.Password });
        Assert.StartsWith("/account/tweestapsverificatie/instellen", login.Headers.Location!.OriginalString);
        var blocked = await client.GetAsync("/beheer/organisaties");
        Assert.Equal(HttpStatusCode.Redirect, blocked.StatusCode);
        Assert.StartsWith("/account/tweestapsverificatie/instellen", blocked.Headers.Location!.OriginalString);

        var enrolPage = await client.GetPageAsync(blocked.Headers.Location.OriginalString);
        Assert.StartsWith("data:image/png;base64,", enrolPage.QuerySelector("main img")!.GetAttribute("src"));
        var key = enrolPage.QuerySelector("#sleutel")!.TextContent;

        var wrong = await client.SubmitFormAsync(enrolPage, blocked.Headers.Location.OriginalString, new Dictionary<string, string> { ["Code"] = "000000" == Totp.Now(key) ? "111111" : "000000" });
        Assert.Contains("klopt niet", (await PortalClient.ReadPageAsync(wrong)).QuerySelector("#Code-fout")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/beheer")).StatusCode);

        var enrolled = await client.SubmitFormAsync(blocked.Headers.Location.OriginalString, new Dictionary<string, string> { ["Code"] = Totp.Now(key) });
        var codesPage = await PortalClient.ReadPageAsync(enrolled);
        var recoveryCodes = codesPage.QuerySelectorAll("#herstelcodes code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, recoveryCodes.Count);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/beheer")).StatusCode);

        using var again = factory.CreatePortalClient();
        var password = await again.SubmitFormAsync("/account/inloggen", new Dictionary<string, string> { ["Email"] = staff.Email!, ["Password"] = TestData.Password });
        Assert.StartsWith("/account/inloggen/code", password.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await again.GetAsync("/beheer")).StatusCode);
        var code = await again.SubmitFormAsync(password.Headers.Location.OriginalString, new Dictionary<string, string> { ["Code"] = Totp.Now(key) });
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/beheer")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_code_is_refused_and_a_recovery_code_works_once()
    {
        var volunteer = await factory.UserAsync(PortalRoles.Volunteer);
        using var client = factory.CreatePortalClient();
        await client.LogInAsync(volunteer.Email!);
        var enrolPage = await client.GetPageAsync("/account/tweestapsverificatie/instellen");
        var key = enrolPage.QuerySelector("#sleutel")!.TextContent;
        var enrolled = await client.SubmitFormAsync(enrolPage, "/account/tweestapsverificatie/instellen", new Dictionary<string, string> { ["Code"] = Totp.Now(key) });
        var recovery = (await PortalClient.ReadPageAsync(enrolled)).QuerySelectorAll("#herstelcodes code").First().TextContent;

        using var other = factory.CreatePortalClient();
        var step = await other.SubmitFormAsync("/account/inloggen", new Dictionary<string, string> { ["Email"] = volunteer.Email!, ["Password"] = TestData.Password });
        var codeUrl = step.Headers.Location!.OriginalString;
        Assert.StartsWith("/account/inloggen/code", codeUrl);
        Assert.Equal(HttpStatusCode.Redirect, (await other.GetAsync("/mijn/profiel")).StatusCode);

        var wrong = await other.SubmitFormAsync(codeUrl, new Dictionary<string, string> { ["Code"] = "abcde-fghij" });
        Assert.Contains("klopt niet", (await PortalClient.ReadPageAsync(wrong)).QuerySelector("#Code-fout")!.TextContent);

        var withRecovery = await other.SubmitFormAsync(codeUrl, new Dictionary<string, string> { ["Code"] = recovery });
        Assert.Equal(HttpStatusCode.Redirect, withRecovery.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/mijn/profiel")).StatusCode);

        using var third = factory.CreatePortalClient();
        var thirdStep = await third.SubmitFormAsync("/account/inloggen", new Dictionary<string, string> { ["Email"] = volunteer.Email!, ["Password"] = TestData.Password });
        var reused = await third.SubmitFormAsync(thirdStep.Headers.Location!.OriginalString, new Dictionary<string, string> { ["Code"] = recovery });
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
    }

    [Fact]
    public async Task A_volunteer_switches_the_second_factor_off_with_the_password_but_staff_cannot()
    {
        var volunteer = await factory.UserAsync(PortalRoles.Volunteer);
        using var client = factory.CreatePortalClient();
        await client.LogInAsync(volunteer.Email!);
        var enrolPage = await client.GetPageAsync("/account/tweestapsverificatie/instellen");
        await client.SubmitFormAsync(enrolPage, "/account/tweestapsverificatie/instellen", new Dictionary<string, string> { ["Code"] = Totp.Now(enrolPage.QuerySelector("#sleutel")!.TextContent) });
        Assert.Contains("Aan", (await client.GetPageAsync("/account/instellingen")).QuerySelector("#tweestapsverificatie-status")!.TextContent);

        var off = await client.SubmitFormAsync("/account/tweestapsverificatie", new Dictionary<string, string> { ["CurrentPassword"] = TestData.Password }, "form[action='/account/tweestapsverificatie/uitzetten']");
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.False(await TwoFactorEnabledAsync(volunteer.Id));

        var staff = await factory.UserAsync(PortalRoles.Staff);
        using var staffClient = factory.CreatePortalClient();
        await staffClient.LogInAsync(staff.Email!);
        var page = await staffClient.GetPageAsync("/account/tweestapsverificatie");
        Assert.Null(page.QuerySelector("form[action='/account/tweestapsverificatie/uitzetten']"));
        var direct = await staffClient.Http.PostAsync("/account/tweestapsverificatie/uitzetten", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["CurrentPassword"] = TestData.Password,
            ["__RequestVerificationToken"] = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        }));
        Assert.Contains("moeten tweestapsverificatie gebruiken", (await PortalClient.ReadPageAsync(direct)).QuerySelector(".error-summary")!.TextContent);
        Assert.True(await TwoFactorEnabledAsync(staff.Id));
    }

    [Fact]
    public async Task An_administrator_resets_a_staff_members_second_factor_which_is_audited_and_ends_their_sessions()
    {
        var admin = await factory.UserAsync(PortalRoles.Admin);
        var staff = await factory.UserAsync(PortalRoles.Staff);
        using var staffClient = factory.CreatePortalClient();
        await staffClient.LogInAsync(staff.Email!);
        Assert.Equal(HttpStatusCode.OK, (await staffClient.GetAsync("/beheer")).StatusCode);

        using var adminClient = factory.CreatePortalClient();
        await adminClient.LogInAsync(admin.Email!);
        var reset = await adminClient.SubmitFormAsync("/beheer/medewerkers", new Dictionary<string, string>(), $"form[action='/beheer/medewerkers/{staff.Id}/tweede-stap-resetten']");
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);

        Assert.False(await TwoFactorEnabledAsync(staff.Id));
        var audit = await factory.WithDbAsync((db, _) => db.AuditEntries.Where(a => a.Action == AuditActions.Staff.SecondFactorReset).ToListAsync());
        var entry = Assert.Single(audit);
        Assert.Equal(admin.Id, entry.UserId);
        Assert.Equal(staff.Id.ToString("D"), entry.RecordId);
        Assert.Equal(HttpStatusCode.Redirect, (await staffClient.GetAsync("/beheer")).StatusCode);

        using var fresh = factory.CreatePortalClient();
        var login = await fresh.SubmitFormAsync("/account/inloggen", new Dictionary<string, string> { ["Email"] = staff.Email!, ["Password"] = TestData.Password });
        Assert.StartsWith("/account/tweestapsverificatie/instellen", login.Headers.Location!.OriginalString);
    }

    private Task<bool> TwoFactorEnabledAsync(Guid userId) =>
        factory.WithDbAsync((db, _) => db.Users.Where(u => u.Id == userId).Select(u => u.TwoFactorEnabled).SingleAsync());
}
