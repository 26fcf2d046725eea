using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Mediations;
using VrijwilligersPortal.Web.Tests.Support;
using VrijwilligersPortal.Web.Tests.Features;
using VrijwilligersPortal.Web.Tests.Features.AccountSettings;
using VrijwilligersPortal.Web.Tests.Features.Applying;
using VrijwilligersPortal.Web.Tests.Features.Favourites;
using VrijwilligersPortal.Web.Tests.Features.MyApplications;
using VrijwilligersPortal.Web.Tests.Features.Profile;
using VrijwilligersPortal.Web.Tests.PersonalData;

namespace VrijwilligersPortal.Web.Tests.Features.MyData;

public class MyDataTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_download_holds_everything_about_me_and_nothing_about_anyone_else()
    {
        using var sanne = await factory.SignedInVolunteerAsync("Sanne de Vries");
        using var other = await factory.SignedInVolunteerAsync("Pieter Anders");
        var declined = await factory.OpenVacancyAsync("Knotploeg");
        var saved = await factory.OpenVacancyAsync("Taalmaatje");
        await sanne.Client.SubmitFormAsync("/mijn/profiel", new Dictionary<string, string>
        {
            ["Phone"] = "06 12345678",
            ["Postcode"] = "3581",
            ["Languages"] = "Engels, Pools",
            ["DutchLevel"] = "Good",
            ["ConsentToBeProposed"] = "true",
            ["WantsHelp"] = "true",
            ["HelpQuestion"] = "Ik zoek iets voor op zaterdag.",
        });
        await factory.ApplicationAsync(declined.Id, sanne.VolunteerId, factory.Clock.GetUtcNow(), "Ik wil graag helpen met knotten.", a => a.Decline("Helaas vol.", Guid.NewGuid(), factory.Clock.GetUtcNow()));
        await factory.ApplicationAsync(declined.Id, other.VolunteerId, factory.Clock.GetUtcNow(), "Bericht van iemand anders, geheim.");
        await sanne.Client.PostWithTokenAsync($"/mijn/favorieten/{saved.Id}");

        var response = await sanne.Client.GetAsync("/mijn/gegevens/download");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.StartsWith("mijn-gegevens-2026-11-02", response.Content.Headers.ContentDisposition.FileName ?? response.Content.Headers.ContentDisposition.FileNameStar);
        var raw = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Pieter Anders", raw);
        Assert.DoesNotContain("geheim", raw);
        using var json = JsonDocument.Parse(raw);
        var root = json.RootElement;
        Assert.Equal(sanne.Email, root.GetProperty("account").GetProperty("eMailadres").GetString());
        var profile = root.GetProperty("profiel");
        Assert.Equal("Sanne de Vries", profile.GetProperty("naam").GetString());
        Assert.Equal("06 12345678", profile.GetProperty("telefoonnummer").GetString());
        Assert.Equal("3581", profile.GetProperty("postcode").GetString());
        Assert.Equal(["Engels", "Pools"], profile.GetProperty("talen").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("goed", profile.GetProperty("nederlands").GetString());
        Assert.True(root.GetProperty("toestemmingen").GetProperty("centraleMagMijVoorstellenAanOrganisaties").GetBoolean());
        var application = Assert.Single(root.GetProperty("reacties").EnumerateArray());
        Assert.Equal("Knotploeg", application.GetProperty("vacature").GetString());
        Assert.Equal("Ik wil graag helpen met knotten.", application.GetProperty("bericht").GetString());
        Assert.Equal("afgewezen", application.GetProperty("status").GetString());
        Assert.Equal("Helaas vol.", application.GetProperty("redenVanAfwijzing").GetString());
        Assert.Equal(["verstuurd", "afgewezen"], application.GetProperty("verloop").EnumerateArray().Select(s => s.GetProperty("status").GetString()));
        Assert.Equal("Taalmaatje", Assert.Single(root.GetProperty("favorieten").EnumerateArray()).GetProperty("vacature").GetString());
        var help = Assert.Single(root.GetProperty("hulpvragen").EnumerateArray());
        Assert.Equal("Ik zoek iets voor op zaterdag.", help.GetProperty("vraag").GetString());
        Assert.Equal("aangevraagd", help.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Erasing_needs_the_password_and_a_wrong_one_changes_nothing()
    {
        using var sanne = await factory.SignedInVolunteerAsync();

        var response = await sanne.Client.SubmitFormAsync("/mijn/gegevens/verwijderen", new Dictionary<string, string> { ["Password"] = "niet mijn wachtwoord" });

        var page = await PortalClient.ReadPageAsync(response);
        Assert.Contains("klopt niet", page.QuerySelector("#Password-fout")!.TextContent);
        Assert.True(await factory.WithDbAsync((db, _) => db.Users.AnyAsync(u => u.Id == sanne.User.Id)));
        Assert.Null(await factory.WithDbAsync((db, _) => db.Volunteers.Where(v => v.Id == sanne.VolunteerId).Select(v => v.ErasedAt).SingleAsync()));
        Assert.DoesNotContain(factory.Mail.To(sanne.Email), m => m.Subject.Contains("verwijderd", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Erasing_deletes_personal_data_keeps_anonymous_responses_ends_sessions_and_confirms_by_mail()
    {
        using var sanne = await factory.SignedInVolunteerAsync("Sanne de Vries");
        using var phone = factory.CreatePortalClient();
        await phone.LogInAsync(sanne.Email);
        var open = await factory.OpenVacancyAsync("Open reactie", places: 1);
        var placed = await factory.OpenVacancyAsync("Geplaatst");
        await sanne.Client.SubmitFormAsync("/mijn/profiel", new Dictionary<string, string> { ["Phone"] = "06 12345678", ["WantsHelp"] = "true", ["HelpQuestion"] = "Mijn vraag" });
        var openId = await factory.ApplicationAsync(open.Id, sanne.VolunteerId, factory.Clock.GetUtcNow(), "Mijn persoonlijke motivatie tekst.");
        var placedId = await factory.ApplicationAsync(placed.Id, sanne.VolunteerId, factory.Clock.GetUtcNow(), then: a => a.Place(Guid.NewGuid(), factory.Clock.GetUtcNow()));
        await sanne.Client.PostWithTokenAsync($"/mijn/favorieten/{placed.Id}");

        var response = await sanne.Client.SubmitFormAsync("/mijn/gegevens/verwijderen", new Dictionary<string, string> { ["Password"] = TestData.Password });

        Assert.Equal("/", response.Headers.Location!.OriginalString);
        var home = await sanne.Client.GetPageAsync("/");
        Assert.Contains("Je account en je gegevens zijn verwijderd", home.QuerySelector("main [role=status]")!.TextContent);
        Assert.Null(home.QuerySelector("form[action='/account/uitloggen']"));
        Assert.Equal(HttpStatusCode.Redirect, (await sanne.Client.GetAsync("/mijn/profiel")).StatusCode);

        var state = await factory.WithDbAsync(async (db, _) => new
        {
            UserExists = await db.Users.AnyAsync(u => u.Id == sanne.User.Id),
            Volunteer = await db.Volunteers.SingleAsync(v => v.Id == sanne.VolunteerId),
            Applications = await db.Applications.Where(a => a.VolunteerId == sanne.VolunteerId).OrderBy(a => a.Id).ToListAsync(),
            Favourites = await db.Favourites.CountAsync(f => f.VolunteerId == sanne.VolunteerId),
            Mediation = await db.Mediations.SingleAsync(m => m.VolunteerId == sanne.VolunteerId),
        });
        Assert.False(state.UserExists);
        Assert.True(state.Volunteer.IsErased);
        Assert.Equal((string.Empty, null, null, null), (state.Volunteer.Name, state.Volunteer.Email, state.Volunteer.Phone, state.Volunteer.UserId));
        Assert.Equal("verwijderde vrijwilliger", state.Volunteer.DisplayName);
        Assert.Equal([openId, placedId], state.Applications.Select(a => a.Id));
        Assert.Equal([ApplicationStatus.Withdrawn, ApplicationStatus.Placed], state.Applications.Select(a => a.Status));
        Assert.All(state.Applications, a => Assert.Equal(string.Empty, a.Motivation));
        Assert.Equal(0, state.Favourites);
        Assert.Equal((MediationStatus.Closed, null), (state.Mediation.Status, state.Mediation.Question));
        Assert.Contains("Hallo Sanne de Vries", factory.Mail.Single(sanne.Email, "is verwijderd").Body);

        // The other device is signed out at the latest when its session is checked again (the
        // sessions went with the account; ADR 0068) or the security stamp is (every minute).
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Null((await phone.GetPageAsync("/")).QuerySelector("form[action='/account/uitloggen']"));
    }
}
