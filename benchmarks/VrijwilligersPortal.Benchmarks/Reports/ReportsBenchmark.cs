using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VrijwilligersPortal.Domain.Applications;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.FollowUps;
using VrijwilligersPortal.Domain.Mediations;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Domain.Taxonomy;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Domain.Volunteers;
using VrijwilligersPortal.Infrastructure.Geo;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Infrastructure.Seeding;
using VrijwilligersPortal.Web.Features.BackOffice.Reports;

namespace VrijwilligersPortal.Benchmarks.Reports;

/// <summary>
/// `reports [volunteers] [applications] [mediations] [--runs N]`: five years of a large centre in
/// six municipalities around Utrecht (default 100,000 volunteers, 500,000 applications, 20,000
/// mediations), made through the domain's own methods so every status change is in the history,
/// then times the report the way /beheer/rapportages builds it (<see cref="ReportQueries"/>: the
/// list of areas, the postcodes of the municipality, the counts per period in the database, the tables)
/// for a year and for a month. SQLite by default; PORTAL_BENCH_POSTGRES (a connection string)
/// uses PostgreSQL. docs/performance.md, "Reports".
/// </summary>
public static class ReportsBenchmark
{
    /// <summary>Runs of each case before the measured ones (see where they run).</summary>
    private const int WarmUpRuns = 5;

    private static readonly string[] Municipalities = ["Utrecht", "Amersfoort", "Zeist", "Nieuwegein", "De Bilt", "Houten"];

    private static readonly DateTimeOffset Start = new(2022, 1, 1, 8, 0, 0, TimeSpan.Zero);

    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    public static async Task RunAsync(string[] args)
    {
        var runs = 20;
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

        var volunteers = sizes.Count > 0 ? sizes[0] : 100_000;
        var applications = sizes.Count > 1 ? sizes[1] : 500_000;
        var mediations = sizes.Count > 2 ? sizes[2] : 20_000;
        await using var services = await PrepareAsync(volunteers, applications, mediations);

        var postgres = Environment.GetEnvironmentVariable("PORTAL_BENCH_POSTGRES") is not null;
        Console.WriteLine();
        Console.WriteLine($"## {volunteers:N0} volunteers, {applications:N0} applications, {mediations:N0} mediations over five years ({(postgres ? "PostgreSQL" : "SQLite")}, in-process, {runs} runs)");
        Console.WriteLine();
        Console.WriteLine("| report | applications sent in the period | p50 ms | p95 ms | max ms | CPU ms per report |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        (string Name, ReportPeriod Period, string? Municipality)[] cases =
        [
            ("year 2025, gemeente Utrecht", ReportPeriod.Year(2025), "Utrecht"),
            ("month October 2026, gemeente Utrecht", ReportPeriod.Month(2026, 10), "Utrecht"),
            ("year 2025, the whole centre", ReportPeriod.Year(2025), null),
            ("month October 2026, the whole centre", ReportPeriod.Month(2026, 10), null),
        ];
        foreach (var (name, period, municipality) in cases)
        {
            // Five first: Npgsql prepares a statement on a connection at its fifth use, and the
            // report's ~75 statements on four pooled connections made one of the first runs take
            // 0.7–1.2 s. That happens once per connection of a running portal; the measured runs
            // are a warm portal's, and the first runs are printed beside them.
            var warmUp = new List<double>();
            for (var warm = 0; warm < WarmUpRuns; warm++)
            {
                warmUp.Add((await ReportOnceAsync(services, period, municipality)).Ms);
            }

            var times = new List<double>();
            var rows = 0;
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var gen2Before = GC.CollectionCount(2);
            for (var run = 0; run < runs; run++)
            {
                var (elapsed, read) = await ReportOnceAsync(services, period, municipality);
                times.Add(elapsed);
                rows = read;
            }

            var laps = Laps.Skip(WarmUpRuns).ToList();
            Laps.Clear();
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"   {name}: areas {laps.Average(l => l.Areas):F0} ms, postcodes {laps.Average(l => l.Codes):F0} ms, read {laps.Average(l => l.Load):F0} ms, count {laps.Average(l => l.Build):F0} ms (means); runs {string.Join(' ', times.Select(t => t.ToString("F0", CultureInfo.InvariantCulture)))} ms; {GC.CollectionCount(2) - gen2Before} full collections; first runs {string.Join(' ', warmUp.Select(t => t.ToString("F0", CultureInfo.InvariantCulture)))} ms"));
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / runs;
            times.Sort();
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {name} | {rows:N0} | {Percentile(times, 0.50):F0} | {Percentile(times, 0.95):F0} | {times[^1]:F0} | {cpu:F0} |"));
        }
    }

    /// <summary>Where each report's time went: the list of areas, the postcodes, reading, counting.</summary>
    private static readonly List<(double Areas, double Codes, double Load, double Build)> Laps = [];

    /// <summary>The page's cache of the area list (ReportQueries.AreasKeptFor): kept between reports as on the site.</summary>
    private static readonly MemoryCache AreaCache = new(new MemoryCacheOptions());

    /// <summary>One report as the page makes it: areas for the form, the municipality's postcodes, the report with its hours.</summary>
    private static async Task<(double Ms, int Rows)> ReportOnceAsync(ServiceProvider services, ReportPeriod period, string? municipality)
    {
        var clock = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var (municipalities, _) = await ReportQueries.AreasAsync(db, AreaCache, CancellationToken.None);
        var areasMs = clock.Elapsed.TotalMilliseconds;
        if (municipality is not null && !municipalities.Contains(municipality))
        {
            throw new InvalidOperationException($"{municipality} is not among the areas");
        }

        var codes = municipality is null ? null : await ReportQueries.CodesAsync(db, municipality, null, CancellationToken.None);
        var codesMs = clock.Elapsed.TotalMilliseconds;
        // What ReportQueries.BuildAsync does, in two steps to time them apart.
        // PORTAL_BENCH_SEQUENTIAL=1: every period on the one connection, to see what counting them alongside each other gains.
        var alongside = Environment.GetEnvironmentVariable("PORTAL_BENCH_SEQUENTIAL") == "1" ? null : services.GetRequiredService<IServiceScopeFactory>();
        var counts = await ReportQueries.LoadAsync(db, [period, period.Previous(), period.YearEarlier()], codes, CancellationToken.None, alongside);
        var loadMs = clock.Elapsed.TotalMilliseconds;
        var report = new ReportBuilder(counts, text => text).Build(period, municipality ?? "De hele centrale");
        report = report with { Tables = [.. report.Tables, .. await ReportHours.TablesAsync(db, period, codes, text => text, CancellationToken.None)] };
        Laps.Add((areasMs, codesMs - areasMs, loadMs - codesMs, clock.Elapsed.TotalMilliseconds - loadMs));
        var sent = report.Table("reacties")!.Rows[0].Current.Count;
        if (sent is null or 0)
        {
            throw new InvalidOperationException($"The report for {period.Label} counted no applications: the data set is wrong.");
        }

        return (clock.Elapsed.TotalMilliseconds, (int)sent.Value);
    }

    private static async Task<ServiceProvider> PrepareAsync(int volunteerCount, int applicationCount, int mediationCount)
    {
        var postgres = Environment.GetEnvironmentVariable("PORTAL_BENCH_POSTGRES");
        var path = postgres ?? Path.Combine(Path.GetTempPath(), $"vrijwilligersportal-reports-bench-{volunteerCount}-{applicationCount}-{mediationCount}.db");
        var settings = postgres is null
            ? new Dictionary<string, string?> { ["ConnectionStrings:Portal"] = $"Data Source={path}" }
            : new Dictionary<string, string?> { ["Database:Provider"] = "Postgres", ["ConnectionStrings:Portal"] = postgres };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var collection = new ServiceCollection().AddPortalPersistence(configuration, Path.GetTempPath());
        if (Environment.GetEnvironmentVariable("PORTAL_BENCH_SQL") == "1")
        {
            // Every statement with its duration, to see which read a report waits for.
            collection.AddLogging(logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning).AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Information));
        }
        else if (Environment.GetEnvironmentVariable("PORTAL_BENCH_SQL") == "compile")
        {
            // Every query EF Core compiles (its query cache missed), with times. Measured 2026-12-06: a warm
            // report still compiled 2, the "still active" pieces, whose CASE differs in shape between calls.
            collection.AddLogging(logging => logging.AddSimpleConsole(console => console.TimestampFormat = "HH:mm:ss.fff ").SetMinimumLevel(LogLevel.Warning).AddFilter("Microsoft.EntityFrameworkCore.Query", LogLevel.Debug).AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Information));
        }

        var services = collection.BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        var upgrading = (await db.Database.GetAppliedMigrationsAsync()).Any() && (await db.Database.GetPendingMigrationsAsync()).Any();
        await db.Database.MigrateAsync();
        if (postgres is null)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            if (upgrading)
            {
                // As the portal does at its start after a migration: statistics for the new indexes too.
                await PortalDatabase.CompleteStatisticsAsync(db);
            }
        }

        var have = await db.Applications.CountAsync();
        if (have == applicationCount)
        {
            Console.WriteLine($"Reusing {(postgres is null ? path : "the PostgreSQL database")} ({have:N0} applications)");
            return services;
        }

        if (have != 0)
        {
            throw new InvalidOperationException($"The database holds {have} applications, not {applicationCount}; delete it.");
        }

        var clock = Stopwatch.StartNew();
        using (var reader = new StreamReader(PostcodeFile()))
        {
            await PostcodeImport.ImportAsync(db, reader);
        }

        if (!await db.Categories.AnyAsync())
        {
            db.Categories.AddRange(ReferenceData.Categories.Select((c, i) => new Category(c.Name, c.Slug, i)));
            db.SuitableForTags.AddRange(ReferenceData.SuitableFor.Select((t, i) => new SuitableForTag(t.Name, t.Slug, i)));
        }

        var staff = new PortalUser { UserName = "bench@example.nl", Email = "bench@example.nl", DisplayName = "Benchmark", CreatedAt = Start };
        db.Users.Add(staff);
        await db.SaveChangesAsync();
        var by = staff.Id;
        var categories = await db.Categories.OrderBy(c => c.Id).Select(c => c.Id).ToListAsync();
        var areas = await db.PostcodeAreas.AsNoTracking().Where(p => p.Municipality != null && Municipalities.Contains(p.Municipality)).OrderBy(p => p.Id).ToListAsync();
        if (areas.Select(a => a.Municipality).Distinct().Count() != Municipalities.Length)
        {
            throw new InvalidOperationException("Not every municipality of the benchmark is in the postcode file.");
        }

        var random = new Random(2026);
        DateTimeOffset Between(DateTimeOffset from, DateTimeOffset to) => from + TimeSpan.FromMinutes(random.NextDouble() * Math.Max(0, (to - from).TotalMinutes));
        DateTimeOffset Before(DateTimeOffset at, int days) => at + TimeSpan.FromMinutes(random.NextDouble() * days * 24 * 60) is var next && next < Now ? next : Now.AddMinutes(-random.Next(1, 600));

        // Volunteers, in the order they registered, so "someone registered before this moment" is an index range.
        var volunteerTimes = Enumerable.Range(0, volunteerCount).Select(_ => Between(Start.AddDays(-30), Now)).Order().ToArray();
        var volunteerIds = new int[volunteerCount];
        for (var done = 0; done < volunteerCount;)
        {
            var batch = new List<Volunteer>();
            for (var i = done; i < Math.Min(volunteerCount, done + 5_000); i++)
            {
                var area = areas[random.Next(areas.Count)];
                var volunteer = Volunteer.WithoutAccount($"Vrijwilliger {i}", null, null, true, by, volunteerTimes[i]);
                volunteer.SetLocation($"{area.Code} AB", new GeoPoint(area.Latitude, area.Longitude), 10);
                volunteer.SetBirthYear(random.Next(4) == 0 ? null : random.Next(1945, 2011), 2026);
                batch.Add(volunteer);
            }

            db.Volunteers.AddRange(batch);
            await db.SaveChangesAsync();
            for (var i = 0; i < batch.Count; i++)
            {
                volunteerIds[done + i] = batch[i].Id;
            }

            db.ChangeTracker.Clear();
            done += batch.Count;
        }

        int VolunteerBefore(DateTimeOffset at)
        {
            var registered = Array.BinarySearch(volunteerTimes, at) is var index && index < 0 ? ~index : index;
            return volunteerIds[random.Next(Math.Max(1, registered))];
        }

        var organisations = new List<Organisation>();
        for (var i = 0; i < Math.Max(50, volunteerCount / 50); i++)
        {
            var area = areas[random.Next(areas.Count)];
            var registered = Between(Start.AddDays(-60), Now.AddDays(-30));
            var organisation = Organisation.Register(
                new OrganisationProfile
                {
                    Name = $"Stichting {area.Place} {i}",
                    Kind = OrganisationKind.Foundation,
                    Postcode = $"{area.Code} CD",
                    Place = area.Place,
                    Description = "Een organisatie in de wijk.",
                    ContactName = "Contact",
                    ContactEmail = $"org{i}@example.nl",
                },
                by,
                registered);
            organisation.Approve(by, Before(registered, 10));
            organisations.Add(organisation);
        }

        db.Organisations.AddRange(organisations);
        await db.SaveChangesAsync();
        var organisationList = organisations.Select(o => (o.Id, o.RegisteredAt)).ToList();
        db.ChangeTracker.Clear();
        var tags = await db.SuitableForTags.OrderBy(t => t.Id).ToListAsync();

        // Vacancies published over the five years, each open 30 to 300 days, with about 20
        // applications each; the volunteers' organisation answers most of them.
        var vacancyCount = 0;
        var madeApplications = 0;
        var placedVacancies = new List<(int Id, DateTimeOffset From, DateTimeOffset Until)>();
        for (var done = 0; madeApplications < applicationCount;)
        {
            var batch = 500;
            var vacancies = new List<Vacancy>();
            tags = await db.SuitableForTags.OrderBy(t => t.Id).ToListAsync(); // tracked again after each batch's Clear()
            for (var i = 0; i < batch; i++)
            {
                var (organisationId, registeredAt) = organisationList[random.Next(organisationList.Count)];
                var published = Between(registeredAt.AddDays(11) > Start ? registeredAt.AddDays(11) : Start, Now.AddDays(-7));
                var open = TimeSpan.FromDays(random.Next(30, 300));
                var ends = published + open;
                var area = areas[random.Next(areas.Count)];
                var remote = random.Next(10) == 0;
                var content = new VacancyContent
                {
                    Title = $"Vrijwilliger {done + i}",
                    Description = "Je helpt mee in de wijk, samen met andere vrijwilligers.",
                    CategoryId = categories[random.Next(categories.Count)],
                    IsRemote = remote,
                    Postcode = remote ? null : $"{area.Code} EF",
                    Place = remote ? null : area.Place,
                    Location = remote ? null : new GeoPoint(area.Latitude, area.Longitude),
                    Commitment = (Commitment)random.Next(3),
                    Schedule = WeekSchedule.Of([(WeekSchedule.DutchWeek[random.Next(7)], (DayPart)random.Next(3))]),
                    EndDate = random.Next(3) == 0 ? DateOnly.FromDateTime(ends.UtcDateTime) : null,
                    ContactName = "Contact",
                    ContactEmail = "contact@example.nl",
                };
                var vacancy = Vacancy.CreateDraft(organisationId, content, [], tags.Where(_ => random.Next(4) == 0).ToList(), by, published.AddHours(-2));
                vacancy.Submit(centreReviewsVacancies: false, by, published);
                var wanted = Math.Min(applicationCount - madeApplications, random.Next(10, 31));
                var volunteersHere = new HashSet<int>();
                var anyPlaced = false;
                for (var a = 0; a < wanted; a++)
                {
                    // Spread over the whole time the vacancy is open; what would come after today has not happened yet.
                    var at = Between(published, ends.AddHours(-1));
                    if (at >= Now)
                    {
                        continue;
                    }

                    var volunteerId = VolunteerBefore(at);
                    if (!volunteersHere.Add(volunteerId))
                    {
                        continue;
                    }

                    var application = vacancy.Apply(volunteerId, "Ik wil graag helpen bij jullie organisatie.", ContactPreference.Email, by, at);
                    madeApplications++;
                    var outcome = random.Next(100);
                    if (outcome < 12)
                    {
                        continue; // never answered
                    }

                    if (outcome < 20)
                    {
                        application.Withdraw(by, Before(at, 20));
                        continue;
                    }

                    var contact = Before(at, 14);
                    application.StartContact(by, contact);
                    if (outcome < 55)
                    {
                        var placedAt = Before(contact, 21);
                        application.Place(by, placedAt);
                        anyPlaced = true;
                        foreach (var followUp in PlacementFollowUp.ForPlacement(application, TimeSpan.FromDays(42), placedAt))
                        {
                            if (followUp.DueAt < Now && random.Next(2) == 0)
                            {
                                followUp.MarkSent(followUp.DueAt);
                                followUp.Answer(random.Next(1, 6), random.Next(5) > 0, random.Next(10) == 0 ? "Het gaat heel goed, ik help elke week." : null, true, Before(followUp.DueAt, 10));
                            }

                            db.PlacementFollowUps.Add(followUp);
                        }
                    }
                    else if (outcome < 85)
                    {
                        application.Decline("Helaas past het nu niet.", by, Before(contact, 21));
                    }
                }

                if (ends < Now)
                {
                    if (anyPlaced)
                    {
                        vacancy.Close(ClosedReason.Filled, by, ends);
                    }
                    else if (vacancy.EndDate is null)
                    {
                        vacancy.Close(ClosedReason.Withdrawn, by, ends);
                    }
                }

                vacancies.Add(vacancy);
                vacancyCount++;
            }

            db.Vacancies.AddRange(vacancies);
            await db.SaveChangesAsync();
            placedVacancies.AddRange(vacancies.Select(v => (v.Id, v.PublishedAt!.Value, v.History[^1].To == VacancyStatus.Closed ? v.History[^1].At : Now)));
            db.ChangeTracker.Clear();
            done += batch;
            if (done % 5_000 == 0)
            {
                Console.WriteLine($"  {done:N0} vacancies, {madeApplications:N0} applications ({clock.Elapsed.TotalSeconds:F0} s)");
            }
        }

        // Mediations: half placed on a vacancy open at the time and followed up, the rest closed
        // without a placement or still running.
        var tagIds = tags.Select(t => t.Id).ToList();
        var references = Enum.GetValues<ReferralSource>();
        var activeCases = new HashSet<int>();
        for (var done = 0; done < mediationCount;)
        {
            var batch = new List<Mediation>();
            while (batch.Count < Math.Min(2_000, mediationCount - done))
            {
                var requested = Between(Start, Now.AddDays(-1));
                var volunteerId = VolunteerBefore(requested);
                if (activeCases.Contains(volunteerId))
                {
                    continue; // one case at a time per volunteer; try another moment
                }

                var mediation = Mediation.Request(volunteerId, "Ik zoek iets om te doen.", by, requested);
                batch.Add(mediation);
                activeCases.Add(volunteerId);
                var outcome = random.Next(100);
                if (outcome < 8)
                {
                    continue;
                }

                var intake = Before(requested, 14);
                mediation.RecordIntake(new MediationIntake { ReferralSource = references[random.Next(references.Length)], Wishes = "Iets met mensen.", SuitableForIds = tagIds.Where(_ => random.Next(4) == 0).ToList() }, by, intake);
                if (outcome < 58)
                {
                    var open = Enumerable.Range(0, 50).Select(_ => placedVacancies[random.Next(placedVacancies.Count)]).FirstOrDefault(v => v.From < intake && v.Until > intake);
                    if (open.Id == 0)
                    {
                        continue;
                    }

                    var proposed = Before(intake, 10);
                    var proposal = mediation.Propose(open.Id, by, proposed);
                    mediation.AcceptProposal(proposal, by, Before(proposed, 5));
                    var placed = Before(proposed, 20);
                    mediation.Place(proposal, TimeSpan.FromDays(42), by, placed);
                    if (placed.AddDays(42) < Now && random.Next(3) > 0)
                    {
                        mediation.RecordFollowUp(random.Next(1, 6), random.Next(8) == 0 ? "Ze voelt zich welkom en gaat elke week." : null, true, close: true, by, Before(placed.AddDays(42), 14));
                    }
                }
                else if (outcome < 90)
                {
                    mediation.Close("Past nu niet.", by, Before(intake, 60));
                }
            }

            activeCases.ExceptWith(batch.Where(m => !m.IsActive).Select(m => m.VolunteerId));
            db.Mediations.AddRange(batch);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            done += batch.Count;
        }

        await db.Database.ExecuteSqlRawAsync("ANALYZE;");
        Console.WriteLine($"Seeded {(postgres is null ? path : "PostgreSQL")}: {volunteerCount:N0} volunteers, {organisationList.Count:N0} organisations, {vacancyCount:N0} vacancies, {madeApplications:N0} applications, {mediationCount:N0} mediations in {clock.Elapsed.TotalSeconds:F0} s");
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
}
