using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Domain.Volunteers;
using VrijwilligersPortal.Infrastructure.Identity;

namespace VrijwilligersPortal.Web.Tests.Support;

/// <summary>Puts known records in a test's database through the domain, as the portal itself would.</summary>
public static class TestData
{
    public const string Password = "een lang genoeg wachtwoord";

    /// <summary>The authenticator key of staff and administrators made here (they must use a second factor).</summary>
    public const string AuthenticatorKey = "JBSWY3DPEHPK3PXPJBSWY3DP";

    private static int _sequence;

    public static string UniqueEmail(string prefix = "persoon") => $"{prefix}{Interlocked.Increment(ref _sequence)}@example.nl";

    /// <summary>
    /// A confirmed account in the given role; volunteers also get their profile; staff and
    /// administrators have their second factor set up with <see cref="AuthenticatorKey"/> unless
    /// <paramref name="secondFactor"/> is false.
    /// </summary>
    public static Task<PortalUser> UserAsync(this PortalFactory factory, string role, string? email = null, string name = "Sanne de Vries", bool secondFactor = true) =>
        factory.WithDbAsync(async (db, services) =>
        {
            var users = services.GetRequiredService<UserManager<PortalUser>>();
            var user = new PortalUser
            {
                UserName = email ?? UniqueEmail(role.ToLowerInvariant()),
                Email = email ?? null,
                EmailConfirmed = true,
                DisplayName = name,
                CreatedAt = factory.Clock.GetUtcNow(),
            };
            user.Email ??= user.UserName;
            Check(await users.CreateAsync(user, Password));
            Check(await users.AddToRoleAsync(user, role));
            if (secondFactor && role is PortalRoles.Staff or PortalRoles.Admin)
            {
                Check(await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", AuthenticatorKey));
                Check(await users.SetTwoFactorEnabledAsync(user, true));
            }

            if (role == PortalRoles.Volunteer)
            {
                db.Volunteers.Add(Volunteer.ForAccount(user.Id, name, user.Email, factory.Clock.GetUtcNow()));
                await db.SaveChangesAsync();
            }

            return user;
        });

    public static Task<Organisation> OrganisationAsync(this PortalFactory factory, Guid member, OrganisationStatus status = OrganisationStatus.Approved, string name = "Natuurgroep Kromme Rijn") =>
        factory.WithDbAsync(async (db, _) =>
        {
            var now = factory.Clock.GetUtcNow();
            var organisation = Organisation.Register(
                new OrganisationProfile
                {
                    Name = name,
                    Kind = OrganisationKind.Association,
                    Postcode = "3581",
                    Place = "Utrecht",
                    Description = "Groenonderhoud langs de Kromme Rijn.",
                    ContactName = "Peter Bakker",
                    ContactEmail = "info@natuurgroep.example",
                },
                member,
                now);
            var staff = Guid.NewGuid();
            switch (status)
            {
                case OrganisationStatus.Approved:
                    organisation.Approve(staff, now);
                    break;
                case OrganisationStatus.Rejected:
                    organisation.Reject("Geen vrijwilligerswerk.", staff, now);
                    break;
                case OrganisationStatus.Suspended:
                    organisation.Approve(staff, now);
                    organisation.Suspend("Klachten.", staff, now);
                    break;
            }

            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            return organisation;
        });

    /// <summary>A vacancy in the given status; <paramref name="change"/> adjusts the content.</summary>
    public static Task<Vacancy> VacancyAsync(
        this PortalFactory factory,
        int organisationId,
        string title,
        VacancyStatus status = VacancyStatus.Published,
        Func<VacancyContent, VacancyContent>? change = null,
        DateTimeOffset? publishedAt = null) =>
        factory.WithDbAsync(async (db, _) =>
        {
            var at = publishedAt ?? factory.Clock.GetUtcNow();
            var category = await db.Categories.OrderBy(c => c.SortOrder).FirstAsync();
            var content = new VacancyContent
            {
                Title = title,
                Description = "Een mooie klus voor iemand die graag buiten is.",
                CategoryId = category.Id,
                Postcode = "3581",
                Place = "Utrecht",
                Location = new GeoPoint(52.0905, 5.1341),
                Commitment = Commitment.Ongoing,
                Schedule = WeekSchedule.Of((DayOfWeek.Saturday, DayPart.Morning)),
                HoursPerWeek = 3,
                ContactName = "Peter Bakker",
                ContactEmail = "info@natuurgroep.example",
            };
            var vacancy = Vacancy.CreateDraft(organisationId, change?.Invoke(content) ?? content, [], [], Guid.NewGuid(), at);
            var by = Guid.NewGuid();
            switch (status)
            {
                case VacancyStatus.Submitted:
                    vacancy.Submit(true, by, at);
                    break;
                case VacancyStatus.Published:
                    vacancy.Submit(false, by, at);
                    break;
                case VacancyStatus.Paused:
                    vacancy.Submit(false, by, at);
                    vacancy.Pause(by, at);
                    break;
                case VacancyStatus.Closed:
                    vacancy.Submit(false, by, at);
                    vacancy.Close(ClosedReason.Filled, by, at);
                    break;
            }

            db.Vacancies.Add(vacancy);
            await db.SaveChangesAsync();
            return vacancy;
        });

    public static async Task LogInAsync(this PortalClient client, string email, string password = Password)
    {
        var response = await client.SubmitFormAsync("/account/inloggen", new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
        });
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Redirect, $"Login failed with {(int)response.StatusCode}");
        if (response.Headers.Location!.OriginalString.StartsWith("/account/inloggen/code", StringComparison.Ordinal))
        {
            var second = await client.SubmitFormAsync(response.Headers.Location.OriginalString, new Dictionary<string, string> { ["Code"] = Totp.Now(AuthenticatorKey) });
            Assert.True(second.StatusCode == System.Net.HttpStatusCode.Redirect, $"Second login step failed with {(int)second.StatusCode}");
        }
    }

    /// <summary>Sets up a second factor as a person would: reads the key from the page and types the app's code.</summary>
    public static async Task<string> EnrolSecondFactorAsync(this PortalClient client)
    {
        const string url = "/account/tweestapsverificatie/instellen";
        var page = await client.GetPageAsync(url);
        var key = page.QuerySelector("#sleutel")!.TextContent;
        var response = await client.SubmitFormAsync(page, url, new Dictionary<string, string> { ["Code"] = Totp.Now(key) });
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return key;
    }

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
}
