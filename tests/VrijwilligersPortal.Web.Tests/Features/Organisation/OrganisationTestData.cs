using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Tests.Support;
using VrijwilligersPortal.Web.Tests.Features.Organisation.Applications;
using VrijwilligersPortal.Web.Tests.Features.Organisation.Invitations;
using VrijwilligersPortal.Web.Tests.Features.Organisation.Members;
using VrijwilligersPortal.Web.Tests.Features.Organisation.Registration;
using VrijwilligersPortal.Web.Tests.Features.Organisation.Vacancies;

namespace VrijwilligersPortal.Web.Tests.Features.Organisation;

/// <summary>Steps the organisation tests share, done through the domain or through real pages.</summary>
internal static class OrganisationTestData
{
    public const string Motivation = "Ik wil graag helpen en heb op zaterdag tijd.";

    /// <summary>A signed-in member of a new organisation in the given status.</summary>
    public static async Task<(PortalClient Client, PortalUser User, Domain.Organisations.Organisation Organisation)> SignedInMemberAsync(
        this PortalFactory factory,
        OrganisationStatus status = OrganisationStatus.Approved,
        string name = "Natuurgroep Kromme Rijn")
    {
        var user = await factory.UserAsync(PortalRoles.OrganisationMember, name: "Peter Bakker");
        var organisation = await factory.OrganisationAsync(user.Id, status, name);
        var client = factory.CreatePortalClient();
        await client.LogInAsync(user.Email!);
        return (client, user, organisation);
    }

    /// <summary>A volunteer responds to a published vacancy, as the volunteer pages would do it.</summary>
    public static Task<int> ApplyAsync(this PortalFactory factory, int vacancyId, PortalUser volunteerUser, DateTimeOffset? at = null, string motivation = Motivation) =>
        factory.WithDbAsync(async (db, _) =>
        {
            var volunteer = await db.Volunteers.SingleAsync(v => v.UserId == volunteerUser.Id);
            var vacancy = await db.Vacancies.Include(v => v.Applications).SingleAsync(v => v.Id == vacancyId);
            var application = vacancy.Apply(volunteer.Id, motivation, ContactPreference.Email, volunteerUser.Id, at ?? factory.Clock.GetUtcNow());
            await db.SaveChangesAsync();
            return application.Id;
        });

    public static Task<int> IdOfAsync(this PortalFactory factory, string table, string slug) =>
        factory.WithDbAsync((db, _) => table switch
        {
            "categorie" => db.Categories.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync(),
            "vaardigheid" => db.Skills.Where(s => s.Slug == slug).Select(s => s.Id).SingleAsync(),
            _ => db.SuitableForTags.Where(t => t.Slug == slug).Select(t => t.Id).SingleAsync(),
        });

    public static Task<Application> ApplicationAsync(this PortalFactory factory, int applicationId) =>
        factory.WithDbAsync((db, _) => db.Applications.AsNoTracking().SingleAsync(a => a.Id == applicationId));

    public static Task<Domain.Vacancies.Vacancy> VacancyByIdAsync(this PortalFactory factory, int vacancyId) =>
        factory.WithDbAsync((db, _) => db.Vacancies.AsNoTracking().Include(v => v.Skills).Include(v => v.SuitableFor).SingleAsync(v => v.Id == vacancyId));

    /// <summary>
    /// Posts <paramref name="fields"/> to any URL with a valid antiforgery token taken from a page of
    /// the portal: how an attacker who is a member elsewhere would try another organisation's ids.
    /// </summary>
    public static async Task<HttpResponseMessage> PostAsync(this PortalClient client, string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await client.GetPageAsync("/organisatie/leden");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await client.Http.PostAsync(url, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }

    /// <summary>Ticks the checkboxes of a form page, the way a person would before submitting.</summary>
    public static void Tick(this IHtmlDocument page, params string[] selectors)
    {
        foreach (var selector in selectors)
        {
            var box = page.QuerySelector(selector) as IHtmlInputElement ?? throw new InvalidOperationException($"No checkbox {selector}");
            box.IsChecked = true;
        }
    }

    public static void Untick(this IHtmlDocument page, params string[] selectors)
    {
        foreach (var selector in selectors)
        {
            ((IHtmlInputElement)page.QuerySelector(selector)!).IsChecked = false;
        }
    }

    public static string FieldValue(this IHtmlDocument page, string selector) => page.QuerySelector(selector) switch
    {
        IHtmlInputElement input => input.Value,
        IHtmlTextAreaElement area => area.Value,
        IHtmlSelectElement select => select.Value ?? string.Empty,
        var other => throw new InvalidOperationException($"{selector} is {other?.GetType().Name ?? "missing"}"),
    };

    public static void AssertRedirect(HttpResponseMessage response, string location)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Expected a redirect to {location}, got {(int)response.StatusCode}");
        Assert.Equal(location, response.Headers.Location!.OriginalString);
    }

    /// <summary>The complete vacancy form as a member fills it in, on top of the defaults the page already shows.</summary>
    public static Dictionary<string, string> VacancyFields(string title, string action = "bewaren") => new()
    {
        ["Title"] = title,
        ["Description"] = "Wij zoeken iemand voor de zaterdagochtend.\n\nWat ga je doen?\n- Wilgen knotten\n- Snoeihout opruimen",
        ["Postcode"] = "3581 AB",
        ["Place"] = string.Empty,
        ["Commitment"] = "ShortTerm",
        ["HoursPerWeek"] = "3",
        ["StartDate"] = "2026-11-14",
        ["EndDate"] = "2027-03-31",
        ["Places"] = "2",
        ["MinimumAge"] = "16",
        ["actie"] = action,
    };
}
