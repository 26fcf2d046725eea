using System.Net;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Tests.Support;
using static VrijwilligersPortal.Web.Tests.Features.Organisation.OrganisationTestData;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Audit;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Organisations;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Settings;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Staff;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Volunteers;
using VrijwilligersPortal.Web.Tests.Jobs;

namespace VrijwilligersPortal.Web.Tests.Features.BackOffice;

public class ModerationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Staff_approve_a_pending_organisation_recorded_audited_and_mailed_to_its_members()
    {
        var member = await factory.UserAsync(PortalRoles.OrganisationMember, name: "Peter Bakker");
        var organisation = await factory.OrganisationAsync(member.Id, OrganisationStatus.Pending, "Buurthuis De Linde");
        var (staff, staffUser) = await factory.SignedInStaffAsync();

        var page = await staff.GetPageAsync($"/beheer/organisaties/{organisation.Id}");
        Assert.Contains("Buurthuis De Linde", page.QuerySelector("h1")!.TextContent);
        var approved = await staff.SubmitFormAsync(page, $"/beheer/organisaties/{organisation.Id}", new Dictionary<string, string>(), $"form[action='/beheer/organisaties/{organisation.Id}/goedkeuren']");

        AssertRedirect(approved, $"/beheer/organisaties/{organisation.Id}");
        var stored = await factory.WithDbAsync((db, _) => db.Organisations.AsNoTracking().Include(o => o.History).SingleAsync(o => o.Id == organisation.Id));
        Assert.Equal(OrganisationStatus.Approved, stored.Status);
        Assert.Equal(staffUser.Id, stored.History[^1].By);
        Assert.Equal(factory.Clock.GetUtcNow(), stored.History[^1].At);
        var entry = Assert.Single(await factory.AuditAsync("organisation.approve"), e => e.RecordId == organisation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(staffUser.Id, entry.UserId);
        Assert.Equal("Organisation", entry.RecordType);
        Assert.Contains("Buurthuis De Linde", factory.Mail.Single(member.Email!, "is goedgekeurd").Subject);

        // The page now shows who decided, and offers suspension instead of approval.
        var after = await staff.GetPageAsync($"/beheer/organisaties/{organisation.Id}");
        Assert.Contains("door Mila Medewerker", after.QuerySelector("main")!.TextContent);
        Assert.Null(after.QuerySelector($"form[action='/beheer/organisaties/{organisation.Id}/goedkeuren']"));
        Assert.NotNull(after.QuerySelector($"form[action='/beheer/organisaties/{organisation.Id}/schorsen']"));
    }

    [Fact]
    public async Task Rejecting_needs_a_reason_that_the_members_receive()
    {
        var member = await factory.UserAsync(PortalRoles.OrganisationMember, name: "Peter Bakker");
        var organisation = await factory.OrganisationAsync(member.Id, OrganisationStatus.Pending, "Handelsonderneming Winst BV");
        var (staff, _) = await factory.SignedInStaffAsync();
        var url = $"/beheer/organisaties/{organisation.Id}";
        var form = $"form[action='{url}/afwijzen']";

        var empty = await staff.SubmitFormAsync(url, new Dictionary<string, string> { ["Reason"] = "  " }, form);

        var refused = await PortalClient.ReadPageAsync(empty);
        Assert.Contains("Geef een reden", refused.QuerySelector("#Reason-fout")!.TextContent);
        Assert.Equal("true", refused.QuerySelector("#Reason")!.GetAttribute("aria-invalid"));
        Assert.Equal(OrganisationStatus.Pending, (await StatusAsync(organisation.Id)).Status);
        Assert.Empty(await factory.AuditAsync("organisation.reject"));

        var rejected = await staff.SubmitFormAsync(url, new Dictionary<string, string> { ["Reason"] = "Een bedrijf met winstoogmerk plaatst geen vrijwilligerswerk." }, form);

        AssertRedirect(rejected, url);
        var stored = await StatusAsync(organisation.Id);
        Assert.Equal(OrganisationStatus.Rejected, stored.Status);
        Assert.Equal("Een bedrijf met winstoogmerk plaatst geen vrijwilligerswerk.", stored.StatusReason);
        Assert.Contains("winstoogmerk", factory.Mail.Single(member.Email!, "niet goedgekeurd").Body);
        Assert.Single(await factory.AuditAsync("organisation.reject"));
    }

    [Fact]
    public async Task Staff_suspend_and_reinstate_an_organisation_and_its_vacancies_leave_and_return_to_the_public_list()
    {
        var (memberClient, member, organisation) = await factory.SignedInMemberAsync(name: "Sportclub Oost");
        memberClient.Dispose();
        await factory.VacancyAsync(organisation.Id, "Trainer voor de jeugd");
        var (staff, _) = await factory.SignedInStaffAsync();
        var url = $"/beheer/organisaties/{organisation.Id}";

        AssertRedirect(await staff.SubmitFormAsync(url, new Dictionary<string, string> { ["Reason"] = "Meerdere klachten van vrijwilligers." }, $"form[action='{url}/schorsen']"), url);

        Assert.Equal(OrganisationStatus.Suspended, (await StatusAsync(organisation.Id)).Status);
        Assert.Contains("klachten", factory.Mail.Single(member.Email!, "is geschorst").Body);
        var list = await staff.GetPageAsync("/vacatures?q=Trainer");
        Assert.DoesNotContain("Trainer voor de jeugd", list.QuerySelector("main")!.TextContent);

        AssertRedirect(await staff.SubmitFormAsync(url, new Dictionary<string, string>(), $"form[action='{url}/heractiveren']"), url);

        Assert.Equal(OrganisationStatus.Approved, (await StatusAsync(organisation.Id)).Status);
        Assert.Single(factory.Mail.To(member.Email!).Select(m => m.Subject), s => s.Contains("weer actief", StringComparison.Ordinal));
        Assert.Contains("Trainer voor de jeugd", (await staff.GetPageAsync("/vacatures?q=Trainer")).QuerySelector("main")!.TextContent);
        Assert.Single(await factory.AuditAsync("organisation.suspend"));
        Assert.Single(await factory.AuditAsync("organisation.reinstate"));
    }

    [Fact]
    public async Task A_vacancy_sent_back_shows_the_comment_to_the_organisation_and_once_resubmitted_staff_publish_it()
    {
        var (memberClient, member, organisation) = await factory.SignedInMemberAsync(name: "Voedselbank Zuid");
        var vacancy = await factory.VacancyAsync(organisation.Id, "Chauffeur op vrijdag", VacancyStatus.Submitted);
        var (staff, staffUser) = await factory.SignedInStaffAsync();
        var url = $"/beheer/vacatures/{vacancy.Id}";
        Assert.Contains("Chauffeur op vrijdag", (await staff.GetPageAsync("/beheer/vacatures")).QuerySelector("main")!.TextContent);

        var empty = await staff.SubmitFormAsync(url, new Dictionary<string, string> { ["Comment"] = "" }, "#terugsturen");
        Assert.Contains("Schrijf wat de organisatie moet aanpassen", (await PortalClient.ReadPageAsync(empty)).QuerySelector("#Comment-fout")!.TextContent);
        Assert.Equal(VacancyStatus.Submitted, (await VacancyAsync(vacancy.Id)).Status);

        AssertRedirect(await staff.SubmitFormAsync(url, new Dictionary<string, string> { ["Comment"] = "Noem welk rijbewijs nodig is." }, "#terugsturen"), "/beheer/vacatures");

        var sentBack = await VacancyAsync(vacancy.Id);
        Assert.Equal(VacancyStatus.Draft, sentBack.Status);
        Assert.Equal("Noem welk rijbewijs nodig is.", sentBack.ReviewComment);
        Assert.Equal(staffUser.Id, sentBack.History[^1].By);
        Assert.Contains("Noem welk rijbewijs nodig is.", factory.Mail.Single(member.Email!, "teruggestuurd").Body);
        var edit = await memberClient.GetPageAsync($"/organisatie/vacatures/{vacancy.Id}/bewerken");
        Assert.Contains("Noem welk rijbewijs nodig is.", edit.QuerySelector("main")!.TextContent);
        Assert.Single(await factory.AuditAsync("vacancy.send-back"), e => e.RecordId == vacancy.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // The organisation submits again; staff publish it and it is public.
        await factory.WithDbAsync(async (db, _) =>
        {
            var stored = await db.Vacancies.SingleAsync(v => v.Id == vacancy.Id);
            stored.Submit(true, member.Id, factory.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });
        AssertRedirect(await staff.SubmitFormAsync(url, new Dictionary<string, string>(), $"form[action='{url}/publiceren']"), "/beheer/vacatures");

        Assert.Equal(VacancyStatus.Published, (await VacancyAsync(vacancy.Id)).Status);
        Assert.Single(factory.Mail.To(member.Email!), m => m.Subject.Contains("staat online", StringComparison.Ordinal));
        Assert.Contains("Chauffeur op vrijdag", (await staff.GetPageAsync("/vacatures?q=Chauffeur")).QuerySelector("main")!.TextContent);
        Assert.Single(await factory.AuditAsync("vacancy.publish"), e => e.UserId == staffUser.Id);
    }

    [Fact]
    public async Task Publishing_twice_or_a_vacancy_of_a_suspended_organisation_shows_the_refusal_instead_of_an_error()
    {
        var member = await factory.UserAsync(PortalRoles.OrganisationMember);
        var organisation = await factory.OrganisationAsync(member.Id, name: "Kinderboerderij");
        var vacancy = await factory.VacancyAsync(organisation.Id, "Dierenverzorger", VacancyStatus.Submitted);
        var (staff, _) = await factory.SignedInStaffAsync();
        var url = $"/beheer/vacatures/{vacancy.Id}";
        var page = await staff.GetPageAsync(url);
        await factory.WithDbAsync(async (db, _) =>
        {
            var stored = await db.Organisations.SingleAsync(o => o.Id == organisation.Id);
            stored.Suspend("Klachten.", Guid.NewGuid(), factory.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });

        var response = await staff.SubmitFormAsync(page, url, new Dictionary<string, string>(), $"form[action='{url}/publiceren']");

        var refused = await PortalClient.ReadPageAsync(response);
        Assert.Contains("geschorst", refused.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal(VacancyStatus.Submitted, (await VacancyAsync(vacancy.Id)).Status);
    }

    [Fact]
    public async Task Unknown_ids_are_not_found()
    {
        var (staff, _) = await factory.SignedInStaffAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("/beheer/organisaties/99999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync("/beheer/vacatures/99999")).StatusCode);
    }

    [Theory]
    [InlineData("/beheer/vacatures?status=999&pagina=-3")]
    [InlineData("/beheer/vacatures?status=onzin")]
    [InlineData("/beheer/organisaties?status=42&pagina=99999&q=%25")]
    [InlineData("/beheer/vrijwilligers?pagina=0&categorie=bestaat-niet")]
    public async Task Tampered_filters_show_a_page_instead_of_an_error(string url)
    {
        var (staff, _) = await factory.SignedInStaffAsync();

        await staff.GetPageAsync(url);
    }

    private Task<Domain.Organisations.Organisation> StatusAsync(int id) =>
        factory.WithDbAsync((db, _) => db.Organisations.AsNoTracking().SingleAsync(o => o.Id == id));

    private Task<Vacancy> VacancyAsync(int id) =>
        factory.WithDbAsync((db, _) => db.Vacancies.AsNoTracking().Include(v => v.History).SingleAsync(v => v.Id == id));
}
