using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Jobs;
using VrijwilligersPortal.Web.Tests.Features.BackOffice;
using VrijwilligersPortal.Web.Tests.Features.FollowUps;
using VrijwilligersPortal.Web.Tests.Support;
using static VrijwilligersPortal.Web.Tests.Features.Organisation.OrganisationTestData;

namespace VrijwilligersPortal.Web.Tests.Features.Home;

/// <summary>
/// "Wat we samen bereikten" on the home page: off until an administrator switches it on, then the
/// past year's figures from the reports and the newest story whose writer agreed to the website,
/// never one only agreed for reports; the consent is in the writer's export and goes with erasure.
/// </summary>
public class HomeImpactTests(FollowUpFactory factory) : IClassFixture<FollowUpFactory>
{
    private const string Published = "Sinds de zomer lees ik elke week voor in de bibliotheek.";
    private const string ReportsOnly = "Dit verhaal is alleen voor het verslag aan de gemeente.";

    [Fact]
    public async Task An_administrator_switches_it_on_and_it_shows_the_years_figures_and_only_a_story_agreed_for_the_website()
    {
        var first = await PlaceAsync("Voorlezen");
        var second = await PlaceAsync("Tuinieren");
        factory.Clock.Advance(TimeSpan.FromDays(42));
        await factory.Services.GetRequiredService<FollowUpJob>().RunOnceAsync();
        await AnswerAsync(first.Volunteer, Published, website: true);
        factory.Clock.Advance(TimeSpan.FromHours(1));
        await AnswerAsync(second.Volunteer, ReportsOnly, website: false); // newer, but not for the website
        using var visitor = factory.CreatePortalClient();

        var before = await visitor.GetPageAsync("/");

        Assert.Null(before.QuerySelector("#bereikt"));

        var (admin, _) = await factory.SignedInStaffAsync(PortalRoles.Admin);
        AssertRedirect(await admin.SubmitFormAsync("/beheer/instellingen", new Dictionary<string, string> { ["ShowImpactOnHome"] = "true" }), "/beheer/instellingen");
        var after = await visitor.GetPageAsync("/");

        var block = after.QuerySelector("section[aria-labelledby=bereikt]");
        Assert.NotNull(block);
        var figures = block.QuerySelectorAll(".impact__figures li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains("2 vrijwilligers aan de slag", figures);
        Assert.Contains("2 organisaties aan vrijwilligers geholpen", figures);
        Assert.Equal(Published, block.QuerySelector("blockquote")!.TextContent.Trim());
        Assert.DoesNotContain(ReportsOnly, after.Body!.TextContent, StringComparison.Ordinal);

        // The writer finds the consent in their export, and erasing the account takes the story off the page.
        using var volunteer = factory.CreatePortalClient();
        await volunteer.LogInAsync(first.Volunteer);
        using (var json = JsonDocument.Parse(await (await volunteer.GetAsync("/mijn/gegevens/download")).Content.ReadAsStringAsync()))
        {
            var answer = Assert.Single(json.RootElement.GetProperty("nazorg").EnumerateArray());
            Assert.True(answer.GetProperty("verhaalMagZonderNaamOpDeWebsite").GetBoolean());
        }

        Assert.Equal(HttpStatusCode.Redirect, (await volunteer.SubmitFormAsync("/mijn/gegevens/verwijderen", new Dictionary<string, string> { ["Password"] = TestData.Password })).StatusCode);
        factory.Clock.Advance(TimeSpan.FromDays(1)); // the block is worked out again each day (and hour)

        var erased = await visitor.GetPageAsync("/");

        Assert.DoesNotContain(Published, erased.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(erased.QuerySelector("section[aria-labelledby=bereikt] blockquote"));
    }

    private sealed record Placement(string Volunteer);

    private async Task<Placement> PlaceAsync(string title)
    {
        var (client, _, organisation) = await factory.SignedInMemberAsync();
        using var signedIn = client;
        var vacancy = await factory.VacancyAsync(organisation.Id, title);
        var volunteer = await factory.UserAsync(PortalRoles.Volunteer);
        var applicationId = await factory.ApplyAsync(vacancy.Id, volunteer);
        var url = $"/organisatie/vacatures/{vacancy.Id}/reacties";
        AssertRedirect(await client.SubmitFormAsync(url, new Dictionary<string, string> { ["Selected"] = applicationId.ToString(CultureInfo.InvariantCulture), ["Action"] = "Placed" }), url);
        return new Placement(volunteer.Email!);
    }

    private async Task AnswerAsync(string volunteerEmail, string story, bool website)
    {
        var mail = Assert.Single(factory.Mail.To(volunteerEmail), m => m.Body.Contains("/hoe-gaat-het?token=", StringComparison.Ordinal));
        using var anonymous = factory.CreatePortalClient();
        var fields = new Dictionary<string, string> { ["Rating"] = "5", ["StillActive"] = "true", ["Story"] = story, ["StoryMayBeUsed"] = "true" };
        if (website)
        {
            fields["StoryMayBePublished"] = "true";
        }

        var response = await anonymous.SubmitFormAsync(Mailbox.LinkIn(mail, "/hoe-gaat-het"), fields);
        Assert.Contains("Bedankt!", (await PortalClient.ReadPageAsync(response)).QuerySelector("main")!.TextContent);
        var saved = await factory.WithDbAsync((db, _) => db.PlacementFollowUps.AsNoTracking().SingleAsync(f => f.Story == story));
        Assert.Equal(website, saved.StoryMayBePublished);
    }
}
