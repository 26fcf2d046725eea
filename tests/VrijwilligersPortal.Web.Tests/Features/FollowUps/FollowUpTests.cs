using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VrijwilligersPortal.Domain.FollowUps;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Features.FollowUps;
using VrijwilligersPortal.Web.Tests.Support;
using static VrijwilligersPortal.Web.Tests.Features.Organisation.OrganisationTestData;
using VrijwilligersPortal.Web.Jobs;

namespace VrijwilligersPortal.Web.Tests.Features.FollowUps;

/// <summary>The portal with links to a known address and the follow-up loop off: the tests run the job themselves.</summary>
public sealed class FollowUpFactory : PortalFactory
{
    public const string SiteUrl = "https://vacatures.example.nl";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Portal:PublicBaseUrl", SiteUrl);
        builder.UseSetting("Alerts:CheckEvery", "00:00:00");
        builder.UseSetting("FollowUps:CheckEvery", "00:00:00");
    }
}

/// <summary>
/// "Hoe gaat het?" after a placement: placing schedules the two follow-ups, the job mails them
/// once with a link that works without logging in, the form answers once, and forged, expired,
/// repeated and bad input all end on a clear page with nothing saved twice. Staff read the
/// answers; the volunteer's export holds them; erasure keeps only the anonymous figures.
/// </summary>
public class FollowUpTests(FollowUpFactory factory) : IClassFixture<FollowUpFactory>
{
    private static readonly TimeSpan SixWeeks = TimeSpan.FromDays(42);

    [Fact]
    public async Task Placing_schedules_both_follow_ups_and_the_job_mails_them_once_after_six_weeks_with_a_link_that_works_without_logging_in()
    {
        var placement = await PlaceAsync("Taalmaatje");
        var placedAt = factory.Clock.GetUtcNow();

        var scheduled = await FollowUpsOfAsync(placement.ApplicationId);
        Assert.Equal([FollowUpRespondent.Volunteer, FollowUpRespondent.Organisation], scheduled.Select(f => f.Respondent).Order());
        Assert.All(scheduled, f => Assert.Equal(placedAt + SixWeeks, f.DueAt));

        var job = factory.Services.GetRequiredService<FollowUpJob>();
        factory.Clock.Advance(SixWeeks - TimeSpan.FromMinutes(1));
        await job.RunOnceAsync();
        Assert.Empty(FollowUpMails(placement.VolunteerEmail));
        Assert.Empty(FollowUpMails(placement.ContactEmail));

        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var run = await job.RunOnceAsync();
        await job.RunOnceAsync();

        Assert.True(run.Ran);
        var toVolunteer = Assert.Single(FollowUpMails(placement.VolunteerEmail));
        Assert.Contains("Hallo Ayla Demir", toVolunteer.Body);
        Assert.Contains("Natuurgroep Kromme Rijn (Taalmaatje)", toVolunteer.Body);
        Assert.Contains($"{FollowUpFactory.SiteUrl}/hoe-gaat-het?token=", toVolunteer.Body);
        var toOrganisation = Assert.Single(FollowUpMails(placement.ContactEmail));
        Assert.Contains("Hallo Peter Bakker", toOrganisation.Body);
        Assert.Contains("is Ayla Demir bij jullie begonnen als vrijwilliger (Taalmaatje)", toOrganisation.Body);
        Assert.NotEqual(Mailbox.LinkIn(toVolunteer, "/hoe-gaat-het"), Mailbox.LinkIn(toOrganisation, "/hoe-gaat-het"));
        Assert.All(await FollowUpsOfAsync(placement.ApplicationId), f => Assert.Equal(factory.Clock.GetUtcNow(), f.SentAt));

        // The volunteer opens the link in a browser that never logged in, and answers.
        using var anonymous = factory.CreatePortalClient();
        var link = Mailbox.LinkIn(toVolunteer, "/hoe-gaat-het");
        var page = await anonymous.GetPageAsync(link);
        Assert.Contains("Natuurgroep Kromme Rijn", page.QuerySelector("main")!.TextContent);
        Assert.NotNull(page.QuerySelector("form[action='/hoe-gaat-het'] input[name='__RequestVerificationToken']"));
        Assert.Equal(5, page.QuerySelectorAll("fieldset#Rating input[type=radio][name=Rating]").Length);
        Assert.NotNull(page.QuerySelector("fieldset#Rating > legend"));
        Assert.Null((await FollowUpsOfAsync(placement.ApplicationId)).Single(f => f.Respondent == FollowUpRespondent.Volunteer).AnsweredAt); // opening changes nothing

        var answered = await anonymous.SubmitFormAsync(page, link, new Dictionary<string, string>
        {
            ["Rating"] = "4",
            ["StillActive"] = "true",
            ["Story"] = "Elke woensdag oefen ik Nederlands met Samira.",
            ["StoryMayBeUsed"] = "true",
        });

        var thanks = await PortalClient.ReadPageAsync(answered);
        Assert.Contains("Bedankt!", thanks.QuerySelector("main [role=status]")!.TextContent);
        var saved = (await FollowUpsOfAsync(placement.ApplicationId)).Single(f => f.Respondent == FollowUpRespondent.Volunteer);
        Assert.Equal((4, true, "Elke woensdag oefen ik Nederlands met Samira.", true), (saved.Rating, saved.StillActive, saved.Story, saved.StoryMayBeUsed));
        Assert.Equal(factory.Clock.GetUtcNow(), saved.AnsweredAt);
    }

    [Fact]
    public async Task Bad_input_gets_a_Dutch_message_next_to_each_field_keeps_the_typing_and_saves_nothing()
    {
        var (link, applicationId) = await MailedLinkAsync("Voorlezen", FollowUpRespondent.Organisation);
        using var anonymous = factory.CreatePortalClient();
        var page = await anonymous.GetPageAsync(link);
        var story = "Ze leest voor aan groep 3. " + new string('x', PlacementFollowUp.StoryMaxLength);

        var response = await anonymous.SubmitFormAsync(page, link, new Dictionary<string, string> { ["Story"] = story, ["StoryMayBeUsed"] = "true" });

        var again = await PortalClient.ReadPageAsync(response);
        Assert.Contains("Kies hoe het gaat: een cijfer van 1 tot en met 5.", again.QuerySelector("#Rating-fout")!.TextContent);
        Assert.Contains("Kies ja of nee.", again.QuerySelector("#StillActive-fout")!.TextContent);
        Assert.Contains($"hoogstens {PlacementFollowUp.StoryMaxLength} tekens", again.QuerySelector("#Story-fout")!.TextContent);
        Assert.Equal(story, ((IHtmlTextAreaElement)again.QuerySelector("textarea[name=Story]")!).Value);
        Assert.NotNull(again.QuerySelector("#StoryMayBeUsed[checked]"));
        Assert.NotNull(again.QuerySelector(".error-summary a[href='#Rating']"));

        // A rating outside 1-5 and a value that is no number are refused the same way, the choices kept.
        foreach (var rating in new[] { "9", "vier" })
        {
            var refused = await PortalClient.ReadPageAsync(await anonymous.SubmitFormAsync(again, link, new Dictionary<string, string> { ["Rating"] = rating, ["StillActive"] = "false", ["Story"] = "Kort." }));
            Assert.NotNull(refused.QuerySelector("#Rating-fout"));
            Assert.Null(refused.QuerySelector("#StillActive-fout:not(:empty)"));
            Assert.NotNull(refused.QuerySelector("#actief-nee[checked]"));
        }

        Assert.All(await FollowUpsOfAsync(applicationId), f => Assert.Null(f.AnsweredAt));
    }

    [Fact]
    public async Task A_forged_link_a_used_link_and_an_expired_link_each_get_a_clear_page_and_nothing_is_saved_twice()
    {
        var placement = await PlaceAsync("Tuinieren");
        factory.Clock.Advance(SixWeeks);
        await factory.Services.GetRequiredService<FollowUpJob>().RunOnceAsync();
        var volunteerLink = Mailbox.LinkIn(Assert.Single(FollowUpMails(placement.VolunteerEmail)), "/hoe-gaat-het");
        var organisationLink = Mailbox.LinkIn(Assert.Single(FollowUpMails(placement.ContactEmail)), "/hoe-gaat-het");
        using var anonymous = factory.CreatePortalClient();

        // Forged: one character of the token changed.
        var token = Uri.UnescapeDataString(volunteerLink[(volunteerLink.IndexOf("token=", StringComparison.Ordinal) + 6)..]);
        var forged = token[..10] + (token[10] == 'A' ? 'B' : 'A') + token[11..];
        var forgedPage = await anonymous.GetPageAsync($"/hoe-gaat-het?token={Uri.EscapeDataString(forged)}", HttpStatusCode.BadRequest);
        Assert.Contains("Deze link klopt niet", forgedPage.QuerySelector("main")!.TextContent);
        Assert.Null(forgedPage.QuerySelector("main form"));
        await anonymous.GetPageAsync("/hoe-gaat-het", HttpStatusCode.BadRequest);
        var antiforgery = await anonymous.AntiforgeryTokenAsync("/account/inloggen");
        var forgedPost = await anonymous.Http.PostAsync("/hoe-gaat-het", new FormUrlEncodedContent([new("Token", forged), new("Rating", "1"), new("StillActive", "false"), new("__RequestVerificationToken", antiforgery)]));
        Assert.Equal(HttpStatusCode.BadRequest, forgedPost.StatusCode);

        // Used twice: the second answer (from the same page, or a fresh one) changes nothing.
        var form = await anonymous.GetPageAsync(volunteerLink);
        await anonymous.SubmitFormAsync(form, volunteerLink, new Dictionary<string, string> { ["Rating"] = "5", ["StillActive"] = "true" });
        var second = await PortalClient.ReadPageAsync(await anonymous.SubmitFormAsync(form, volunteerLink, new Dictionary<string, string> { ["Rating"] = "1", ["StillActive"] = "false", ["Story"] = "Toch niet." }));
        Assert.Contains("al beantwoord", second.QuerySelector("main")!.TextContent);
        var reopened = await anonymous.GetPageAsync(volunteerLink);
        Assert.Contains("al beantwoord", reopened.QuerySelector("main")!.TextContent);
        Assert.Null(reopened.QuerySelector("main form"));
        var stored = (await FollowUpsOfAsync(placement.ApplicationId)).Single(f => f.Respondent == FollowUpRespondent.Volunteer);
        Assert.Equal((5, true, (string?)null), (stored.Rating, stored.StillActive, stored.Story));

        // Expired: the organisation's link, opened after its 60 days.
        var organisationForm = await anonymous.GetPageAsync(organisationLink);
        factory.Clock.Advance(TimeSpan.FromDays(60) + TimeSpan.FromMinutes(1));
        var expired = await anonymous.GetPageAsync(organisationLink, HttpStatusCode.Gone);
        Assert.Contains("Deze link is verlopen", expired.QuerySelector("main")!.TextContent);
        var late = await anonymous.SubmitFormAsync(organisationForm, organisationLink, new Dictionary<string, string> { ["Rating"] = "3", ["StillActive"] = "true" });
        Assert.Equal(HttpStatusCode.Gone, late.StatusCode);
        Assert.Null((await FollowUpsOfAsync(placement.ApplicationId)).Single(f => f.Respondent == FollowUpRespondent.Organisation).AnsweredAt);
    }

    [Fact]
    public async Task The_answer_needs_the_antiforgery_token_of_the_page()
    {
        var (link, applicationId) = await MailedLinkAsync("Koffie schenken", FollowUpRespondent.Volunteer);
        using var anonymous = factory.CreatePortalClient();
        var page = await anonymous.GetPageAsync(link);
        var token = ((IHtmlInputElement)page.QuerySelector("input[name=Token]")!).Value;

        var response = await anonymous.Http.PostAsync("/hoe-gaat-het", new FormUrlEncodedContent([new("Token", token), new("Rating", "4"), new("StillActive", "true")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.All(await FollowUpsOfAsync(applicationId), f => Assert.Null(f.AnsweredAt));
    }

    [Fact]
    public async Task Staff_read_the_answers_on_the_organisation_page_and_organisation_members_cannot()
    {
        var placement = await PlaceAsync("Fietsmaatje");
        factory.Clock.Advance(SixWeeks);
        await factory.Services.GetRequiredService<FollowUpJob>().RunOnceAsync();
        await AnswerAsync(Mailbox.LinkIn(Assert.Single(FollowUpMails(placement.ContactEmail)), "/hoe-gaat-het"), "2", "false", "Ayla kwam na drie weken niet meer.", consent: false);
        var staffUser = await factory.UserAsync(PortalRoles.Staff, name: "Mieke Jansen");
        using var staff = factory.CreatePortalClient();
        await staff.LogInAsync(staffUser.Email!);

        var page = await staff.GetPageAsync($"/beheer/organisaties/{placement.OrganisationId}");

        var row = page.QuerySelector($"tr[data-application='{placement.ApplicationId}'][data-respondent='Organisation']")!;
        Assert.Contains("Fietsmaatje – Ayla Demir", row.TextContent);
        Assert.Contains("Ayla kwam na drie weken niet meer.", row.TextContent);
        Assert.Contains("Beantwoord op", row.TextContent);
        var cells = row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["organisatie", cells[1], "2", "nee", "Ayla kwam na drie weken niet meer.", "nee"], cells);
        var pending = page.QuerySelector($"tr[data-application='{placement.ApplicationId}'][data-respondent='Volunteer']")!;
        Assert.Contains("nog geen antwoord", pending.TextContent);

        using var member = factory.CreatePortalClient();
        await member.LogInAsync(placement.MemberEmail);
        var refused = await member.Http.GetAsync($"/beheer/organisaties/{placement.OrganisationId}");
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
    }

    [Fact]
    public async Task The_volunteers_export_holds_their_answer_and_erasure_keeps_only_the_anonymous_figures()
    {
        var placement = await PlaceAsync("Wandelen met ouderen");
        factory.Clock.Advance(TimeSpan.FromDays(1));
        var later = await PlaceAsync("Boodschappen doen", sameVolunteer: placement);
        factory.Clock.Advance(SixWeeks - TimeSpan.FromDays(1));
        await factory.Services.GetRequiredService<FollowUpJob>().RunOnceAsync();
        var mails = FollowUpMails(placement.VolunteerEmail);
        Assert.Single(mails); // the second placement is a day younger: not due yet
        await AnswerAsync(Mailbox.LinkIn(mails[0], "/hoe-gaat-het"), "5", "true", "Meneer Jansen en ik lopen elke vrijdag naar de markt.", consent: true);
        await AnswerAsync(Mailbox.LinkIn(Assert.Single(FollowUpMails(placement.ContactEmail)), "/hoe-gaat-het"), "4", "true", "Ayla is een aanwinst.", consent: true);
        using var volunteer = factory.CreatePortalClient();
        await volunteer.LogInAsync(placement.VolunteerEmail);

        var export = await volunteer.GetAsync("/mijn/gegevens/download");

        using (var json = JsonDocument.Parse(await export.Content.ReadAsStringAsync()))
        {
            var answer = Assert.Single(json.RootElement.GetProperty("nazorg").EnumerateArray());
            Assert.Equal("Wandelen met ouderen", answer.GetProperty("vacature").GetString());
            Assert.Equal(5, answer.GetProperty("hoeGaatHet").GetInt32());
            Assert.True(answer.GetProperty("nogActief").GetBoolean());
            Assert.Equal("Meneer Jansen en ik lopen elke vrijdag naar de markt.", answer.GetProperty("verhaal").GetString());
            Assert.True(answer.GetProperty("verhaalMagZonderNaamGebruiktWorden").GetBoolean());
        }

        var erased = await volunteer.SubmitFormAsync("/mijn/gegevens/verwijderen", new Dictionary<string, string> { ["Password"] = TestData.Password });

        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
        var kept = await FollowUpsOfAsync(placement.ApplicationId);
        Assert.Equal([(4, true), (5, true)], kept.Select(f => (f.Rating!.Value, f.StillActive!.Value)).Order());
        Assert.All(kept, f => Assert.Equal((null, false), (f.Story, f.StoryMayBeUsed)));
        Assert.Empty(await FollowUpsOfAsync(later.ApplicationId)); // never sent: nobody to ask any more
        factory.Clock.Advance(TimeSpan.FromDays(2));
        await factory.Services.GetRequiredService<FollowUpJob>().RunOnceAsync();
        Assert.Single(FollowUpMails(placement.VolunteerEmail));
        Assert.Empty(FollowUpMails(later.ContactEmail));
    }

    private sealed record Placement(int ApplicationId, int OrganisationId, string VolunteerEmail, string ContactEmail, string MemberEmail);

    /// <summary>An organisation member places a volunteer's application through the organisation portal.</summary>
    private async Task<Placement> PlaceAsync(string title, Placement? sameVolunteer = null)
    {
        var (client, member, organisation) = await factory.SignedInMemberAsync();
        using var signedIn = client;
        var contact = TestData.UniqueEmail("contact");
        var vacancy = await factory.VacancyAsync(organisation.Id, title, change: c => c with { ContactEmail = contact });
        var volunteer = sameVolunteer is null
            ? await factory.UserAsync(PortalRoles.Volunteer, name: "Ayla Demir")
            : await factory.WithDbAsync((db, _) => db.Users.SingleAsync(u => u.Email == sameVolunteer.VolunteerEmail));
        var applicationId = await factory.ApplyAsync(vacancy.Id, volunteer);
        var url = $"/organisatie/vacatures/{vacancy.Id}/reacties";
        var placed = await client.SubmitFormAsync(url, new Dictionary<string, string> { ["Selected"] = applicationId.ToString(CultureInfo.InvariantCulture), ["Action"] = "Placed" });
        AssertRedirect(placed, url);
        return new Placement(applicationId, organisation.Id, volunteer.Email!, contact, member.Email!);
    }

    /// <summary>A placement six weeks on, mailed; returns the link one respondent got.</summary>
    private async Task<(string Link, int ApplicationId)> MailedLinkAsync(string title, FollowUpRespondent respondent)
    {
        var placement = await PlaceAsync(title);
        factory.Clock.Advance(SixWeeks);
        await factory.Services.GetRequiredService<FollowUpJob>().RunOnceAsync();
        var to = respondent == FollowUpRespondent.Volunteer ? placement.VolunteerEmail : placement.ContactEmail;
        return (Mailbox.LinkIn(Assert.Single(FollowUpMails(to)), "/hoe-gaat-het"), placement.ApplicationId);
    }

    private async Task AnswerAsync(string link, string rating, string stillActive, string story, bool consent)
    {
        using var anonymous = factory.CreatePortalClient();
        var fields = new Dictionary<string, string> { ["Rating"] = rating, ["StillActive"] = stillActive, ["Story"] = story };
        if (consent)
        {
            fields["StoryMayBeUsed"] = "true";
        }

        var response = await anonymous.SubmitFormAsync(link, fields);
        Assert.Contains("Bedankt!", (await PortalClient.ReadPageAsync(response)).QuerySelector("main")!.TextContent);
    }

    private IReadOnlyList<Mail> FollowUpMails(string address) =>
        factory.Mail.To(address).Where(m => m.Body.Contains("/hoe-gaat-het?token=", StringComparison.Ordinal)).ToList();

    private Task<List<PlacementFollowUp>> FollowUpsOfAsync(int applicationId) =>
        factory.WithDbAsync((db, _) => db.PlacementFollowUps.AsNoTracking().Where(f => f.ApplicationId == applicationId).ToListAsync());
}
