using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Infrastructure.Identity;

namespace VrijwilligersPortal.Web.Tests.Support;

/// <summary>A signed-in volunteer with their own browser.</summary>
public sealed record SignedInVolunteer(PortalClient Client, PortalUser User, int VolunteerId) : IDisposable
{
    public string Email => User.Email!;

    public void Dispose() => Client.Dispose();
}

/// <summary>Building blocks for the volunteer-facing tests: people, open vacancies, applications.</summary>
public static class VolunteerScenarios
{
    public static async Task<SignedInVolunteer> SignedInVolunteerAsync(this PortalFactory factory, string name = "Sanne de Vries")
    {
        var user = await factory.UserAsync(PortalRoles.Volunteer, name: name);
        var client = factory.CreatePortalClient();
        await client.LogInAsync(user.Email!);
        return new SignedInVolunteer(client, user, await factory.VolunteerIdOfAsync(user.Id));
    }

    public static Task<int> VolunteerIdOfAsync(this PortalFactory factory, Guid userId) =>
        factory.WithDbAsync((db, _) => db.Volunteers.Where(v => v.UserId == userId).Select(v => v.Id).SingleAsync());

    /// <summary>A published vacancy of a fresh approved organisation, with its own contact address so its mail can be told apart.</summary>
    public static async Task<Vacancy> OpenVacancyAsync(this PortalFactory factory, string title = "Knotploeg", int? places = null, string? contactEmail = null)
    {
        var member = await factory.UserAsync(PortalRoles.OrganisationMember);
        var organisation = await factory.OrganisationAsync(member.Id);
        return await factory.VacancyAsync(
            organisation.Id,
            title,
            change: c => c with { Places = places, ContactEmail = contactEmail ?? TestData.UniqueEmail("organisatie") });
    }

    /// <summary>Puts an application in the database through the domain, at the given moment.</summary>
    public static Task<int> ApplicationAsync(this PortalFactory factory, int vacancyId, int volunteerId, DateTimeOffset at, string motivation = "Ik help graag mee, ik ben vaak buiten.", Action<Application>? then = null) =>
        factory.WithDbAsync(async (db, _) =>
        {
            var vacancy = await db.Vacancies.Include(v => v.Applications).SingleAsync(v => v.Id == vacancyId);
            var application = vacancy.Apply(volunteerId, motivation, ContactPreference.Email, Guid.NewGuid(), at);
            then?.Invoke(application);
            await db.SaveChangesAsync();
            return application.Id;
        });

    /// <summary>The antiforgery token from any page with a form (the log-out button will do), for posting to an address whose own page is refused.</summary>
    public static async Task<string> AntiforgeryTokenAsync(this PortalClient client, string pageUrl = "/")
    {
        var page = await client.GetPageAsync(pageUrl);
        var token = page.QuerySelector("input[name='__RequestVerificationToken']") as IHtmlInputElement;
        Assert.NotNull(token);
        return token.Value;
    }

    public static async Task<HttpResponseMessage> PostWithTokenAsync(this PortalClient client, string url, params (string Name, string Value)[] fields)
    {
        var token = await client.AntiforgeryTokenAsync();
        var values = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token));
        return await client.Http.PostAsync(url, new FormUrlEncodedContent(values));
    }

    public static KeyValuePair<string, string> Field(string name, string value) => new(name, value);
}
