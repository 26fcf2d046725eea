using System.Net;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Features.BackOffice.Mediations;

/// <summary>Every route of the mediation pages, for the access tests.</summary>
public static class MediationRoutes
{
    public static IEnumerable<string> Gets(int id) =>
    [
        "/beheer/bemiddelingen",
        "/beheer/bemiddelingen/nieuw",
        $"/beheer/bemiddelingen/{id}",
        $"/beheer/bemiddelingen/{id}/intake",
        $"/beheer/bemiddelingen/{id}/nazorg",
        $"/beheer/bemiddelingen/{id}/persoon/gegevens",
    ];

    public static IEnumerable<string> Posts(int id, int proposalId) =>
    [
        $"/beheer/bemiddelingen/{id}/toewijzen",
        $"/beheer/bemiddelingen/{id}/intake",
        $"/beheer/bemiddelingen/{id}/notities",
        $"/beheer/bemiddelingen/{id}/voorstellen",
        $"/beheer/bemiddelingen/{id}/voorstellen/{proposalId}/accepteren",
        $"/beheer/bemiddelingen/{id}/voorstellen/{proposalId}/afwijzen",
        $"/beheer/bemiddelingen/{id}/voorstellen/{proposalId}/plaatsen",
        $"/beheer/bemiddelingen/{id}/nazorg",
        $"/beheer/bemiddelingen/{id}/afsluiten",
        $"/beheer/bemiddelingen/{id}/persoon/verwijderen",
    ];

    /// <summary>"nieuw" is a POST route too, without a case id.</summary>
    public static IEnumerable<string> AllPosts(int id, int proposalId) => Posts(id, proposalId).Prepend("/beheer/bemiddelingen/nieuw");
}

/// <summary>A case with a proposal exists; volunteers, organisation members, the municipality and visitors get none of it.</summary>
public sealed class MediationAccessFixture : MediationFixture
{
    public int CaseId { get; private set; }

    public int ProposalId { get; private set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var vacancy = await this.OpenVacancyAsync("Klussen in de wijk");
        (CaseId, ProposalId) = await WithDbAsync(async (db, _) =>
        {
            var now = Clock.GetUtcNow();
            var volunteer = Domain.Volunteers.Volunteer.WithoutAccount("Tim Bos", null, null, true, Staff.Id, now);
            db.Volunteers.Add(volunteer);
            await db.SaveChangesAsync();
            var mediation = Domain.Mediations.Mediation.Open(volunteer.Id, null, Staff.Id, now);
            mediation.RecordIntake(new() { ReferralSource = Domain.Mediations.ReferralSource.Self, Wishes = "Klussen" }, Staff.Id, now);
            mediation.AddNote("Vertrouwelijke notitie", Staff.Id, now);
            var proposal = mediation.Propose(vacancy.Id, Staff.Id, now);
            db.Mediations.Add(mediation);
            await db.SaveChangesAsync();
            return (mediation.Id, proposal.Id);
        });
    }
}

public sealed class MediationAccessTests(MediationAccessFixture factory) : IClassFixture<MediationAccessFixture>
{
    [Theory]
    [InlineData(PortalRoles.Volunteer)]
    [InlineData(PortalRoles.OrganisationMember)]
    [InlineData(PortalRoles.Municipality)]
    public async Task Volunteers_organisation_members_and_the_municipality_are_refused_on_every_route(string role)
    {
        var user = await factory.UserAsync(role);
        using var client = await factory.SignedInAsync(user);

        // A valid token for this user (from the sign-out form), so only authorisation can refuse.
        var token = (await client.GetPageAsync("/")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        foreach (var url in MediationRoutes.Gets(factory.CaseId))
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"GET {url}: {(int)response.StatusCode}");
        }

        foreach (var url in MediationRoutes.AllPosts(factory.CaseId, factory.ProposalId))
        {
            var response = await client.Http.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["NoteText"] = "Ingebroken",
                ["Name"] = "Ingebroken",
                ["Consent"] = "true",
                ["PersonAsked"] = "true",
            }));
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"POST {url}: {(int)response.StatusCode}");
        }

        await AssertUnchangedAsync();
        Assert.DoesNotContain(factory.Audit.Entries, e => e.StaffUserId == user.Id);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_the_login_page_on_every_route()
    {
        using var client = factory.CreatePortalClient();

        foreach (var url in MediationRoutes.Gets(factory.CaseId))
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"GET {url}: {(int)response.StatusCode}");
            Assert.StartsWith("https://localhost/account/inloggen?ReturnUrl=%2Fbeheer%2Fbemiddelingen", response.Headers.Location!.ToString());
        }

        foreach (var url in MediationRoutes.AllPosts(factory.CaseId, factory.ProposalId))
        {
            var response = await client.Http.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["NoteText"] = "Ingebroken" }));
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"POST {url}: {(int)response.StatusCode}");
            Assert.StartsWith("https://localhost/account/inloggen", response.Headers.Location!.ToString());
        }

        await AssertUnchangedAsync();
    }

    [Fact]
    public async Task A_staff_post_without_an_antiforgery_token_is_refused()
    {
        using var client = await factory.SignedInAsync(factory.Staff);

        var response = await client.Http.PostAsync($"/beheer/bemiddelingen/{factory.CaseId}/notities", new FormUrlEncodedContent(new Dictionary<string, string> { ["NoteText"] = "Zonder token" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertUnchangedAsync();
    }

    private async Task AssertUnchangedAsync()
    {
        var mediation = await factory.WithDbAsync((db, _) => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Mediations, m => m.Id == factory.CaseId));
        Assert.Equal(Domain.Mediations.MediationStatus.Proposing, mediation.Status);
        Assert.Single(mediation.Notes);
        Assert.Equal(Domain.Mediations.ProposalStatus.Open, Assert.Single(mediation.Proposals).Status);
    }
}
