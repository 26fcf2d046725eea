using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using VrijwilligersPortal.Benchmarks.ForYou;
using VrijwilligersPortal.Benchmarks.Matching;

// `evaluate-matching [seed] [volunteers] [vacancies]` runs the offline quality evaluation
// (docs/matching.md); anything else goes to BenchmarkDotNet (docs/performance.md).
if (args is ["evaluate-matching", .. var rest])
{
    var seed = rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 2026;
    var volunteers = rest.Length > 1 ? int.Parse(rest[1], CultureInfo.InvariantCulture) : 2_000;
    var vacancies = rest.Length > 2 ? int.Parse(rest[2], CultureInfo.InvariantCulture) : 5_000;
    var clock = Stopwatch.StartNew();
    var population = SyntheticPopulation.Generate(NlPostcodes.Load(), volunteers, vacancies, seed);
    var report = MatchingEvaluation.Run(population, MatchingEvaluation.StandardMethods(population), seed);
    Console.WriteLine(MatchingEvaluation.Markdown(report));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"({clock.Elapsed.TotalSeconds:F1} s)"));
    return;
}

if (args is ["tune-matching", .. var tuneArgs])
{
    var seed = tuneArgs.Length > 0 ? int.Parse(tuneArgs[0], CultureInfo.InvariantCulture) : 7;
    var population = SyntheticPopulation.Generate(NlPostcodes.Load(), 600, 5_000, seed);
    Console.WriteLine(MatchingEvaluation.Tune(population, seed));
    return;
}

// `for-you [vacancies] [volunteers] [database]`: the /mijn/voor-jou query path on SQLite (docs/performance.md).
if (args is ["for-you", .. var forYouArgs])
{
    await ForYouBenchmark.RunAsync(forYouArgs);
    return;
}

// `search [sizes…] [--runs N]` times the vacancy search on SQLite in-process (docs/performance.md, "Search").
if (args is ["search", .. var searchArgs])
{
    await VrijwilligersPortal.Benchmarks.Search.SearchBenchmark.RunAsync(searchArgs);
    return;
}

// `reports [volunteers] [applications] [mediations] [--runs N]`: the impact report over five years of a large centre (docs/performance.md, "Reports").
if (args is ["reports", .. var reportArgs])
{
    await VrijwilligersPortal.Benchmarks.Reports.ReportsBenchmark.RunAsync(reportArgs);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ForYouBenchmark).Assembly).Run(args);
