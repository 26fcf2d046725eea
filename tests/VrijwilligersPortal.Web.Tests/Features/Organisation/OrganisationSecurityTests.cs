using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Tests.Support;
using static VrijwilligersPortal.Web.Tests.Features.Organisation.OrganisationTestData;
using VrijwilligersPortal.Web.Tests.Features.Organisation.Applications;
using VrijwilligersPortal.Web.Tests.Features.Organisation.Invitations;
using VrijwilligersPortal.Web.Tests.Features.Organisation.Members;
using VrijwilligersPortal.Web.Tests.Features.Organisation.Registration;
using VrijwilligersPortal.Web.Tests.Features.Organisation.Vacancies;

namespace VrijwilligersPortal.Web.Tests.Features.Organisation;

/// <summary>Two organisations, each with a published vacancy, an application and an open invitation.</summary>
public sealed class TwoOrganisationsFixture : PortalFactory, IAsyncLifetime
{
    public PortalUser Mine { get; private set; } = null!;

    public PortalUser Theirs { get; private set; } = null!;

    public int MyOrganisation { get; private set; }

    public int TheirOrganisation { get; private set; }

    public int MyVacancy { get; private set; }

    public int MyDraft { get; private set; }

    public int TheirVacancy { get; private set; }

    public int MyApplication { get; private set; }

    public int TheirApplication { get; private set; }

    public int TheirInvitation { get; private set; }

    public async Task InitializeAsync()
    {
        Mine = await this.UserAsync(PortalRoles.OrganisationMember, name: "Peter Bakker");
        Theirs = await this.UserAsync(PortalRoles.OrganisationMember, name: "Els Mulder");
        MyOrganisation = (await this.OrganisationAsync(Mine.Id, name: "Mijn Club")).Id;
        TheirOrganisation = (await this.OrganisationAsync(Theirs.Id, name: "Andere Stichting")).Id;
        MyVacancy = (await this.VacancyAsync(MyOrganisation, "Mijn vacature")).Id;
        MyDraft = (await this.VacancyAsync(MyOrganisation, "Mijn concept", VacancyStatus.Draft)).Id;
        TheirVacancy = (await this.VacancyAsync(TheirOrganisation, "Hun vacature", change: c => c with { Places = 5 })).Id;
        var volunteer = await this.UserAsync(PortalRoles.Volunteer);
        MyApplication = await this.ApplyAsync(MyVacancy, volunteer);
        TheirApplication = await this.ApplyAsync(TheirVacancy, volunteer);
        TheirInvitation = await WithDbAsync(async (db, _) =>
        {
            var organisation = await db.Organisations.Include(o => o.Invitations).SingleAsync(o => o.Id == TheirOrganisation);
            var invitation = organisation.Invite("nieuw@example.nl", "hash-van-hun-uitnodiging", Theirs.Id, Clock.GetUtcNow());
            await db.SaveChangesAsync();
            return invitation.Id;
        });
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

public class OrganisationSecurityTests(TwoOrganisationsFixture factory) : IClassFixture<TwoOrganisationsFixture>
{
    public static TheoryData<string> PagesWithAnId() =>
    [
        "/organisatie/vacatures/{vacancy}/bewerken",
        "/organisatie/vacatures/{vacancy}/reacties",
    ];

    public static TheoryData<string> PostsWithAnId() =>
    [
        "/organisatie/vacatures/{vacancy}/bewerken",
        "/organisatie/vacatures/{vacancy}/indienen",
        "/organisatie/vacatures/{vacancy}/pauzeren",
        "/organisatie/vacatures/{vacancy}/hervatten",
        "/organisatie/vacatures/{vacancy}/vervuld",
        "/organisatie/vacatures/{vacancy}/intrekken",
        "/organisatie/vacatures/{vacancy}/dupliceren",
        "/organisatie/vacatures/{vacancy}/reacties",
        "/organisatie/leden/{member}/verwijderen",
        "/organisatie/leden/uitnodigingen/{invitation}/intrekken",
    ];

    [Theory]
    [MemberData(nameof(PagesWithAnId))]
    public async Task A_page_of_another_organisation_is_not_found(string route)
    {
        using var client = await SignedInAsync();

        var mine = await client.GetAsync(Fill(route, factory.MyVacancy));
        var theirs = await client.GetAsync(Fill(route, factory.TheirVacancy));

        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
        Assert.DoesNotContain("Hun vacature", await theirs.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(PostsWithAnId))]
    public async Task A_change_to_another_organisations_data_is_not_found_and_changes_nothing(string route)
    {
        using var client = await SignedInAsync();
        var before = await SnapshotAsync();

        var response = await client.PostAsync(Fill(route, factory.TheirVacancy), new Dictionary<string, string>
        {
            ["Title"] = "Overgenomen",
            ["Description"] = "Overgenomen",
            ["Selected"] = factory.TheirApplication.ToString(CultureInfo.InvariantCulture),
            ["Action"] = "Declined",
            ["Reason"] = "Overgenomen",
        });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Answering_with_another_vacancys_application_id_is_not_found_and_changes_nothing()
    {
        using var client = await SignedInAsync();
        var page = await client.GetPageAsync($"/organisatie/vacatures/{factory.MyVacancy}/reacties");
        var before = await SnapshotAsync();

        var response = await client.SubmitFormAsync(page, $"/organisatie/vacatures/{factory.MyVacancy}/reacties", new Dictionary<string, string>
        {
            ["Selected"] = factory.TheirApplication.ToString(CultureInfo.InvariantCulture),
            ["Action"] = "Placed",
        });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, await SnapshotAsync());
        Assert.Equal(ApplicationStatus.Submitted, (await factory.ApplicationAsync(factory.MyApplication)).Status);
    }

    [Fact]
    public async Task An_over_posted_vacancy_form_cannot_set_organisation_status_or_counters()
    {
        using var client = await SignedInAsync();

        var response = await client.SubmitFormAsync($"/organisatie/vacatures/{factory.MyDraft}/bewerken", new Dictionary<string, string>
        {
            ["Title"] = "Mijn concept, bijgewerkt",
            ["Id"] = factory.TheirVacancy.ToString(CultureInfo.InvariantCulture),
            ["OrganisationId"] = factory.TheirOrganisation.ToString(CultureInfo.InvariantCulture),
            ["Status"] = "Published",
            ["ClosedReason"] = "Filled",
            ["ViewCount"] = "999",
            ["Version"] = "77",
            ["PublishedAt"] = "2026-01-01",
        }, "form.vacancy-form");

        AssertRedirect(response, "/organisatie/vacatures");
        var draft = await factory.VacancyByIdAsync(factory.MyDraft);
        Assert.Equal("Mijn concept, bijgewerkt", draft.Title);
        Assert.Equal((factory.MyOrganisation, VacancyStatus.Draft, 0, null, null), (draft.OrganisationId, draft.Status, draft.ViewCount, draft.ClosedReason, draft.PublishedAt));
        Assert.Equal("Hun vacature", (await factory.VacancyByIdAsync(factory.TheirVacancy)).Title);
    }

    [Fact]
    public async Task An_over_posted_registration_cannot_approve_itself_or_skip_the_account()
    {
        using var anonymous = factory.CreatePortalClient();
        var fields = new Dictionary<string, string>
        {
            ["NeedsAccount"] = "false",
            ["Status"] = "Approved",
            ["Name"] = "Zelfgoedgekeurd",
            ["Kind"] = "Other",
            ["Postcode"] = "3511",
            ["Place"] = "Utrecht",
            ["Description"] = "Probeert de centrale over te slaan.",
            ["ContactName"] = "Iemand",
            ["ContactEmail"] = "iemand@example.nl",
        };

        var withoutAccount = await PortalClient.ReadPageAsync(await anonymous.SubmitFormAsync("/organisatie/aanmelden", fields));
        Assert.NotNull(withoutAccount.QuerySelector("#Email-fout"));
        Assert.False(await factory.WithDbAsync((db, _) => db.Organisations.AnyAsync(o => o.Name == "Zelfgoedgekeurd")));

        using var client = await SignedInAsync();
        AssertRedirect(await client.SubmitFormAsync("/organisatie/aanmelden", fields), "/organisatie");
        var registered = await factory.WithDbAsync((db, _) => db.Organisations.AsNoTracking().SingleAsync(o => o.Name == "Zelfgoedgekeurd"));
        Assert.Equal(OrganisationStatus.Pending, registered.Status);
        Assert.Equal([factory.Mine.Id], registered.Members.Select(m => m.UserId));
    }

    private async Task<PortalClient> SignedInAsync()
    {
        var client = factory.CreatePortalClient();
        await client.LogInAsync(factory.Mine.Email!);
        return client;
    }

    private string Fill(string route, int vacancy) => route
        .Replace("{vacancy}", vacancy.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{member}", factory.Theirs.Id.ToString(), StringComparison.Ordinal)
        .Replace("{invitation}", factory.TheirInvitation.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>Everything of the other organisation a forged request could touch.</summary>
    private Task<string> SnapshotAsync() => factory.WithDbAsync(async (db, _) =>
    {
        var vacancies = await db.Vacancies.AsNoTracking().Where(v => v.OrganisationId == factory.TheirOrganisation)
            .Select(v => $"{v.Id}:{v.Title}:{v.Status}:{v.Version}").ToListAsync();
        var application = await db.Applications.AsNoTracking().Where(a => a.Id == factory.TheirApplication).Select(a => $"{a.Status}:{a.DeclineReason}").SingleAsync();
        var organisation = await db.Organisations.AsNoTracking().Include(o => o.Invitations).SingleAsync(o => o.Id == factory.TheirOrganisation);
        var members = string.Join(",", organisation.Members.Select(m => m.UserId));
        var invitations = string.Join(",", organisation.Invitations.Select(i => $"{i.Id}:{i.RevokedAt}"));
        return $"{string.Join("|", vacancies)} / {application} / {members} / {invitations}";
    });
}
