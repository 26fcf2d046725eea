using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Features.Exchange;
using VrijwilligersPortal.Web.Tests.Features.BackOffice;
using VrijwilligersPortal.Web.Tests.Support;
using static VrijwilligersPortal.Web.Tests.Features.Organisation.OrganisationTestData;

namespace VrijwilligersPortal.Web.Tests.Features.Exchange;

/// <summary>The administrator's page of exchange sources (/beheer/instellingen/uitwisseling).</summary>
public sealed class ExchangeSourcesPageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Page = "/beheer/instellingen/uitwisseling";

    [Theory]
    [InlineData("ftp://andere-centrale.example.nl/api/vacatures")]
    [InlineData("/api/vacatures")]
    [InlineData("andere-centrale.example.nl/api/vacatures")]
    [InlineData("https://gebruiker:geheim@andere-centrale.example.nl/api/vacatures")]
    [InlineData("javascript:alert(1)")]
    [InlineData("")]
    public async Task A_feed_address_that_is_not_an_absolute_http_address_gets_a_message_next_to_the_field_and_nothing_is_saved(string url)
    {
        var (admin, _) = await factory.SignedInStaffAsync(PortalRoles.Admin);
        var before = await factory.WithDbAsync((db, _) => db.ExchangeSources.CountAsync());

        var response = await admin.SubmitFormAsync(Page, new Dictionary<string, string> { ["Name"] = "Centrale Zeist", ["FeedUrl"] = url }, "#toevoegen");

        var page = await PortalClient.ReadPageAsync(response);
        Assert.Contains("volledige webadres van de vacaturelijst", page.QuerySelector("#FeedUrl-fout")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector("#FeedUrl")!.GetAttribute("aria-invalid"));
        Assert.Equal(url, page.QuerySelector("#FeedUrl")!.GetAttribute("value") ?? string.Empty);
        Assert.Equal("Centrale Zeist", page.QuerySelector("#Name")!.GetAttribute("value"));
        Assert.Equal(before, await factory.WithDbAsync((db, _) => db.ExchangeSources.CountAsync()));
    }

    [Fact]
    public async Task A_missing_name_or_a_feed_already_listed_is_refused_next_to_its_field()
    {
        var (admin, _) = await factory.SignedInStaffAsync(PortalRoles.Admin);
        const string Url = "https://dubbel.example.nl/api/vacatures?gemeente=Zeist";
        AssertRedirect(await admin.SubmitFormAsync(Page, new Dictionary<string, string> { ["Name"] = "Centrale Zeist", ["FeedUrl"] = Url }, "#toevoegen"), Page);

        var noName = await PortalClient.ReadPageAsync(await admin.SubmitFormAsync(Page, new Dictionary<string, string> { ["Name"] = " ", ["FeedUrl"] = "https://ander.example.nl/api/vacatures" }, "#toevoegen"));
        Assert.Contains("naam van de centrale", noName.QuerySelector("#Name-fout")!.TextContent, StringComparison.Ordinal);

        var twice = await PortalClient.ReadPageAsync(await admin.SubmitFormAsync(Page, new Dictionary<string, string> { ["Name"] = "Nog eens", ["FeedUrl"] = Url }, "#toevoegen"));
        Assert.Contains("staat er al", twice.QuerySelector("#FeedUrl-fout")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await factory.WithDbAsync((db, _) => db.ExchangeSources.CountAsync(s => s.FeedUrl == Url)));
    }

    [Fact]
    public async Task Adding_changing_and_removing_a_source_are_audited_and_removing_takes_its_vacancies_off_the_portal()
    {
        var (admin, adminUser) = await factory.SignedInStaffAsync(PortalRoles.Admin);
        AssertRedirect(await admin.SubmitFormAsync(Page, new Dictionary<string, string> { ["Name"] = "Centrale Bunnik", ["FeedUrl"] = "https://bunnik.example.nl/api/vacatures" }, "#toevoegen"), Page);
        var source = await factory.WithDbAsync((db, _) => db.ExchangeSources.AsNoTracking().SingleAsync(s => s.Name == "Centrale Bunnik"));
        var id = source.Id.ToString(CultureInfo.InvariantCulture);
        Assert.Single(await factory.AuditAsync("settings.exchange.add"), e => e.RecordId == id && e.UserId == adminUser.Id);

        AssertRedirect(
            await admin.SubmitFormAsync($"{Page}/{source.Id}/wijzigen", new Dictionary<string, string> { ["Name"] = "Vrijwilligerspunt Bunnik", ["FeedUrl"] = "https://bunnik.example.nl/api/vacatures?gemeente=Bunnik" }),
            Page);
        var changed = await factory.WithDbAsync((db, _) => db.ExchangeSources.AsNoTracking().SingleAsync(s => s.Id == source.Id));
        Assert.Equal(("Vrijwilligerspunt Bunnik", "https://bunnik.example.nl/api/vacatures?gemeente=Bunnik"), (changed.Name, changed.FeedUrl));
        Assert.Single(await factory.AuditAsync("settings.exchange.change"), e => e.RecordId == id);

        // A vacancy imported from it, as the importer stores one.
        var category = await factory.WithDbAsync((db, _) => db.Categories.OrderBy(c => c.SortOrder).Select(c => c.Id).FirstAsync());
        var imported = await factory.ImportedVacancyAsync(source.Id, (9, "Buurthuis Bunnik"), (12, "https://bunnik.example.nl/vacatures/12/gastvrouw"), new VacancyContent
        {
            Title = "Gastvrouw buurthuis",
            Description = "Koffie schenken.",
            CategoryId = category,
            IsRemote = true,
            ContactName = string.Empty,
            ContactEmail = string.Empty,
        });
        using var visitor = factory.CreatePortalClient();
        Assert.Contains("Gastvrouw buurthuis", (await visitor.GetPageAsync("/vacatures")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        // An organisation record of another centre is not in the back office's list to approve.
        var organisations = await admin.GetPageAsync("/beheer/organisaties?status=Approved");
        Assert.DoesNotContain("Buurthuis Bunnik", organisations.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        AssertRedirect(await admin.SubmitFormAsync(Page, new Dictionary<string, string>(), $"form[action='{Page}/{source.Id}/verwijderen']"), Page);

        Assert.Single(await factory.AuditAsync("settings.exchange.remove"), e => e.RecordId == id);
        Assert.Equal(VacancyStatus.Closed, await factory.WithDbAsync((db, _) => db.Vacancies.Where(v => v.Id == imported.Id).Select(v => v.Status).SingleAsync()));
        Assert.DoesNotContain("Gastvrouw buurthuis", (await visitor.GetPageAsync("/vacatures")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null((await admin.GetPageAsync(Page)).QuerySelector($"#bron-{source.Id}"));

        // A removed source is not fetched again.
        var run = await factory.Services.GetRequiredService<VrijwilligersPortal.Web.Jobs.ExchangeJob>().RunOnceAsync();
        Assert.False(run.Sources.ContainsKey(source.Id));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await admin.GetAsync($"{Page}/{source.Id}/wijzigen")).StatusCode);
    }
}
