using System.Data.Common;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Infrastructure.Persistence.Postgres;
using VrijwilligersPortal.Infrastructure.Persistence.Sqlite;
using VrijwilligersPortal.Infrastructure.Search;
using VrijwilligersPortal.Web.Tests.Support;

namespace VrijwilligersPortal.Web.Tests.Features.Vacancies;

/// <summary>
/// The public-vacancy index changed in place (docs/adr/0100) stays equal to one built afresh from
/// the database, to counting in SQL, and, for words, to a plain scan of every public vacancy's text
/// (docs/adr/0140); a change saved at one instance shows at another; and the search answers while
/// the index is still being built.
/// </summary>
public class PublicVacancyIndexTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly GeoPoint Utrecht = new(52.0905, 5.1341);

    private static readonly string[] TitleWords = ["Tuinman", "Kok", "Chauffeur", "Voorlezer", "Taalmaatje", "Klusser"];

    private static readonly string[] Descriptions = ["Samen in de tuin werken.", "Koken voor de buurt.", "De tuinen van het café onderhouden en koffie koken.", "Fietsen repareren met de kinderen."];

    /// <summary>Word searches compared with the plain scan: single words, prefixes, word forms, several words, organisation names.</summary>
    private static readonly string[] WordSearches = ["tuin", "koken", "kok", "ko", "fietsenmakers", "cafe", "samen buurt", "willekeurig 1", "nieuw", "de", "tuinma"];

    [Fact]
    public async Task After_hundreds_of_random_edits_the_index_equals_a_fresh_build_and_counting_in_sql()
    {
        var member = await factory.UserAsync(PortalRoles.OrganisationMember, email: "willekeurig@example.nl");
        var organisations = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            organisations.Add((await factory.OrganisationAsync(member.Id, name: $"Stichting Willekeurig {i}")).Id);
        }

        var random = new Random(18);
        var ids = new List<int>();
        for (var i = 0; i < 40; i++)
        {
            ids.Add((await factory.VacancyAsync(organisations[i % 3], $"{TitleWords[i % TitleWords.Length]} {i}", publishedAt: factory.Clock.GetUtcNow().AddHours(-i))).Id);
        }

        var live = factory.Services.GetRequiredService<PublicVacancyIndex>();
        await AssertSameAsync(live, random);

        for (var edit = 1; edit <= 300; edit++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(1));
            int? newId = null;
            try
            {
                newId = await RandomEditAsync(random, ids, organisations);
            }
            catch (DomainException)
            {
                // Refused by the domain (e.g. publishing past the end date): nothing was saved.
            }

            if (newId is { } added)
            {
                ids.Add(added);
            }

            if (edit % 10 == 0)
            {
                // Searches in between keep text hits and results cached, to be patched by the next changes.
                await SearchAsync(live, Criteria(random));
                await SearchAsync(live, new VacancySearchCriteria { Words = SearchWords.From("tuinman") });
                await SearchAsync(live, new VacancySearchCriteria { Words = SearchWords.From(WordSearches[random.Next(WordSearches.Length)]), Sort = SearchSort.Relevance });
            }

            if (edit % 75 == 0)
            {
                await AssertSameAsync(live, random);
            }
        }
    }

    [Fact]
    public async Task A_change_saved_at_one_instance_shows_at_another_on_the_same_database_within_seconds()
    {
        var member = await factory.UserAsync(PortalRoles.OrganisationMember, email: "twee@example.nl");
        var organisation = await factory.OrganisationAsync(member.Id, name: "Imkersvereniging De Korf");
        var first = await factory.VacancyAsync(organisation.Id, "Imker bij de stadsbijenstal");
        using var other = factory.WithWebHostBuilder(_ => { });
        using var otherClient = other.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        Assert.Contains("Imker bij de stadsbijenstal", await otherClient.GetStringAsync("/vacatures?q=imker"), StringComparison.Ordinal);

        // Saved at the first instance: it pauses one and publishes another.
        await factory.WithDbAsync(async (db, _) =>
        {
            var vacancy = await db.Vacancies.SingleAsync(v => v.Id == first.Id);
            vacancy.Pause(member.Id, factory.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        });
        await factory.VacancyAsync(organisation.Id, "Imker voor de schooltuin");
        factory.Clock.Advance(TimeSpan.FromSeconds(new PublicVacancyIndexOptions().CatchUpSeconds + 1));

        var page = await otherClient.GetStringAsync("/vacatures?q=imker");

        Assert.DoesNotContain("Imker bij de stadsbijenstal", page, StringComparison.Ordinal);
        Assert.Contains("Imker voor de schooltuin", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task While_the_index_is_being_built_the_search_answers_with_the_newest_vacancies_and_says_so()
    {
        var member = await factory.UserAsync(PortalRoles.OrganisationMember, email: "opstart@example.nl");
        var organisation = await factory.OrganisationAsync(member.Id, name: "Stichting Opstart");
        await factory.VacancyAsync(organisation.Id, "Gastvrouw bij de opstartdag");
        var gate = new HoldTheBuild();
        using var starting = factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Search:StartupWaitSeconds", "0");
            builder.ConfigureTestServices(services =>
            {
                services.ConfigureDbContext<SqlitePortalDbContext>(o => o.AddInterceptors(gate));
                services.ConfigureDbContext<PostgresPortalDbContext>(o => o.AddInterceptors(gate));
            });
        });
        using var client = starting.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

        HttpResponseMessage response;
        string page;
        try
        {
            response = await client.GetAsync("/vacatures?q=gastvrouw&categorie=sport");
            page = await response.Content.ReadAsStringAsync();
        }
        finally
        {
            // Also when the request fails, so the held build does not outlive the test.
            gate.Release();
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Het zoeken start nog op", page, StringComparison.Ordinal);
        Assert.Contains("Gastvrouw bij de opstartdag", page, StringComparison.Ordinal);

        await starting.Services.GetRequiredService<PublicVacancyIndex>().WhenBuiltAsync();
        var built = await client.GetStringAsync("/vacatures?q=gastvrouw&categorie=sport");
        Assert.DoesNotContain("Het zoeken start nog op", built, StringComparison.Ordinal);
        Assert.DoesNotContain("Gastvrouw bij de opstartdag", built, StringComparison.Ordinal);
    }

    /// <summary>One random change through the domain and SaveChanges, as the portal makes them; the id of a vacancy it added.</summary>
    private async Task<int?> RandomEditAsync(Random random, List<int> ids, List<int> organisations)
    {
        var kind = random.Next(100);
        return await factory.WithDbAsync<int?>(async (db, _) =>
        {
            var now = factory.Clock.GetUtcNow();
            var by = Guid.NewGuid();
            var categories = await db.Categories.Select(c => c.Id).ToListAsync();
            var tags = await db.SuitableForTags.ToListAsync();
            if (kind < 3)
            {
                // A new name: the words of all its vacancies change.
                var organisationId = organisations[random.Next(organisations.Count)];
                var organisation = await db.Organisations.SingleAsync(o => o.Id == organisationId);
                organisation.UpdateProfile(new OrganisationProfile
                {
                    Name = random.Next(2) == 0 ? $"Stichting Willekeurig {random.Next(10)}" : $"Nieuwe Naam {random.Next(10)}",
                    Kind = organisation.Kind,
                    Postcode = organisation.Postcode,
                    Place = organisation.Place,
                    Description = organisation.Description,
                    ContactName = organisation.ContactName,
                    ContactEmail = organisation.ContactEmail,
                });
                await db.SaveChangesAsync();
                return null;
            }

            if (kind < 6)
            {
                var organisationId = organisations[random.Next(organisations.Count)];
                var organisation = await db.Organisations.SingleAsync(o => o.Id == organisationId);
                if (organisation.Status == OrganisationStatus.Approved)
                {
                    organisation.Suspend("Test", by, now);
                }
                else
                {
                    organisation.Reinstate(by, now);
                }

                await db.SaveChangesAsync();
                return null;
            }

            if (kind < 15)
            {
                var content = RandomContent(random, categories);
                var created = Vacancy.CreateDraft(organisations[random.Next(organisations.Count)], content, [], tags.Where(_ => random.Next(3) == 0), by, now);
                created.Submit(false, by, now);
                db.Vacancies.Add(created);
                await db.SaveChangesAsync();
                return created.Id;
            }

            var id = ids[random.Next(ids.Count)];
            var vacancy = await db.Vacancies.Include(v => v.Skills).Include(v => v.SuitableFor).AsSplitQuery().SingleAsync(v => v.Id == id);
            if (vacancy.Status is VacancyStatus.Closed or VacancyStatus.Expired)
            {
                return null;
            }

            if (kind < 40)
            {
                if (vacancy.Status == VacancyStatus.Published)
                {
                    vacancy.Pause(by, now);
                }
                else if (vacancy.Status == VacancyStatus.Paused)
                {
                    vacancy.Resume(by, now);
                }
            }
            else if (kind < 43)
            {
                vacancy.Close(ClosedReason.Filled, by, now);
            }
            else
            {
                var content = RandomContent(random, categories) with { ContactName = vacancy.ContactName, ContactEmail = vacancy.ContactEmail };
                vacancy.Edit(content, vacancy.Skills.ToList(), tags.Where(_ => random.Next(3) == 0).ToList(), now);
            }

            await db.SaveChangesAsync();
            return null;
        });
    }

    private VacancyContent RandomContent(Random random, List<int> categories)
    {
        var remote = random.Next(6) == 0;
        var at = new GeoPoint(Utrecht.Latitude + ((random.NextDouble() - 0.5) * 0.6), Utrecht.Longitude + ((random.NextDouble() - 0.5) * 0.8));
        var today = factory.Clock.Today();
        return new VacancyContent
        {
            Title = $"{TitleWords[random.Next(TitleWords.Length)]} {random.Next(1000)}",
            Description = Descriptions[random.Next(Descriptions.Length)],
            CategoryId = categories[random.Next(categories.Count)],
            IsRemote = remote,
            Postcode = remote ? null : "3581",
            Place = remote ? null : "Utrecht",
            Location = remote ? null : at,
            Commitment = (Commitment)random.Next(3),
            Schedule = WeekSchedule.Of((WeekSchedule.DutchWeek[random.Next(7)], (DayPart)random.Next(3)), (WeekSchedule.DutchWeek[random.Next(7)], (DayPart)random.Next(3))),
            HoursPerWeek = random.Next(4) == 0 ? null : random.Next(1, 13),
            RequiresVog = random.Next(4) == 0,
            EndDate = random.Next(4) == 0 ? today.AddDays(random.Next(-3, 10)) : null,
            ContactName = "Contact",
            ContactEmail = "contact@example.nl",
        };
    }

    private static VacancySearchCriteria Criteria(Random random) => new()
    {
        CategoryIds = random.Next(2) == 0 ? [random.Next(1, 10)] : [],
        Commitments = random.Next(3) == 0 ? [(Commitment)random.Next(3)] : [],
        Days = random.Next(3) == 0 ? [random.Next(7)] : [],
        DayParts = random.Next(3) == 0 ? [(DayPart)random.Next(3)] : [],
        MaxHoursPerWeek = random.Next(3) == 0 ? random.Next(1, 13) : null,
        RemoteOnly = random.Next(8) == 0,
        WithoutVog = random.Next(3) == 0,
        Origin = random.Next(2) == 0 ? Utrecht : null,
        DistanceKm = random.Next(3, 30),
        Sort = (SearchSort)random.Next(4),
        PageSize = 500,
    };

    private async Task<VacancySearchResult> SearchAsync(PublicVacancyIndex index, VacancySearchCriteria criteria) =>
        await factory.WithDbAsync((db, _) => index.SearchAsync(db, criteria, factory.Clock.Today()));

    /// <summary>The live index answers like one built now from the database, for fixed and random searches, and its counts are SQL's.</summary>
    private async Task AssertSameAsync(PublicVacancyIndex live, Random random)
    {
        var fresh = new PublicVacancyIndex(
            factory.Services.GetRequiredService<IServiceScopeFactory>(),
            factory.Clock,
            Options.Create(new PublicVacancyIndexOptions()),
            NullLogger<PublicVacancyIndex>.Instance);
        var searches = new List<VacancySearchCriteria>
        {
            new() { PageSize = 500 },
            new() { Words = SearchWords.From("tuinman"), PageSize = 500 },
            new() { Words = SearchWords.From("koken"), Sort = SearchSort.Relevance, PageSize = 500 },
            new() { Origin = Utrecht, DistanceKm = 12, Sort = SearchSort.Distance, PageSize = 500 },
        };
        searches.AddRange(Enumerable.Range(0, 20).Select(_ => Criteria(random)));
        foreach (var criteria in searches)
        {
            var expected = await SearchAsync(fresh, criteria);
            var actual = await SearchAsync(live, criteria);
            Assert.Equal(Describe(expected), Describe(actual));
        }

        var today = factory.Clock.Today();
        var all = await SearchAsync(live, new VacancySearchCriteria { PageSize = 500 });
        var sql = await factory.WithDbAsync((db, _) => db.Vacancies.PublicOn(today).GroupBy(v => v.CategoryId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync());
        Assert.Equal(sql.Sum(c => c.Count), all.Total);
        Assert.Equal(sql.OrderBy(c => c.Key).Select(c => (c.Key, c.Count)), all.Facets.Categories.Where(c => c.Value > 0).OrderBy(c => c.Key).Select(c => (c.Key, c.Value)));

        foreach (var words in WordSearches)
        {
            var criteria = new VacancySearchCriteria { Words = SearchWords.From(words), Sort = SearchSort.Relevance, PageSize = 500 };
            Assert.Equal(await ScanAsync(criteria.Words, today), (await SearchAsync(live, criteria)).Hits.Select(h => h.Id));
        }

        var near = await factory.WithDbAsync((db, _) => live.CandidatesAsync(db, new CandidateCriteria { Origin = Utrecht, BoxKm = 10 }, today));
        var nearFresh = await factory.WithDbAsync((db, _) => fresh.CandidatesAsync(db, new CandidateCriteria { Origin = Utrecht, BoxKm = 10 }, today));
        Assert.Equal(nearFresh.Select(v => v.Id), near.Select(v => v.Id));
        Assert.Equal(nearFresh, near);
    }

    /// <summary>
    /// The word search worked out the plain way, without the index: every public vacancy's text read
    /// from the database, each search word (stop words left out), as its stem or as typed without
    /// accents, the start of a term of that text; relevance the sum over the words of where each is found best (title 5, organisation or
    /// place 2, description 1); then newest first, then the highest id.
    /// </summary>
    private async Task<List<int>> ScanAsync(SearchWords words, DateOnly today)
    {
        var vacancies = await factory.WithDbAsync((db, _) => db.Vacancies.AsNoTracking().PublicOn(today)
            .Select(v => new { v.Id, v.PublishedAt, Title = v.Title + " " + v.EnglishTitle, Description = v.Description + " " + v.EnglishSummary, v.Place, Organisation = v.Organisation!.Name })
            .ToListAsync());
        var asked = words.Words.Where(w => DutchWords.Term(w) is not null).Select(w => (Forms: new[] { DutchWords.Term(w)!, DutchWords.Fold(w) }, Prefix: w.Length >= 2)).ToList();
        var ranked = new List<(int Id, int Score, DateTimeOffset? PublishedAt)>();
        foreach (var vacancy in vacancies)
        {
            var fields = new[] { (vacancy.Title, 5), (vacancy.Organisation + " " + vacancy.Place, 2), (vacancy.Description, 1) }
                .Select(f => (Terms: TermsOf(f.Item1), Weight: f.Item2))
                .ToList();
            var score = 0;
            var everyWord = asked.Count > 0;
            foreach (var (forms, prefix) in asked)
            {
                var best = fields.Where(f => f.Terms.Exists(t => forms.Any(form => prefix ? t.StartsWith(form, StringComparison.Ordinal) : t == form))).Select(f => f.Weight).DefaultIfEmpty(0).Max();
                everyWord &= best > 0;
                score += best;
            }

            if (everyWord)
            {
                ranked.Add((vacancy.Id, score, vacancy.PublishedAt));
            }
        }

        return ranked.OrderByDescending(r => r.Score).ThenByDescending(r => r.PublishedAt).ThenByDescending(r => r.Id).Select(r => r.Id).ToList();
    }

    /// <summary>The terms of a text, cut at anything but letters and digits.</summary>
    private static List<string> TermsOf(string? text) =>
        System.Text.RegularExpressions.Regex.Split((text ?? string.Empty).ToLowerInvariant(), @"[^\p{L}\p{N}\p{Mn}\p{Mc}]+")
            .Where(w => w.Length > 0)
            .Select(w => DutchWords.Term(w))
            .OfType<string>()
            .ToList();

    private static string Describe(VacancySearchResult result)
    {
        static string Counts<TKey>(IReadOnlyDictionary<TKey, int> counts) => string.Join(',', counts.Where(c => c.Value > 0).OrderBy(c => c.Key).Select(c => $"{c.Key}={c.Value}"));
        var facets = result.Facets;
        return $"{result.Total} [{string.Join(',', result.Hits.Select(h => $"{h.Id}:{h.DistanceKm:F3}"))}] "
            + $"cat {Counts(facets.Categories)} com {Counts(facets.Commitments)} days {string.Join(',', facets.Days)} parts {string.Join(',', facets.DayParts)} "
            + $"tags {Counts(facets.SuitableFor)} remote {facets.Remote} noVog {facets.WithoutVog} drop {result.BestFilterToDrop}";
    }

    /// <summary>Holds the index's build (its first read of the change log) until released, so a search arrives while it builds.</summary>
    private sealed class HoldTheBuild : DbCommandInterceptor
    {
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Release() => _released.TrySetResult();

        public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("PublicVacancyChanges", StringComparison.Ordinal) && command.CommandText.Contains("DESC", StringComparison.Ordinal))
            {
                await _released.Task.WaitAsync(cancellationToken);
            }

            return result;
        }
    }
}
