using System.Globalization;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Tests.Support;
using static VrijwilligersPortal.Web.Tests.Features.Organisation.OrganisationTestData;
using VrijwilligersPortal.Web.Tests.Features.Organisation;
using VrijwilligersPortal.Web.Tests.Features.Organisation.Invitations;
using VrijwilligersPortal.Web.Tests.Features.Organisation.Members;
using VrijwilligersPortal.Web.Tests.Features.Organisation.Registration;
using VrijwilligersPortal.Web.Tests.Features.Organisation.Vacancies;

namespace VrijwilligersPortal.Web.Tests.Features.Organisation.Applications;

public class AnsweringApplicationsTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public AnsweringApplicationsTests(PortalFactory factory)
    {
        _factory = factory;
        _factory.Clock.Set(PortalFactory.Start);
    }

    [Fact]
    public async Task Several_applications_are_answered_at_once_and_each_volunteer_gets_a_mail()
    {
        var (client, _, organisation) = await _factory.SignedInMemberAsync();
        using var signedIn = client;
        var vacancy = await _factory.VacancyAsync(organisation.Id, "Taalmaatje");
        var volunteers = new List<PortalUser>();
        var applications = new List<int>();
        foreach (var name in new[] { "Ayla Demir", "Bram de Boer", "Chris Jansen" })
        {
            var volunteer = await _factory.UserAsync(PortalRoles.Volunteer, name: name);
            volunteers.Add(volunteer);
            applications.Add(await _factory.ApplyAsync(vacancy.Id, volunteer));
        }

        var page = await client.GetPageAsync($"/organisatie/vacatures/{vacancy.Id}/reacties");
        page.Tick($"#reactie-{applications[0]}", $"#reactie-{applications[2]}");
        var response = await client.SubmitFormAsync(page, $"/organisatie/vacatures/{vacancy.Id}/reacties", new Dictionary<string, string> { ["Action"] = "InContact" });

        AssertRedirect(response, $"/organisatie/vacatures/{vacancy.Id}/reacties");
        var statuses = await _factory.WithDbAsync((db, _) => db.Applications.AsNoTracking().Where(a => applications.Contains(a.Id)).OrderBy(a => a.Id).Select(a => a.Status).ToListAsync());
        Assert.Equal([ApplicationStatus.InContact, ApplicationStatus.Submitted, ApplicationStatus.InContact], statuses);
        Assert.Contains("Hallo Ayla Demir", Assert.Single(_factory.Mail.To(volunteers[0].Email!)).Body);
        Assert.Empty(_factory.Mail.To(volunteers[1].Email!));
        Assert.Single(_factory.Mail.To(volunteers[2].Email!));
    }

    [Fact]
    public async Task Declining_needs_a_reason_which_the_volunteer_then_reads()
    {
        var (client, _, organisation) = await _factory.SignedInMemberAsync();
        using var signedIn = client;
        var vacancy = await _factory.VacancyAsync(organisation.Id, "Penningmeester");
        var volunteer = await _factory.UserAsync(PortalRoles.Volunteer);
        var application = await _factory.ApplyAsync(vacancy.Id, volunteer);
        var url = $"/organisatie/vacatures/{vacancy.Id}/reacties";
        var selected = application.ToString(CultureInfo.InvariantCulture);

        var withoutReason = await client.SubmitFormAsync(url, new Dictionary<string, string> { ["Selected"] = selected, ["Action"] = "Declined", ["Reason"] = "  " });

        var page = await PortalClient.ReadPageAsync(withoutReason);
        Assert.Contains("de vrijwilliger krijgt die reden te zien", page.QuerySelector("#Reason-fout")!.TextContent);
        Assert.NotNull(page.QuerySelector($"#reactie-{application}[checked]"));
        Assert.Equal("Declined", page.FieldValue("#Action"));
        Assert.Equal(ApplicationStatus.Submitted, (await _factory.ApplicationAsync(application)).Status);
        Assert.Empty(_factory.Mail.To(volunteer.Email!));

        var declined = await client.SubmitFormAsync(page, url, new Dictionary<string, string> { ["Reason"] = "We zoeken iemand met boekhoudervaring." });

        AssertRedirect(declined, url);
        var saved = await _factory.ApplicationAsync(application);
        Assert.Equal((ApplicationStatus.Declined, "We zoeken iemand met boekhoudervaring."), (saved.Status, saved.DeclineReason));
        var mail = Assert.Single(_factory.Mail.To(volunteer.Email!));
        Assert.Contains("afgewezen", mail.Subject);
        Assert.Contains("We zoeken iemand met boekhoudervaring.", mail.Body);
        var answered = await client.GetPageAsync(url);
        Assert.Null(answered.QuerySelector($"#reactie-{application}"));
        Assert.Contains("boekhoudervaring", answered.QuerySelector(".application")!.TextContent);
    }

    [Fact]
    public async Task One_refused_answer_leaves_all_selected_applications_as_they_were()
    {
        var (client, _, organisation) = await _factory.SignedInMemberAsync();
        using var signedIn = client;
        var vacancy = await _factory.VacancyAsync(organisation.Id, "Chauffeur");
        var placed = await _factory.ApplyAsync(vacancy.Id, await _factory.UserAsync(PortalRoles.Volunteer));
        var waiting = await _factory.ApplyAsync(vacancy.Id, await _factory.UserAsync(PortalRoles.Volunteer));
        await _factory.WithDbAsync(async (db, _) =>
        {
            var application = await db.Applications.SingleAsync(a => a.Id == placed);
            application.StartContact(Guid.NewGuid(), _factory.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });
        var mailsBefore = _factory.Mail.All().Count;

        var response = await client.PostAsync($"/organisatie/vacatures/{vacancy.Id}/reacties",
        [
            new("Selected", placed.ToString(CultureInfo.InvariantCulture)),
            new("Selected", waiting.ToString(CultureInfo.InvariantCulture)),
            new("Action", "InContact"),
        ]);

        var page = await PortalClient.ReadPageAsync(response);
        Assert.Contains("kun je niet in contact zetten", page.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal(ApplicationStatus.InContact, (await _factory.ApplicationAsync(placed)).Status);
        Assert.Equal(ApplicationStatus.Submitted, (await _factory.ApplicationAsync(waiting)).Status);
        Assert.Equal(mailsBefore, _factory.Mail.All().Count);
    }

    [Fact]
    public async Task An_erased_volunteer_shows_without_name_or_contact_and_gets_no_mail()
    {
        var (client, _, organisation) = await _factory.SignedInMemberAsync();
        using var signedIn = client;
        var vacancy = await _factory.VacancyAsync(organisation.Id, "Kattenverzorger");
        var volunteer = await _factory.UserAsync(PortalRoles.Volunteer, name: "Wordt Gewist");
        var application = await _factory.ApplyAsync(vacancy.Id, volunteer);
        await _factory.WithDbAsync(async (db, _) =>
        {
            var profile = await db.Volunteers.SingleAsync(v => v.UserId == volunteer.Id);
            profile.Erase(_factory.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });

        var page = await client.GetPageAsync($"/organisatie/vacatures/{vacancy.Id}/reacties");
        var card = page.QuerySelector(".application")!;
        Assert.Contains("verwijderde vrijwilliger", card.TextContent);
        Assert.DoesNotContain("Wordt Gewist", card.TextContent);
        Assert.Null(card.QuerySelector("a[href^='mailto:']"));

        var response = await client.SubmitFormAsync(page, $"/organisatie/vacatures/{vacancy.Id}/reacties", new Dictionary<string, string>
        {
            ["Selected"] = application.ToString(CultureInfo.InvariantCulture),
            ["Action"] = "Declined",
            ["Reason"] = "De vrijwilliger is er niet meer.",
        });
        AssertRedirect(response, $"/organisatie/vacatures/{vacancy.Id}/reacties");
        Assert.Equal(ApplicationStatus.Declined, (await _factory.ApplicationAsync(application)).Status);
        Assert.Empty(_factory.Mail.To(volunteer.Email!));
    }

    [Fact]
    public async Task Applications_unanswered_for_more_than_the_centres_ten_days_are_marked_here_and_on_the_dashboard()
    {
        var (client, _, organisation) = await _factory.SignedInMemberAsync();
        using var signedIn = client;
        var vacancy = await _factory.VacancyAsync(organisation.Id, "Hondenuitlater");
        var now = _factory.Clock.GetUtcNow();
        var old = await _factory.ApplyAsync(vacancy.Id, await _factory.UserAsync(PortalRoles.Volunteer, name: "Lang Geleden"), now.AddDays(-10).AddMinutes(-1));
        await _factory.ApplyAsync(vacancy.Id, await _factory.UserAsync(PortalRoles.Volunteer, name: "Net Binnen"), now.AddDays(-9));

        var page = await client.GetPageAsync($"/organisatie/vacatures/{vacancy.Id}/reacties");

        var marked = Assert.Single(page.QuerySelectorAll(".application--unanswered"));
        Assert.Contains("Lang Geleden", marked.TextContent);
        Assert.Contains("Al meer dan 10 dagen onbeantwoord", marked.TextContent);
        var cells = (await client.GetPageAsync("/organisatie")).QuerySelectorAll("tbody tr td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["gepubliceerd", "0", "2", "1", "onbeperkt"], cells);

        await _factory.WithDbAsync(async (db, _) =>
        {
            var application = await db.Applications.SingleAsync(a => a.Id == old);
            application.StartContact(Guid.NewGuid(), now);
            await db.SaveChangesAsync();
        });
        Assert.Empty((await client.GetPageAsync($"/organisatie/vacatures/{vacancy.Id}/reacties")).QuerySelectorAll(".application--unanswered"));
    }
}
