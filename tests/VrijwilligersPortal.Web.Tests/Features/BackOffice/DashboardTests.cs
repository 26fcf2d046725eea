using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Mediations;
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

public class DashboardTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Shows_what_waits_for_staff_with_counts_and_links()
    {
        var member = await factory.UserAsync(PortalRoles.OrganisationMember);
        var pending = await factory.OrganisationAsync(member.Id, OrganisationStatus.Pending, "Speeltuin Het Klimrek");
        var approved = await factory.OrganisationAsync(member.Id, name: "Buurtkeuken West");
        var submitted = await factory.VacancyAsync(approved.Id, "Kok voor de buurtmaaltijd", VacancyStatus.Submitted);
        var published = await factory.VacancyAsync(approved.Id, "Afwasser");
        var now = factory.Clock.GetUtcNow();
        await factory.ApplyAsync(published.Id, await factory.UserAsync(PortalRoles.Volunteer), now.AddDays(-11));
        await factory.ApplyAsync(published.Id, await factory.UserAsync(PortalRoles.Volunteer), now.AddDays(-3));
        var helpSeeker = await factory.UserAsync(PortalRoles.Volunteer);
        await factory.WithDbAsync(async (db, _) =>
        {
            var volunteer = await db.Volunteers.SingleAsync(v => v.UserId == helpSeeker.Id);
            db.Mediations.Add(Mediation.Request(volunteer.Id, "Ik wil graag iets doen, maar weet niet wat.", helpSeeker.Id, now));
            await db.SaveChangesAsync();
        });
        var (staff, _) = await factory.SignedInStaffAsync();

        var page = await staff.GetPageAsync("/beheer");

        var stats = page.QuerySelectorAll(".stat").Select(s => s.TextContent.Trim()).ToList();
        Assert.Contains(stats, s => s.StartsWith('1') && s.Contains("organisaties wachten op goedkeuring", StringComparison.Ordinal));
        Assert.Contains(stats, s => s.StartsWith('1') && s.Contains("vacatures wachten op beoordeling", StringComparison.Ordinal));
        Assert.Contains(stats, s => s.StartsWith('1') && s.Contains("langer dan 10 dagen onbeantwoord", StringComparison.Ordinal));
        Assert.Contains(stats, s => s.StartsWith('1') && s.Contains("nieuwe hulpvragen", StringComparison.Ordinal));
        Assert.Contains(stats, s => s.StartsWith('0') && s.Contains("nazorggesprekken te doen", StringComparison.Ordinal));
        Assert.NotNull(page.QuerySelector("a[href='/beheer/bemiddelingen?status=Requested']"));
        Assert.Equal("Speeltuin Het Klimrek", page.QuerySelector($"a[href='/beheer/organisaties/{pending.Id}']")!.TextContent);
        Assert.Equal("Kok voor de buurtmaaltijd", page.QuerySelector($"a[href='/beheer/vacatures/{submitted.Id}']")!.TextContent);
        var unanswered = page.QuerySelector("#onbeantwoord")!.ParentElement!;
        Assert.Contains("Buurtkeuken West", unanswered.QuerySelector($"a[href='/beheer/organisaties/{approved.Id}']")!.TextContent);
        Assert.Contains("1 onbeantwoord", unanswered.TextContent);
    }

    [Fact]
    public async Task The_organisation_page_shows_the_median_days_to_a_first_answer()
    {
        var member = await factory.UserAsync(PortalRoles.OrganisationMember);
        var organisation = await factory.OrganisationAsync(member.Id, name: "Snelle Reageerders");
        var vacancy = await factory.VacancyAsync(organisation.Id, "Gastvrouw");
        var start = factory.Clock.GetUtcNow().AddDays(-20);
        foreach (var days in new[] { 1, 3, 8 })
        {
            var id = await factory.ApplyAsync(vacancy.Id, await factory.UserAsync(PortalRoles.Volunteer), start);
            await factory.WithDbAsync(async (db, _) =>
            {
                var application = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Applications, a => a.Id == id);
                application.StartContact(member.Id, start.AddDays(days));
                await db.SaveChangesAsync();
            });
        }

        await factory.ApplyAsync(vacancy.Id, await factory.UserAsync(PortalRoles.Volunteer), start);
        var (staff, _) = await factory.SignedInStaffAsync();

        var page = await staff.GetPageAsync($"/beheer/organisaties/{organisation.Id}");

        var stats = page.QuerySelectorAll("#reactietijd ~ ul .stat, section .stat").Select(s => s.TextContent.Trim()).ToList();
        Assert.Contains(stats, s => s.StartsWith("3 dagen tot het eerste antwoord", StringComparison.Ordinal));
        Assert.Contains(stats, s => s.StartsWith("3 reacties beantwoord", StringComparison.Ordinal));
        Assert.Contains(stats, s => s.StartsWith("1 reacties wachten", StringComparison.Ordinal));
        Assert.NotNull(page.QuerySelector($"a[href='/beheer/vacatures/{vacancy.Id}']"));
    }
}
