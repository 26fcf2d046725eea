using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Tests.Support;
using VrijwilligersPortal.Web.Tests.Features.Account.Sessions;
using VrijwilligersPortal.Web.Tests.Features.TwoFactor;

namespace VrijwilligersPortal.Web.Tests.Features.Account;

/// <summary>The login page does not tell whether an account exists, is locked or unconfirmed (issue 20, finding 6).</summary>
public class LoginEnumerationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Unknown_locked_and_wrong_password_accounts_get_exactly_the_same_message()
    {
        var wrong = await factory.UserAsync(PortalRoles.Volunteer);
        var locked = await factory.UserAsync(PortalRoles.Admin);
        await LockAsync(locked);

        var unknownMessage = await FailedLoginMessageAsync(TestData.UniqueEmail("bestaat-niet"), "een verkeerd wachtwoord");
        var wrongMessage = await FailedLoginMessageAsync(wrong.Email!, "een verkeerd wachtwoord");
        var lockedWrongMessage = await FailedLoginMessageAsync(locked.Email!, "een verkeerd wachtwoord");
        var lockedRightMessage = await FailedLoginMessageAsync(locked.Email!, TestData.Password);

        Assert.Contains("klopt niet", unknownMessage);
        Assert.Equal(unknownMessage, wrongMessage);
        Assert.Equal(unknownMessage, lockedWrongMessage);
        Assert.Equal(unknownMessage, lockedRightMessage);
        Assert.DoesNotContain("geblokkeerd", lockedRightMessage);
    }

    [Fact]
    public async Task Failures_on_an_unconfirmed_account_count_and_lock_it_and_then_the_right_password_does_not_reveal_it()
    {
        var email = TestData.UniqueEmail("onbevestigd");
        await factory.WithDbAsync(async (_, services) =>
        {
            var users = services.GetRequiredService<UserManager<PortalUser>>();
            var user = new PortalUser { UserName = email, Email = email, DisplayName = "Noor Bakker", CreatedAt = factory.Clock.GetUtcNow() };
            Assert.True((await users.CreateAsync(user, TestData.Password)).Succeeded);
        });

        var unknownMessage = await FailedLoginMessageAsync(TestData.UniqueEmail("bestaat-niet"), "een verkeerd wachtwoord");
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            Assert.Equal(unknownMessage, await FailedLoginMessageAsync(email, "een verkeerd wachtwoord " + attempt));
        }

        var lockoutEnd = await factory.WithDbAsync((db, _) => db.Users.Where(u => u.Email == email).Select(u => u.LockoutEnd).SingleAsync());
        Assert.NotNull(lockoutEnd);
        Assert.Equal(unknownMessage, await FailedLoginMessageAsync(email, TestData.Password));
    }

    [Fact]
    public async Task The_right_password_of_an_unconfirmed_account_that_is_not_locked_gets_the_way_to_confirm()
    {
        var email = TestData.UniqueEmail("onbevestigd");
        await factory.WithDbAsync(async (_, services) =>
        {
            var users = services.GetRequiredService<UserManager<PortalUser>>();
            var user = new PortalUser { UserName = email, Email = email, DisplayName = "Noor Bakker", CreatedAt = factory.Clock.GetUtcNow() };
            Assert.True((await users.CreateAsync(user, TestData.Password)).Succeeded);
        });

        Assert.Contains("nog niet bevestigd", await FailedLoginMessageAsync(email, TestData.Password));
    }

    private async Task LockAsync(PortalUser user) =>
        await factory.WithDbAsync(async (_, services) =>
        {
            var users = services.GetRequiredService<UserManager<PortalUser>>();
            var stored = await users.FindByIdAsync(user.Id.ToString());
            for (var failure = 0; failure < 5; failure++)
            {
                await users.AccessFailedAsync(stored!);
            }

            Assert.True(await users.IsLockedOutAsync(stored!));
        });

    private async Task<string> FailedLoginMessageAsync(string email, string password)
    {
        using var client = factory.CreatePortalClient();
        var response = await client.SubmitFormAsync("/account/inloggen", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ReadPageAsync(response);
        return page.QuerySelector(".error-summary")!.TextContent.Trim();
    }
}
