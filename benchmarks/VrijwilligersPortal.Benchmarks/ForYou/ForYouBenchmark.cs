using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using VrijwilligersPortal.Benchmarks.Matching;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Matching;
using VrijwilligersPortal.Domain.Organisations;
using VrijwilligersPortal.Domain.Taxonomy;
using VrijwilligersPortal.Domain.Vacancies;
using VrijwilligersPortal.Domain.Volunteers;
using VrijwilligersPortal.Infrastructure.Identity;
using VrijwilligersPortal.Infrastructure.Matching;
using VrijwilligersPortal.Infrastructure.Persistence;
using VrijwilligersPortal.Infrastructure.Search;
using VrijwilligersPortal.Infrastructure.Persistence.Sqlite;
using VrijwilligersPortal.Infrastructure.Seeding;

namespace VrijwilligersPortal.Benchmarks.ForYou;

/// <summary>
/// `for-you [vacancies] [volunteers] [database]`: the /mijn/voor-jou query path against a real
/// SQLite database (docs/performance.md, "Voor jou"). Seeds published vacancies over the Dutch PC4
/// centroids through the domain and EF (as the portal would store them), plus volunteers with
/// profiles from complete to empty, then times for each volunteer what the page does: read the
/// volunteer's snapshot, narrow the in-memory public vacancies, score them, count the places taken
/// of the best and read their titles, each time in a fresh scope (a new DbContext). Reports p50/p95/p99 per kind of profile and overall.
/// </summary>
public static class ForYouBenchmark
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    public static async Task RunAsync(string[] args)
    {
        var vacancyCount = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var volunteerCount = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 300;
        var path = args.Length > 2 ? args[2] : Path.Combine(Path.GetTempPath(), $"vp-for-you-{vacancyCount}.db");
        var options = new DbContextOptionsBuilder<SqlitePortalDbContext>().UseSqlite($"Data Source={path}").Options;
        var clock = new FixedClock(Now);

        var seeding = Stopwatch.StartNew();
        if (File.Exists(path))
        {
            Console.WriteLine($"Using the existing database {path} (delete it to seed again).");
        }
        else
        {
            await SeedAsync(options, NlPostcodes.Load(), vacancyCount, volunteerCount);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Seeded {vacancyCount:N0} vacancies and {volunteerCount} volunteers in {seeding.Elapsed.TotalSeconds:F0} s: {path}"));
        }

        List<(int Id, string Kind)> volunteers;
        await using (var db = new SqlitePortalDbContext(options))
        {
            var rows = await db.Volunteers.AsNoTracking()
                .Select(v => new { v.Id, HasPlace = v.Latitude != null, HasInterests = v.Interests.Any(), v.MaxDistanceKm })
                .ToListAsync();
            volunteers = rows.ConvertAll(v => (v.Id, !v.HasPlace ? (v.HasInterests ? "interesses, geen postcode" : "leeg profiel") : !v.HasInterests ? "postcode, geen interesses" : v.MaxDistanceKm is null ? "postcode + interesses, geen reisgrens" : "postcode + interesses + reisgrens"));
        }

        // The portal's own services, with the fixed clock, so the in-memory public vacancies are
        // read once here (timed: that is what the first visitor after a saved change waits for)
        // and not again in the background during the run.
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Portal"] = $"Data Source={path}" })
            .Build();
        await using var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(clock)
            .AddPortalPersistence(configuration, Path.GetTempPath())
            .BuildServiceProvider();
        var load = Stopwatch.StartNew();
        await using (var scope = services.CreateAsyncScope())
        {
            var index = scope.ServiceProvider.GetRequiredService<PublicVacancyIndex>();
            await index.WhenBuiltAsync();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Built the public-vacancy index of {index.Count:N0} vacancies in {load.Elapsed.TotalMilliseconds:F0} ms (once, at start-up)."));
        }

        // Warm-up: JIT, EF's query cache, SQLite's page cache.
        foreach (var (id, _) in volunteers.Take(20))
        {
            await TimeOneAsync(services, clock, id);
        }

        // Again, warm: what a saved change costs the next visitor.
        for (var i = 0; i < 3; i++)
        {
            await using (var scope = services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
                var changed = await db.Vacancies.Where(v => v.Status == VacancyStatus.Published || v.Status == VacancyStatus.Paused).OrderBy(v => v.Id).FirstAsync();
                if (changed.Status == VacancyStatus.Published)
                {
                    changed.Pause(Guid.Empty, clock.GetUtcNow());
                }
                else
                {
                    changed.Resume(Guid.Empty, clock.GetUtcNow());
                }

                await db.SaveChangesAsync();
            }

            load.Restart();
            await TimeOneAsync(services, clock, volunteers[0].Id);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"After a saved change: applied to the index and ranked in {load.Elapsed.TotalMilliseconds:F0} ms."));
        }

        // Wall-clock time is what a visitor waits; CPU time of this (single-threaded, sequential)
        // process is what the work costs, and does not grow when other processes share the CPU.
        var timings = new List<(string Kind, double Ms, double CpuMs, int Found)>();
        using var process = Process.GetCurrentProcess();
        foreach (var (id, kind) in volunteers)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var (ms, found) = await TimeOneAsync(services, clock, id);
            process.Refresh();
            timings.Add((kind, ms, (process.TotalProcessorTime - cpu).TotalMilliseconds, found));
        }

        Console.WriteLine();
        Console.WriteLine("| profile | volunteers | p50 | p95 | p99 | max | CPU p50 | CPU p95 |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var group in timings.GroupBy(t => t.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            Console.WriteLine(Row(group.Key, group.Select(t => t.Ms).ToList(), group.Select(t => t.CpuMs).ToList()));
        }

        Console.WriteLine(Row("**all**", timings.Select(t => t.Ms).ToList(), timings.Select(t => t.CpuMs).ToList()));

        // The mediation case page ranks the same way for staff, over every category in range.
        var caseTimings = new List<(double Ms, double CpuMs)>();
        foreach (var (id, _) in volunteers)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var (ms, _) = await TimeOneAsync(services, clock, id, beyondInterests: true);
            process.Refresh();
            caseTimings.Add((ms, (process.TotalProcessorTime - cpu).TotalMilliseconds));
        }

        Console.WriteLine(Row("bemiddeling: alle categorieën", caseTimings.Select(t => t.Ms).ToList(), caseTimings.Select(t => t.CpuMs).ToList()));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\nnproc {Environment.ProcessorCount}. Mean suggestions shown: {timings.Average(t => t.Found):F1} of 10; load average now: {File.ReadAllText("/proc/loadavg").Trim()}"));
    }

    private static async Task<(double Ms, int Found)> TimeOneAsync(ServiceProvider services, TimeProvider clock, int volunteerId, bool beyondInterests = false)
    {
        var watch = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var matching = new MatchingQueries(db, scope.ServiceProvider.GetRequiredService<PublicVacancyIndex>(), clock, MatchWeights.Default);
        var volunteer = await matching.VolunteerAsync(volunteerId, CancellationToken.None) ?? throw new InvalidOperationException("No volunteer " + volunteerId);
        var ranked = await matching.RankVacanciesAsync(volunteer, 10, CancellationToken.None, new RankingOptions { BeyondInterests = beyondInterests });
        _ = ProfileGaps.For(volunteer);
        return (watch.Elapsed.TotalMilliseconds, ranked.Count);
    }

    private static string Row(string kind, List<double> ms, List<double> cpu)
    {
        ms.Sort();
        cpu.Sort();
        return string.Create(CultureInfo.InvariantCulture, $"| {kind} | {ms.Count} | {Percentile(ms, 0.50):F1} ms | {Percentile(ms, 0.95):F1} ms | {Percentile(ms, 0.99):F1} ms | {ms[^1]:F1} ms | {Percentile(cpu, 0.50):F0} ms | {Percentile(cpu, 0.95):F0} ms |");
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static async Task SeedAsync(DbContextOptions<SqlitePortalDbContext> options, IReadOnlyList<GeoPoint> places, int vacancyCount, int volunteerCount)
    {
        var random = new Random(2026);
        var by = Guid.NewGuid();
        await using (var db = new SqlitePortalDbContext(options))
        {
            await db.Database.MigrateAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            db.Users.Add(User(by, "organisaties"));
            db.Categories.AddRange(ReferenceData.Categories.Select((c, i) => new Category(c.Name, c.Slug, i)));
            db.Skills.AddRange(ReferenceData.Skills.Select((s, i) => new Skill(s.Name, s.Slug, i)));
            db.SuitableForTags.AddRange(ReferenceData.SuitableFor.Select((t, i) => new SuitableForTag(t.Name, t.Slug, i)));
            for (var i = 0; i < 500; i++)
            {
                var organisation = Organisation.Register(
                    new OrganisationProfile
                    {
                        Name = $"Organisatie {i}",
                        Kind = OrganisationKind.Association,
                        Postcode = "3511",
                        Place = "Utrecht",
                        Description = "Benchmark.",
                        ContactName = "Contact",
                        ContactEmail = "contact@example.nl",
                    },
                    by,
                    Now.AddYears(-1));
                organisation.Approve(by, Now.AddYears(-1));
                db.Organisations.Add(organisation);
            }

            await db.SaveChangesAsync();
        }

        const int Batch = 5_000;
        for (var done = 0; done < vacancyCount; done += Batch)
        {
            await using var db = new SqlitePortalDbContext(options);
            var categories = await db.Categories.ToListAsync();
            var skills = await db.Skills.ToListAsync();
            var tags = await db.SuitableForTags.ToListAsync();
            var organisations = await db.Organisations.Select(o => o.Id).ToListAsync();
            for (var i = done; i < Math.Min(vacancyCount, done + Batch); i++)
            {
                var at = places[random.Next(places.Count)];
                var published = Now - TimeSpan.FromHours(random.Next(0, 120 * 24));
                var content = new VacancyContent
                {
                    Title = $"Vacature {i}",
                    Description = "Een beschrijving van het werk, zoals organisaties die schrijven.",
                    CategoryId = categories[random.Next(categories.Count)].Id,
                    IsRemote = random.NextDouble() < 0.05,
                    Postcode = "1000",
                    Place = "Ergens",
                    Location = at,
                    Commitment = (Commitment)random.Next(3),
                    Schedule = random.NextDouble() < 0.2 ? WeekSchedule.Empty : RandomSchedule(random, 1, 3),
                    HoursPerWeek = random.NextDouble() < 0.8 ? random.Next(1, 9) : null,
                    MinimumAge = random.NextDouble() < 0.3 ? 16 + (random.Next(3) * 2) : null,
                    RequiresVog = random.NextDouble() < 0.25,
                    Places = random.NextDouble() < 0.5 ? random.Next(1, 6) : null,
                    ContactName = "Contact",
                    ContactEmail = "contact@example.nl",
                };
                var vacancy = Vacancy.CreateDraft(
                    organisations[random.Next(organisations.Count)],
                    content,
                    skills.OrderBy(_ => random.Next()).Take(random.Next(0, 4)),
                    tags.OrderBy(_ => random.Next()).Take(random.Next(0, 3)),
                    by,
                    published);
                vacancy.Submit(false, by, published);
                db.Vacancies.Add(vacancy);
            }

            await db.SaveChangesAsync();
        }

        await using (var db = new SqlitePortalDbContext(options))
        {
            var categories = await db.Categories.ToListAsync();
            var skills = await db.Skills.ToListAsync();
            for (var i = 0; i < volunteerCount; i++)
            {
                var account = User(Guid.NewGuid(), $"v{i}");
                db.Users.Add(account);
                var volunteer = Volunteer.ForAccount(account.Id, $"Vrijwilliger {i}", account.Email!, Now.AddYears(-1));

                // Four kinds of profile, the common ones most: complete with a travel limit, no limit,
                // no interests, no postcode, and now and then nothing at all.
                var kind = random.NextDouble();
                var hasPlace = kind < 0.85;
                var hasInterests = kind is < 0.70 or >= 0.85 and < 0.95;
                var at = places[random.Next(places.Count)];
                int? limit = kind < 0.55 ? new[] { 5, 10, 15, 25, 40 }[random.Next(5)] : null;
                volunteer.SetLocation(hasPlace ? "1000" : null, hasPlace ? at : null, limit);
                volunteer.SetInterests(
                    hasInterests ? categories.OrderBy(_ => random.Next()).Take(random.Next(1, 4)) : [],
                    skills.OrderBy(_ => random.Next()).Take(random.Next(0, 4)));
                volunteer.SetAvailability(random.NextDouble() < 0.85 ? RandomSchedule(random, 2, 6) : WeekSchedule.Empty, random.NextDouble() < 0.7 ? random.Next(2, 13) : null);
                volunteer.SetBirthYear(random.NextDouble() < 0.85 ? random.Next(1945, 2008) : null, Now.Year);
                volunteer.SetWillingToGetVog(random.NextDouble() < 0.6);
                db.Volunteers.Add(volunteer);
            }

            await db.SaveChangesAsync();
        }

        SqliteConnection.ClearAllPools();
    }

    private static PortalUser User(Guid id, string name) => new()
    {
        Id = id,
        UserName = $"{name}@example.nl",
        NormalizedUserName = $"{name}@EXAMPLE.NL",
        Email = $"{name}@example.nl",
        NormalizedEmail = $"{name}@EXAMPLE.NL",
        EmailConfirmed = true,
        DisplayName = name,
        CreatedAt = Now.AddYears(-1),
        SecurityStamp = Guid.NewGuid().ToString("N"),
    };

    private static WeekSchedule RandomSchedule(Random random, int min, int max)
    {
        var slots = new (DayOfWeek, DayPart)[random.Next(min, max + 1)];
        for (var i = 0; i < slots.Length; i++)
        {
            slots[i] = ((DayOfWeek)random.Next(7), (DayPart)random.Next(3));
        }

        return WeekSchedule.Of(slots);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
