using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VrijwilligersPortal.Domain.Exchange;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Web.Features.Exchange;
using VrijwilligersPortal.Web.Features.OpenData;
using VrijwilligersPortal.Web.Tests.Features.BackOffice;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Features.Exchange;

/// <summary>A source that answers whatever the test says, and counts the requests.</summary>
public sealed class StubFeed : HttpMessageHandler
{
    public Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Respond { get; set; } =
        (_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.NotFound));

    public int Requests { get; private set; }

    public List<Uri> Asked { get; } = [];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests++;
        Asked.Add(request.RequestUri!);
        return Respond(request, cancellationToken);
    }

    public void Answer(string body, string type = "application/json") =>
        Respond = (_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, type) });

    public void Reset() => Requests = 0;
}

/// <summary>A portal whose exchange client talks to <see cref="Feed"/>, with short timeouts and pauses.</summary>
public sealed class StubbedExchangePortal : PortalFactory
{
    public const string FeedUrl = "https://andere-centrale.example.nl/api/vacatures?gemeente=Houten";

    public const int MaxPageBytes = 64 * 1024;

    public StubFeed Feed { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Exchange:AttemptTimeout", "00:00:00.300");
        builder.UseSetting("Exchange:RetryDelay", "00:00:00.010");
        builder.UseSetting("Exchange:Retries", "2");
        builder.UseSetting("Exchange:MaxPageBytes", MaxPageBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Exchange:MaxPages", "3");
        builder.ConfigureTestServices(services =>
            services.AddHttpClient(ExchangeImporter.ClientName).ConfigurePrimaryHttpMessageHandler(() => Feed));
    }
}

/// <summary>
/// A source that is down, slow, answers garbage, a huge body, or text with markup: the failure is
/// logged and shown to the administrator, and nothing of this centre's own data or search changes
/// (docs/adr/0150).
/// </summary>
public sealed class ExchangeFailureTests : IDisposable
{
    private readonly StubbedExchangePortal _portal = new();

    public static TheoryData<string, string> Failures => new()
    {
        { "down", "unreachable" },
        { "slow", "timeout" },
        { "error", "http-status:503" },
        { "html", "not-json" },
        { "other json", "wrong-shape" },
        { "array", "wrong-shape" },
        { "missing fields", "wrong-shape" },
        { "huge with length", "too-large" },
        { "huge without length", "too-large" },
        { "next page elsewhere", "other-host" },
        { "endless pages", "too-many-pages" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task A_failing_source_changes_nothing_but_its_last_error_which_the_administrator_sees(string kind, string code)
    {
        var (source, ownId) = await ImportOneAsync();
        var before = await ImportedAsync(source);
        Fail(kind);

        var result = await ImportAsync(source);

        Assert.False(result.Succeeded);
        Assert.Equal(code, result.Problem);
        var stored = await _portal.WithDbAsync((db, _) => db.ExchangeSources.AsNoTracking().SingleAsync(s => s.Id == source));
        Assert.Equal(code, stored.LastError);
        Assert.Equal(_portal.Clock.GetUtcNow(), stored.LastErrorAt);
        Assert.NotNull(stored.LastSuccessAt);
        Assert.Equal(1, stored.ImportedCount);

        // What was imported before stays, and so does this centre's own vacancy in search.
        Assert.Equal(before, await ImportedAsync(source));
        using var visitor = _portal.CreatePortalClient();
        var search = (await visitor.GetPageAsync("/vacatures")).QuerySelector("main")!.TextContent;
        Assert.Contains("Eigen klus", search, StringComparison.Ordinal);
        Assert.Contains("Klus bij de buren", search, StringComparison.Ordinal);
        Assert.Equal(VacancyStatus.Published, await _portal.WithDbAsync((db, _) => db.Vacancies.Where(v => v.Id == ownId).Select(v => v.Status).SingleAsync()));

        var (admin, _) = await _portal.SignedInStaffAsync(PortalRoles.Admin);
        var shown = (await admin.GetPageAsync("/beheer/instellingen/uitwisseling")).QuerySelector($"#bron-{source} .exchange-error")!.TextContent;
        var (sentence, detail) = ExchangeProblems.Describe(code);
        Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, sentence, detail), shown, StringComparison.Ordinal);
        Assert.DoesNotContain("<", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_source_that_is_down_or_answers_503_is_asked_again_with_back_off_before_it_counts_as_failed()
    {
        var (source, _) = await ImportOneAsync();
        Fail("error");
        _portal.Feed.Reset();

        await ImportAsync(source);

        Assert.Equal(3, _portal.Feed.Requests);
    }

    [Fact]
    public async Task Markup_in_a_feed_is_kept_as_plain_text_and_shown_encoded()
    {
        var source = await SourceAsync();
        var slug = await _portal.WithDbAsync((db, _) => db.Categories.OrderBy(c => c.SortOrder).Select(c => c.Slug).FirstAsync());
        _portal.Feed.Answer(Page([Vacancy(7, "<script>alert('x')</script>Klus", slug, description: "<img src=x onerror=alert(1)> Werk <b>buiten</b>", url: "https://andere-centrale.example.nl/vacatures/7/klus")]));

        Assert.True((await ImportAsync(source)).Succeeded);

        var id = await _portal.WithDbAsync((db, _) => db.Vacancies.Where(v => v.SourceVacancyId == 7).Select(v => v.Id).SingleAsync());
        using var visitor = _portal.CreatePortalClient();
        var canonical = (await visitor.GetAsync($"/vacatures/{id}/klus")).Headers.Location!.OriginalString;
        var response = await visitor.GetAsync(canonical);
        var html = await response.Content.ReadAsStringAsync();
        var page = await PortalClient.ReadPageAsync(response);
        Assert.Equal("<script>alert('x')</script>Klus", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("<img src=x onerror=alert(1)> Werk <b>buiten</b>", page.QuerySelector(".description")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("main script, main img, .description b"));
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_vacancy_with_a_link_that_is_not_http_or_an_unknown_category_is_skipped_and_the_rest_imported()
    {
        var source = await SourceAsync();
        var slug = await _portal.WithDbAsync((db, _) => db.Categories.OrderBy(c => c.SortOrder).Select(c => c.Slug).FirstAsync());
        _portal.Feed.Answer(Page(
        [
            Vacancy(1, "Goede klus", slug),
            Vacancy(2, "Klus met script-link", slug, url: "javascript:alert(1)"),
            Vacancy(3, "Klus in onbekende categorie", "bestaat-niet"),
        ]));

        var result = await ImportAsync(source);

        Assert.True(result.Succeeded);
        Assert.Equal((1, 2), (result.Public, result.Skipped));
        Assert.Equal(["Goede klus"], await _portal.WithDbAsync((db, _) => db.Vacancies.Where(v => v.ExchangeSourceId == source).Select(v => v.Title).ToListAsync()));
    }

    [Fact]
    public async Task The_importer_follows_the_pages_of_the_list_and_asks_a_hundred_at_a_time()
    {
        var source = await SourceAsync();
        var slug = await _portal.WithDbAsync((db, _) => db.Categories.OrderBy(c => c.SortOrder).Select(c => c.Slug).FirstAsync());
        _portal.Feed.Respond = (request, _) =>
        {
            var second = request.RequestUri!.Query.Contains("pagina=2", StringComparison.Ordinal);
            var body = second
                ? Page([Vacancy(2, "Tweede klus", slug)])
                : Page([Vacancy(1, "Eerste klus", slug)], next: "https://andere-centrale.example.nl/api/vacatures?gemeente=Houten&aantal=100&pagina=2");
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
        };

        var result = await ImportAsync(source);

        Assert.Equal((true, 2), (result.Succeeded, result.Public));
        Assert.Equal("?gemeente=Houten&aantal=100", _portal.Feed.Asked[0].Query);
    }

    /// <summary>A source with one imported vacancy, and one vacancy of this centre's own.</summary>
    private async Task<(int Source, int Own)> ImportOneAsync()
    {
        var member = await _portal.UserAsync(PortalRoles.OrganisationMember);
        var organisation = await _portal.OrganisationAsync(member.Id);
        var own = await _portal.VacancyAsync(organisation.Id, "Eigen klus");
        var source = await SourceAsync();
        var slug = await _portal.WithDbAsync((db, _) => db.Categories.OrderBy(c => c.SortOrder).Select(c => c.Slug).FirstAsync());
        _portal.Feed.Answer(Page([Vacancy(41, "Klus bij de buren", slug)]));
        var first = await ImportAsync(source);
        Assert.True(first.Succeeded, first.Problem);
        _portal.Clock.Advance(TimeSpan.FromMinutes(5));
        return (source, own.Id);
    }

    private Task<int> SourceAsync() => _portal.WithDbAsync(async (db, _) =>
    {
        var source = ExchangeSource.Create("Vrijwilligerscentrale Houten", StubbedExchangePortal.FeedUrl, _portal.Clock.GetUtcNow());
        db.ExchangeSources.Add(source);
        await db.SaveChangesAsync();
        return source.Id;
    });

    private Task<ExchangeResult> ImportAsync(int source) =>
        _portal.WithDbAsync((db, services) => services.GetRequiredService<ExchangeImporter>().ImportAsync(db, source, CancellationToken.None));

    private Task<List<(string Title, VacancyStatus Status)>> ImportedAsync(int source) =>
        _portal.WithDbAsync(async (db, _) => (await db.Vacancies.AsNoTracking().Where(v => v.ExchangeSourceId == source).OrderBy(v => v.Id)
            .Select(v => new { v.Title, v.Status }).ToListAsync()).ConvertAll(v => (v.Title, v.Status)));

    private void Fail(string kind)
    {
        var feed = _portal.Feed;
        switch (kind)
        {
            case "down":
                feed.Respond = (_, _) => throw new HttpRequestException("Connection refused");
                break;
            case "slow":
                feed.Respond = async (_, token) =>
                {
                    await Task.Delay(TimeSpan.FromSeconds(30), token);
                    return new HttpResponseMessage(HttpStatusCode.OK);
                };
                break;
            case "error":
                feed.Respond = (_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
                break;
            case "html":
                feed.Answer("<!doctype html><title>Onderhoud</title><p>We zijn zo terug.", "text/html");
                break;
            case "other json":
                feed.Answer("""{"vacatures": "geen", "total": "veel"}""");
                break;
            case "array":
                feed.Answer("[1, 2, 3]");
                break;
            case "missing fields":
                feed.Answer("""{"total":1,"page":1,"pageCount":1,"pageSize":100,"vacancies":[{"id":5,"title":"Zonder de rest"}],"notices":[],"links":{"self":"x","html":"x","rss":"x","atom":"x"}}""");
                break;
            case "huge with length":
                feed.Answer("{\"total\":1,\"x\":\"" + new string('a', StubbedExchangePortal.MaxPageBytes * 2) + "\"}");
                break;
            case "huge without length":
                feed.Respond = (_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
                {
                    Content = new StreamContent(new EndlessStream()),
                });
                break;
            case "next page elsewhere":
                feed.Answer(Page([], next: "https://elders.example.com/api/vacatures?pagina=2"));
                break;
            case "endless pages":
                feed.Answer(Page([], next: "https://andere-centrale.example.nl/api/vacatures?pagina=2"));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    private static string Page(IReadOnlyList<OpenVacancy> vacancies, string? next = null) =>
        JsonSerializer.Serialize(
            new OpenVacancyPage(
                vacancies.Count,
                1,
                next is null ? 1 : 2,
                100,
                vacancies,
                [],
                new OpenVacancyLinks("https://andere-centrale.example.nl/api/vacatures", next, null, "https://andere-centrale.example.nl/vacatures", "https://andere-centrale.example.nl/vacatures/rss", "https://andere-centrale.example.nl/vacatures/atom")),
            VacancyApiController.JsonOptions);

    private static OpenVacancy Vacancy(int id, string title, string categorySlug, string? description = null, string? url = null) => new()
    {
        Id = id,
        Title = title,
        Url = url ?? $"https://andere-centrale.example.nl/vacatures/{id}/klus",
        Summary = description ?? "Samen de buurt mooier maken.",
        Organisation = new OpenOrganisation(3, "Buurtvereniging Houten", "https://buurt.example.nl"),
        Category = new OpenCategory(categorySlug, "Categorie"),
        Remote = false,
        Postcode = "3994",
        Place = "Houten",
        Latitude = 52.0237,
        Longitude = 5.1841,
        Commitment = "structureel",
        DayParts = ["za-ochtend"],
        HoursPerWeek = 4,
        RequiresVog = false,
        SuitableFor = [],
        UpdatedAt = new DateTimeOffset(2026, 10, 1, 12, 0, 0, TimeSpan.Zero),
    };

    public void Dispose() => _portal.Dispose();

    /// <summary>A body that never ends and says nothing of its length.</summary>
    private sealed class EndlessStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'a', offset, count);
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
