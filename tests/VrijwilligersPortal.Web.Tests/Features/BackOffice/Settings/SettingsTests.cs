using System.Net;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Tests.Support;
using static VrijwilligersPortal.Web.Tests.Features.Organisation.OrganisationTestData;
using VrijwilligersPortal.Web.Tests.Features.BackOffice;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Audit;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Organisations;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Staff;
using VrijwilligersPortal.Web.Tests.Features.BackOffice.Volunteers;
using VrijwilligersPortal.Web.Tests.Jobs;

namespace VrijwilligersPortal.Web.Tests.Features.BackOffice.Settings;

public class SettingsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static Dictionary<string, string> Settings(string name = "Vrijwilligerspunt Houten", string color = "#114477", string unanswered = "5", string review = "false") => new()
    {
        ["Name"] = name,
        ["PrimaryColor"] = color,
        ["UnansweredAfterDays"] = unanswered,
        ["ReviewVacancies"] = review,
    };

    [Fact]
    public async Task An_administrators_change_applies_to_the_next_request_and_reset_brings_back_the_configuration()
    {
        var (admin, adminUser) = await factory.SignedInStaffAsync(PortalRoles.Admin);
        using var visitor = factory.CreatePortalClient();
        var configuredTitle = (await visitor.GetPageAsync("/")).Title;

        var saved = await admin.SubmitFormAsync("/beheer/instellingen", Settings());

        AssertRedirect(saved, "/beheer/instellingen");
        Assert.Contains("Vrijwilligerspunt Houten", (await visitor.GetPageAsync("/")).Title, StringComparison.Ordinal);
        Assert.Contains("--portal-primary: #114477", await (await visitor.GetAsync("/huisstijl.css")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var form = await admin.GetPageAsync("/beheer/instellingen");
        Assert.Equal("5", form.QuerySelector("#UnansweredAfterDays")!.GetAttribute("value"));
        Assert.Null(form.QuerySelector("#ReviewVacancies")!.GetAttribute("checked"));
        var stored = await factory.WithDbAsync((db, _) => db.CentreSettings.AsNoTracking().SingleAsync());
        Assert.Equal(adminUser.Id, stored.UpdatedBy);
        Assert.False(stored.ReviewVacancies);
        Assert.Single(await factory.AuditAsync("settings.centre.change"), e => e.UserId == adminUser.Id && e.RecordId == null);

        // Moderation off: a member's submitted vacancy is published at once.
        var (member, _, organisation) = await factory.SignedInMemberAsync();
        var draft = await factory.VacancyAsync(organisation.Id, "Zonder beoordeling", VacancyStatus.Draft);
        var edit = await member.GetPageAsync($"/organisatie/vacatures/{draft.Id}/bewerken");
        await member.SubmitFormAsync(edit, $"/organisatie/vacatures/{draft.Id}/bewerken", new Dictionary<string, string> { ["actie"] = "indienen" });
        Assert.Equal(VacancyStatus.Published, await factory.WithDbAsync((db, _) => db.Vacancies.Where(v => v.Id == draft.Id).Select(v => v.Status).SingleAsync()));

        AssertRedirect(await admin.SubmitFormAsync("/beheer/instellingen", new Dictionary<string, string>(), "form[action='/beheer/instellingen/standaard']"), "/beheer/instellingen");

        Assert.Equal(configuredTitle, (await visitor.GetPageAsync("/")).Title);
        Assert.Equal(0, await factory.WithDbAsync((db, _) => db.CentreSettings.CountAsync()));
        Assert.Single(await factory.AuditAsync("settings.centre.reset"), e => e.UserId == adminUser.Id);
    }

    [Fact]
    public async Task Bad_values_get_a_message_next_to_the_field_keep_what_was_typed_and_save_nothing()
    {
        var (admin, _) = await factory.SignedInStaffAsync(PortalRoles.Admin);
        var before = await factory.WithDbAsync((db, _) => db.CentreSettings.AsNoTracking().SingleOrDefaultAsync());

        var response = await admin.SubmitFormAsync("/beheer/instellingen", Settings(name: "Nieuwe naam", color: "red;}body{display:none", unanswered: "0"));

        var page = await PortalClient.ReadPageAsync(response);
        Assert.Contains("#rrggbb", page.QuerySelector("#PrimaryColor-fout")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 tot 60 dagen", page.QuerySelector("#UnansweredAfterDays-fout")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector("#PrimaryColor")!.GetAttribute("aria-invalid"));
        Assert.Equal("Nieuwe naam", page.QuerySelector("#Name")!.GetAttribute("value"));
        Assert.Equal(before?.Name, (await factory.WithDbAsync((db, _) => db.CentreSettings.AsNoTracking().SingleOrDefaultAsync()))?.Name);
    }

    [Fact]
    public async Task A_retired_category_is_no_longer_offered_but_old_vacancies_keep_it()
    {
        var (admin, adminUser) = await factory.SignedInStaffAsync(PortalRoles.Admin);
        const string List = "/beheer/instellingen/lijsten/categorieen";

        AssertRedirect(await admin.SubmitFormAsync(List, new Dictionary<string, string> { ["Name"] = "Repair Café" }, "#toevoegen"), List);
        var category = await factory.WithDbAsync((db, _) => db.Categories.AsNoTracking().SingleAsync(c => c.Slug == "repair-cafe"));
        Assert.Single(await factory.AuditAsync("settings.category.add"), e => e.RecordId == category.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) && e.UserId == adminUser.Id);

        var duplicate = await admin.SubmitFormAsync(List, new Dictionary<string, string> { ["Name"] = "Repair cafe" }, "#toevoegen");
        Assert.Contains("al een onderdeel", (await PortalClient.ReadPageAsync(duplicate)).QuerySelector("#Name-fout")!.TextContent, StringComparison.Ordinal);

        var taken = await admin.SubmitFormAsync(List, new Dictionary<string, string> { ["Name"] = "sport" }, $"#wijzig-{category.Id}");
        var takenPage = await PortalClient.ReadPageAsync(taken);
        Assert.Contains("al een onderdeel met deze naam", takenPage.QuerySelector($"#naam-{category.Id}-fout")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("sport", takenPage.QuerySelector($"#naam-{category.Id}")!.GetAttribute("value"));
        Assert.NotNull(takenPage.QuerySelector($".error-summary a[href='#naam-{category.Id}']"));

        AssertRedirect(await admin.SubmitFormAsync(List, new Dictionary<string, string> { ["Name"] = "Repaircafé", ["SortOrder"] = "1" }, $"#wijzig-{category.Id}"), List);
        var member = await factory.UserAsync(PortalRoles.OrganisationMember);
        var organisation = await factory.OrganisationAsync(member.Id);
        var vacancy = await factory.VacancyAsync(organisation.Id, "Fietsen maken", change: c => c with { CategoryId = category.Id });

        AssertRedirect(await admin.SubmitFormAsync(List, new Dictionary<string, string>(), $"form[action='{List}/{category.Id}/intrekken']"), List);

        var stored = await factory.WithDbAsync((db, _) => db.Categories.AsNoTracking().SingleAsync(c => c.Id == category.Id));
        Assert.True(stored.IsRetired);
        Assert.Equal("Repaircafé", stored.Name);
        Assert.Equal("repair-cafe", stored.Slug);
        using var memberClient = factory.CreatePortalClient();
        await memberClient.LogInAsync(member.Email!);
        Assert.Null((await memberClient.GetPageAsync("/organisatie/vacatures/nieuw")).QuerySelector($"option[value='{category.Id}']"));
        Assert.NotNull((await memberClient.GetPageAsync($"/organisatie/vacatures/{vacancy.Id}/bewerken")).QuerySelector($"option[value='{category.Id}']"));
        Assert.Contains("Repaircafé", (await memberClient.GetPageAsync($"/vacatures/{vacancy.Id}/fietsen-maken")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Single(await factory.AuditAsync("settings.category.retire"));
    }

    [Fact]
    public async Task Another_instance_picks_up_a_change_within_half_a_minute()
    {
        using var instanceB = factory.WithWebHostBuilder(_ => { });
        var onB = new PortalClient(instanceB.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false }));
        var before = (await onB.GetPageAsync("/")).Title;
        var (admin, _) = await factory.SignedInStaffAsync(PortalRoles.Admin);

        AssertRedirect(await admin.SubmitFormAsync("/beheer/instellingen", Settings(name: "Centrale Tweede Server")), "/beheer/instellingen");

        Assert.Equal(before, (await onB.GetPageAsync("/")).Title);
        factory.Clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Contains("Centrale Tweede Server", (await onB.GetPageAsync("/")).Title, StringComparison.Ordinal);
        onB.Dispose();
        await admin.SubmitFormAsync("/beheer/instellingen", new Dictionary<string, string>(), "form[action='/beheer/instellingen/standaard']");
    }

    [Fact]
    public async Task An_unknown_list_is_not_found()
    {
        var (admin, _) = await factory.SignedInStaffAsync(PortalRoles.Admin);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/beheer/instellingen/lijsten/gebruikers")).StatusCode);
    }
}
