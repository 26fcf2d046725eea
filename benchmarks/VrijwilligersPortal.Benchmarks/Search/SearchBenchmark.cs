using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Domain.Taxonomy;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Infrastructure.Geo;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Infrastructure.Search;
using VrijwilligersPortal.Infrastructure.Seeding;

namespace VrijwilligersPortal.Benchmarks.Search;

/// <summary>
/// `search [sizes…] [--runs N]`: seeds an SQLite database per size with that many published
/// vacancies spread over the Dutch PC4 centroids of ../shared/data/geo/nl-postcodes.tsv (cached in
/// the temp folder between runs), then times a fixed mix of searches in-process, each the way the
/// page runs it: resolve the postcode, ask the <see cref="PublicVacancyIndex"/>, read the page's 20 cards.
/// Prints the index's build time and memory, p50/p95/max per search kind, and what a saved change
/// costs the next search (docs/performance.md, "Search").
/// </summary>
public static class SearchBenchmark
{
    private static readonly string[] Words =
    [
        "koken", "natuur", "taalmaatje", "chauffeur", "fiets", "tuin", "ouderen", "huiswerk", "kantine", "bestuur",
        "dieren", "muziek", "computer", "wandelen", "cafe", "sport", "voorlezen", "klussen", "bezoek", "boodschappen",
    ];

    private static readonly string[] TitleStarts =
    [
        "Taalmaatje", "Chauffeur", "Kok", "Gastvrouw of gastheer", "Tuinman", "Hondenuitlater", "Voorlezer", "Huiswerkbegeleider",
        "Penningmeester", "Klusser", "Fietsenmaker", "Wandelmaatje", "Barvrijwilliger", "Jeugdtrainer", "Computerhulp", "Bezoekvrijwilliger",
    ];

    private static readonly string[] TitleEnds =
    [
        "voor het buurthuis", "bij de sportclub", "in het verpleeghuis", "voor nieuwkomers", "in de natuurtuin", "bij de dierenopvang",
        "voor het muziekfestival", "in de bibliotheek", "voor ouderen in de wijk", "bij het repair café", "op de basisschool", "in het wijkcentrum",
    ];

    private static readonly string[] Sentences =
    [
        "Je werkt samen met een vaste ploeg vrijwilligers.", "We zoeken iemand die graag met mensen omgaat.",
        "Ervaring is niet nodig: we leren je alles.", "Koffie en een goede sfeer staan altijd klaar.",
        "Je helpt ouderen met boodschappen en een praatje.", "In de tuin zaaien, wieden en oogsten we samen.",
        "De kinderen maken hun huiswerk en jij helpt waar nodig.", "Je rijdt met de bus en helpt bij het instappen.",
        "Samen fietsen repareren met buurtbewoners.", "Je leest voor aan peuters en kleuters.",
        "Nieuwkomers oefenen Nederlands in een ontspannen sfeer.", "Je wandelt met honden door het park.",
        "Achter de bar schenk je koffie, thee en frisdrank.", "De computer en de telefoon zijn voor veel mensen lastig.",
        "Tijdens het festival help je bij de opbouw en de kassa.", "Het bestuur vergadert zes keer per jaar.",
    ];

    public static async Task RunAsync(string[] args)
    {
        var runs = 200;
        var sizes = new List<int>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--runs")
            {
                runs = int.Parse(args[++i], CultureInfo.InvariantCulture);
            }
            else
            {
                sizes.Add(int.Parse(args[i], CultureInfo.InvariantCulture));
            }
        }

        var postcodeFile = PostcodeFile();
        var (areas, _) = await PostcodeImport.ParseAsync(new StringReader(await File.ReadAllTextAsync(postcodeFile)));
        Console.WriteLine($"Postcodes: {areas.Count} rows from {postcodeFile}");
        foreach (var size in sizes.Count > 0 ? sizes : [10_000, 100_000])
        {
            var services = await PrepareAsync(size, areas, postcodeFile);
            var index = services.GetRequiredService<PublicVacancyIndex>();
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var build = Stopwatch.StartNew();
            await index.WhenBuiltAsync();
            build.Stop();
            var after = GC.GetTotalMemory(forceFullCollection: true);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Index built at start-up: {index.Count:N0} public vacancies in {build.Elapsed.TotalSeconds:F1} s; managed memory {(after - before) / 1048576.0:F0} MB ({(after - before) / (double)Math.Max(1, index.Count):F0} bytes per vacancy)"));
            Console.WriteLine();
            Console.WriteLine($"## {size:N0} published vacancies, {runs} searches per kind ({(Environment.GetEnvironmentVariable("PORTAL_BENCH_POSTGRES") is null ? "SQLite" : "PostgreSQL")}, in-process{(ColdText ? ", cold" : string.Empty)})");
            Console.WriteLine();
            Console.WriteLine("| search | results (median) | p50 ms | p95 ms | max ms | CPU ms per search |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|");
            foreach (var (name, make) in Mix(areas))
            {
                var random = new Random(42);
                for (var warm = 0; warm < 5; warm++)
                {
                    await SearchOnceAsync(services, make(random));
                }

                var times = new List<double>();
                var totals = new List<int>();
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                for (var run = 0; run < runs; run++)
                {
                    var (elapsed, total) = await SearchOnceAsync(services, make(random));
                    times.Add(elapsed);
                    totals.Add(total);
                }

                // Process CPU time per search: on a shared, loaded machine this is closer to what an
                // idle core would take than the wall-clock figures, which include waiting for a CPU.
                var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / runs;
                times.Sort();
                totals.Sort();
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {name} | {totals[totals.Count / 2]:N0} | {Percentile(times, 0.50):F1} | {Percentile(times, 0.95):F1} | {times[^1]:F1} | {cpu:F1} |"));
            }

            await TimeSavedChangesAsync(services, areas);

            await services.DisposeAsync();
        }
    }

    /// <summary>The fixed mix: text only; text + category; postcode + 10 km; all filters; sort by distance.</summary>
    private static IEnumerable<(string Name, Func<Random, Query> Make)> Mix(List<PostcodeArea> areas)
    {
        string Word(Random r) => Words[r.Next(Words.Length)];
        string Postcode(Random r) => areas[r.Next(areas.Count)].Code;
        yield return ("no filters (the list as it opens)", r => new Query(null, null, null, 10, false));
        yield return ("text only", r => new Query(Word(r), null, null, 10, false));
        yield return ("text + category", r => new Query(Word(r), r.Next(1, 15), null, 10, false));
        yield return ("postcode + 10 km", r => new Query(null, null, Postcode(r), 10, false));
        yield return ("all filters", r => new Query(Word(r), r.Next(1, 15), Postcode(r), 50, false, AllFilters: true));
        yield return ("postcode + 10 km, sort by distance", r => new Query(null, null, Postcode(r), 10, true));
    }

    private static async Task<(double Ms, int Total)> SearchOnceAsync(ServiceProvider services, Query query)
    {
        var clock = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var origin = query.Postcode is null ? null : await new PostcodeLookup(db).FindPostcodeOrPlaceAsync(query.Postcode);
        var criteria = new VacancySearchCriteria
        {
            Words = SearchWords.From(query.Text),
            CategoryIds = query.CategoryId is { } category ? [category] : [],
            Origin = origin?.Location,
            DistanceKm = query.Km,
            Sort = query.ByDistance ? SearchSort.Distance : query.Text is null ? SearchSort.Newest : SearchSort.Relevance,
            Commitments = query.AllFilters ? [Commitment.Ongoing, Commitment.ShortTerm] : [],
            DayParts = query.AllFilters ? [DayPart.Afternoon, DayPart.Evening] : [],
            Days = query.AllFilters ? [0, 1, 2, 3, 5] : [],
            MaxHoursPerWeek = query.AllFilters ? 8 : null,
            SuitableForIds = query.AllFilters ? [1, 2, 3] : [],
            WithoutVog = query.AllFilters,
        };
        var index = services.GetRequiredService<PublicVacancyIndex>();
        if (ColdText)
        {
            index.ForgetCachedResults();
        }

        var result = await index.SearchAsync(db, criteria, Today);
        var ids = result.Hits.Select(h => h.Id).ToList();

        // The page then reads its cards, as VacancyCardQuery does.
        var cards = await db.Vacancies.AsNoTracking().Where(v => ids.Contains(v.Id))
            .Select(v => new
            {
                v.Id,
                v.Title,
                Organisation = v.Organisation!.Name,
                v.Place,
                v.Commitment,
                v.Schedule,
                v.HoursPerWeek,
                Tags = v.SuitableFor.OrderBy(t => t.SortOrder).Select(t => t.Name).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync();
        if (cards.Count != ids.Count)
        {
            throw new InvalidOperationException("Cards missing");
        }

        return (clock.Elapsed.TotalMilliseconds, result.Total);
    }

    private static readonly DateOnly Today = new(2026, 11, 28);

    /// <summary>
    /// What a saved change costs the next search: a vacancy's title is edited and it is paused or
    /// resumed (through SaveChanges, so the change log and the index see it as in the portal), then
    /// the next search of each kind is timed and compared with the same search without a change.
    /// </summary>
    private static async Task TimeSavedChangesAsync(ServiceProvider services, List<PostcodeArea> areas)
    {
        const int Changes = 30;
        var random = new Random(7);
        var queries = Mix(areas).Select(m => m.Make(random)).ToList();
        var plain = new List<double>();
        var afterChange = new List<double>();
        for (var i = 0; i < Changes; i++)
        {
            var query = queries[i % queries.Count];
            plain.Add((await SearchOnceAsync(services, query)).Ms);
            await using (var scope = services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
                var id = 1 + random.Next(await db.Vacancies.MaxAsync(v => v.Id));
                var vacancy = await db.Vacancies.Include(v => v.Skills).Include(v => v.SuitableFor).AsSplitQuery().SingleAsync(v => v.Id == id);
                var at = new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);
                vacancy.Edit(vacancy.Content() with { Title = TitleStarts[random.Next(TitleStarts.Length)] + " " + Words[random.Next(Words.Length)] }, vacancy.Skills, vacancy.SuitableFor, at);
                if (vacancy.Status == VacancyStatus.Published)
                {
                    vacancy.Pause(Guid.Empty, at);
                }
                else if (vacancy.Status == VacancyStatus.Paused)
                {
                    vacancy.Resume(Guid.Empty, at);
                }

                await db.SaveChangesAsync();
            }

            afterChange.Add((await SearchOnceAsync(services, query)).Ms);
        }

        plain.Sort();
        afterChange.Sort();
        Console.WriteLine();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"After a saved change ({Changes} edits, each followed by one search of the mix): p50 {Percentile(afterChange, 0.50):F1} ms, p95 {Percentile(afterChange, 0.95):F1} ms, max {afterChange[^1]:F1} ms; the same searches without a change p50 {Percentile(plain, 0.50):F1} ms, p95 {Percentile(plain, 0.95):F1} ms."));
    }

    /// <summary>PORTAL_BENCH_COLD_TEXT=1: every search's words go to the full-text engine (no cached hits).</summary>
    private static readonly bool ColdText = Environment.GetEnvironmentVariable("PORTAL_BENCH_COLD_TEXT") == "1";

    private static async Task<ServiceProvider> PrepareAsync(int size, List<PostcodeArea> areas, string postcodeFile)
    {
        // PORTAL_BENCH_POSTGRES (a connection string) seeds and searches PostgreSQL instead (scripts/wrk-search-postgres.sh).
        var postgres = Environment.GetEnvironmentVariable("PORTAL_BENCH_POSTGRES");
        var path = postgres ?? Path.Combine(Path.GetTempPath(), $"vrijwilligersportal-search-bench-{size}.db");
        var settings = postgres is null
            ? new Dictionary<string, string?> { ["ConnectionStrings:Portal"] = $"Data Source={path}" }
            : new Dictionary<string, string?> { ["Database:Provider"] = "Postgres", ["ConnectionStrings:Portal"] = postgres };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddPortalPersistence(configuration, Path.GetTempPath()).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await db.Database.MigrateAsync();
        if (postgres is null)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
        var have = await db.Vacancies.CountAsync();
        if (have == size)
        {
            Console.WriteLine($"Reusing {path} ({size:N0} vacancies)");
            return services;
        }

        if (have != 0)
        {
            throw new InvalidOperationException($"{path} holds {have} vacancies, not {size}; delete it.");
        }

        var clock = Stopwatch.StartNew();
        using (var reader = new StreamReader(postcodeFile))
        {
            await PostcodeImport.ImportAsync(db, reader);
        }

        if (!await db.Categories.AnyAsync())
        {
            db.Categories.AddRange(ReferenceData.Categories.Select((c, i) => new Category(c.Name, c.Slug, i)));
        }

        if (!await db.SuitableForTags.AnyAsync())
        {
            db.SuitableForTags.AddRange(ReferenceData.SuitableFor.Select((t, i) => new SuitableForTag(t.Name, t.Slug, i)));
        }

        await db.SaveChangesAsync();
        var categories = await db.Categories.Select(c => c.Id).ToListAsync();
        var tagIds = await db.SuitableForTags.Select(t => t.Id).ToListAsync();

        var random = new Random(2026);
        var now = new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);
        var member = new PortalUser { UserName = "bench@example.nl", Email = "bench@example.nl", DisplayName = "Benchmark", CreatedAt = now };
        db.Users.Add(member);
        await db.SaveChangesAsync();
        var by = member.Id;
        var organisations = new List<Organisation>();
        for (var i = 0; i < Math.Max(50, size / 100); i++)
        {
            var area = areas[random.Next(areas.Count)];
            var organisation = Organisation.Register(
                new OrganisationProfile
                {
                    Name = $"{(i % 2 == 0 ? "Stichting" : "Vereniging")} {TitleEnds[random.Next(TitleEnds.Length)].Split(' ')[^1]} {area.Place} {i}",
                    Kind = i % 2 == 0 ? OrganisationKind.Foundation : OrganisationKind.Association,
                    Postcode = area.Code,
                    Place = area.Place,
                    Description = Sentences[random.Next(Sentences.Length)],
                    ContactName = "Contact",
                    ContactEmail = $"org{i}@example.nl",
                },
                by,
                now.AddDays(-400));
            organisation.Approve(by, now.AddDays(-399));
            organisations.Add(organisation);
        }

        db.Organisations.AddRange(organisations);
        await db.SaveChangesAsync();
        var organisationIds = organisations.Select(o => o.Id).ToList();
        db.ChangeTracker.Clear();

        for (var done = 0; done < size;)
        {
            var batch = Math.Min(2_000, size - done);
            var tags = await db.SuitableForTags.ToListAsync();
            for (var i = 0; i < batch; i++)
            {
                var area = areas[random.Next(areas.Count)];
                var remote = random.Next(20) == 0;
                var slots = Enumerable.Range(0, random.Next(1, 5)).Select(_ => (WeekSchedule.DutchWeek[random.Next(7)], (DayPart)random.Next(3))).ToArray();
                var at = now.AddMinutes(-random.Next(60 * 24 * 300));
                var content = new VacancyContent
                {
                    Title = $"{TitleStarts[random.Next(TitleStarts.Length)]} {TitleEnds[random.Next(TitleEnds.Length)]}",
                    Description = string.Join(' ', Enumerable.Range(0, 4).Select(_ => Sentences[random.Next(Sentences.Length)])),
                    CategoryId = categories[random.Next(categories.Count)],
                    IsRemote = remote,
                    Postcode = remote ? null : area.Code,
                    Place = remote ? null : area.Place,
                    Location = remote ? null : new GeoPoint(area.Latitude, area.Longitude),
                    Commitment = (Commitment)random.Next(3),
                    Schedule = WeekSchedule.Of(slots),
                    HoursPerWeek = random.Next(4) == 0 ? null : random.Next(1, 13),
                    EndDate = random.Next(3) == 0 ? Today.AddDays(random.Next(1, 120)) : null,
                    RequiresVog = random.Next(4) == 0,
                    ContactName = "Contact",
                    ContactEmail = "contact@example.nl",
                };
                var chosen = tags.Where(_ => random.Next(3) == 0).ToList();
                var vacancy = Vacancy.CreateDraft(organisationIds[random.Next(organisationIds.Count)], content, [], chosen, by, at);
                vacancy.Submit(centreReviewsVacancies: false, by, at);
                db.Vacancies.Add(vacancy);
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            done += batch;
        }

        await db.Database.ExecuteSqlRawAsync("ANALYZE;");
        Console.WriteLine($"Seeded {path}: {size:N0} vacancies, {organisationIds.Count} organisations, {tagIds.Count} tags in {clock.Elapsed.TotalSeconds:F0} s");
        return services;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static string PostcodeFile()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "VrijwilligersPortal.sln")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "geo", "nl-postcodes.tsv"));
            }
        }

        throw new DirectoryNotFoundException("No VrijwilligersPortal.sln above " + AppContext.BaseDirectory);
    }

    private sealed record Query(string? Text, int? CategoryId, string? Postcode, int Km, bool ByDistance, bool AllFilters = false);
}
