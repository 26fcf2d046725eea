using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Features.Exchange;
using VrijwilligersPortal.Web.Jobs;
using VrijwilligersPortal.Web.Tests.Features.BackOffice;
using VrijwilligersPortal.Web.Tests.Support;
using static VrijwilligersPortal.Web.Tests.Features.Organisation.OrganisationTestData;

namespace VrijwilligersPortal.Web.Tests.Features.Exchange;

/// <summary>
/// A portal whose exchange client reaches another portal's in-memory server: two centres side by
/// side, each with its own database (docs/adr/0150).
/// </summary>
public sealed class ImportingPortal(PortalFactory source) : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.AddHttpClient(ExchangeImporter.ClientName).ConfigurePrimaryHttpMessageHandler(() => source.Server.CreateHandler()));
    }

    /// <summary>One run of the exchange job; the clock moves past the lease's spacing first, as between two scheduled runs.</summary>
    public async Task<ExchangeRun> FetchAsync()
    {
        Clock.Advance(TimeSpan.FromMinutes(2));
        var run = await Services.GetRequiredService<ExchangeJob>().RunOnceAsync();
        Assert.True(run.Ran);
        return run;
    }

    public PortalClient Visitor() => new(CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false }));
}

public sealed class ExchangeBetweenPortalsTests : IDisposable
{
    private const string SourceName = "Vrijwilligerscentrale Houten";

    private readonly PortalFactory _source = new();

    private readonly ImportingPortal _importing;

    public ExchangeBetweenPortalsTests() => _importing = new ImportingPortal(_source);

    [Fact]
    public async Task A_vacancy_published_at_the_source_appears_here_changes_and_disappears()
    {
        // The source centre publishes a vacancy.
        var member = await _source.UserAsync(PortalRoles.OrganisationMember);
        var organisation = await _source.OrganisationAsync(member.Id, name: "Sportclub Houten");
        var atSource = await _source.VacancyAsync(organisation.Id, "Trainer jeugd Houten");

        // This centre's administrator adds the source's feed through the settings page.
        var (admin, _) = await _importing.SignedInStaffAsync(PortalRoles.Admin);
        AssertRedirect(
            await admin.SubmitFormAsync("/beheer/instellingen/uitwisseling", new Dictionary<string, string> { ["Name"] = SourceName, ["FeedUrl"] = PortalFactory.PublicBaseUrl + "/api/vacatures" }, "#toevoegen"),
            "/beheer/instellingen/uitwisseling");

        var first = await _importing.FetchAsync();
        var result = Assert.Single(first.Sources.Values);
        Assert.True(result.Succeeded);
        Assert.Equal((1, 1), (result.Public, result.Added));

        // It appears in search with the source centre's name, and its page sends volunteers there.
        using var visitor = _importing.Visitor();
        var search = await visitor.GetPageAsync("/vacatures");
        var card = Assert.Single(search.QuerySelectorAll(".vacancy-card"), c => c.TextContent.Contains("Trainer jeugd Houten", StringComparison.Ordinal));
        Assert.Contains("Via " + SourceName, card.TextContent, StringComparison.Ordinal);
        Assert.Contains("Sportclub Houten", card.TextContent, StringComparison.Ordinal);
        var here = await _importing.WithDbAsync((db, _) => db.Vacancies.AsNoTracking().SingleAsync(v => v.SourceVacancyId == atSource.Id));
        var detail = await visitor.GetPageAsync(card.QuerySelector("h2 a")!.GetAttribute("href")!);
        var respond = detail.QuerySelectorAll("a.btn-primary").Single(a => a.TextContent.Contains("Reageer bij " + SourceName, StringComparison.Ordinal));
        Assert.Equal($"{PortalFactory.PublicBaseUrl}/vacatures/{atSource.Id}/trainer-jeugd-houten", respond.GetAttribute("href"));
        Assert.Null(detail.QuerySelector("script[type='application/ld+json']"));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/vacatures/{here.Id}/reageren")).StatusCode);

        // Nothing is imported twice: a second run changes nothing.
        var again = Assert.Single((await _importing.FetchAsync()).Sources.Values);
        Assert.Equal((1, 0, 0, 0), (again.Public, again.Added, again.Updated, again.Removed));
        Assert.Equal(1, await _importing.WithDbAsync((db, _) => db.Vacancies.CountAsync(v => v.ExchangeSourceId != null)));

        // The source changes it: the change arrives here.
        await _source.WithDbAsync(async (db, _) =>
        {
            var vacancy = await db.Vacancies.Include(v => v.Skills).Include(v => v.SuitableFor).SingleAsync(v => v.Id == atSource.Id);
            vacancy.Edit(vacancy.Content() with { Title = "Trainer jeugdvoetbal Houten" }, vacancy.Skills, vacancy.SuitableFor, _source.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });
        var changed = Assert.Single((await _importing.FetchAsync()).Sources.Values);
        Assert.Equal((1, 0, 1, 0), (changed.Public, changed.Added, changed.Updated, changed.Removed));
        var afterChange = await visitor.GetPageAsync("/vacatures");
        Assert.Contains("Trainer jeugdvoetbal Houten", afterChange.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Trainer jeugd Houten", afterChange.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        // The source closes it: it disappears here.
        await _source.WithDbAsync(async (db, _) =>
        {
            var vacancy = await db.Vacancies.SingleAsync(v => v.Id == atSource.Id);
            vacancy.Close(ClosedReason.Filled, Guid.NewGuid(), _source.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });
        var gone = Assert.Single((await _importing.FetchAsync()).Sources.Values);
        Assert.Equal((0, 1), (gone.Public, gone.Removed));
        Assert.DoesNotContain("Trainer jeugdvoetbal Houten", (await visitor.GetPageAsync("/vacatures")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/vacatures/{here.Id}/trainer-jeugdvoetbal-houten")).StatusCode);

        // The administrator sees how the last fetch went.
        var settings = await admin.GetPageAsync("/beheer/instellingen/uitwisseling");
        var row = settings.QuerySelector("tbody tr")!;
        Assert.Contains(SourceName, row.TextContent, StringComparison.Ordinal);
        Assert.Contains("geen", row.QuerySelector(".exchange-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_centres_that_import_each_other_do_not_pass_imported_vacancies_back()
    {
        var member = await _source.UserAsync(PortalRoles.OrganisationMember);
        var organisation = await _source.OrganisationAsync(member.Id, name: "Sportclub Houten");
        await _source.VacancyAsync(organisation.Id, "Kantine Houten");
        var ownMember = await _importing.UserAsync(PortalRoles.OrganisationMember);
        var own = await _importing.OrganisationAsync(ownMember.Id, name: "Natuurgroep Utrecht");
        var ownVacancy = await _importing.VacancyAsync(own.Id, "Slootjes schonen");
        await _importing.WithDbAsync(async (db, _) =>
        {
            db.ExchangeSources.Add(Domain.Exchange.ExchangeSource.Create(SourceName, PortalFactory.PublicBaseUrl + "/api/vacatures", _importing.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
        });
        await _importing.FetchAsync();

        using var visitor = _importing.Visitor();
        Assert.Contains("Kantine Houten", (await visitor.GetPageAsync("/vacatures")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        // This portal's own open data holds only its own vacancy, so the source would import nothing back.
        var api = await (await visitor.GetAsync("/api/vacatures")).Content.ReadAsStringAsync();
        Assert.Contains("Slootjes schonen", api, StringComparison.Ordinal);
        Assert.DoesNotContain("Kantine Houten", api, StringComparison.Ordinal);
        var importedId = await _importing.WithDbAsync((db, _) => db.Vacancies.Where(v => v.ExchangeSourceId != null).Select(v => v.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/api/vacatures/{importedId}")).StatusCode);
        Assert.DoesNotContain("Kantine Houten", await (await visitor.GetAsync("/vacatures/rss")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var sitemap = await (await visitor.GetAsync("/sitemap.xml")).Content.ReadAsStringAsync();
        Assert.Contains($"/vacatures/{ownVacancy.Id}/", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain($"/vacatures/{importedId}/", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("Kantine Houten", (await visitor.GetPageAsync("/inbedden/vacatures")).QuerySelector("body")!.TextContent, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _importing.Dispose();
        _source.Dispose();
    }
}
