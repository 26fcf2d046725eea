using System.Globalization;
using System.Text;
using VrijwilligersPortal.Domain.Matching;

namespace VrijwilligersPortal.Benchmarks.Matching;

/// <summary>
/// Offline evaluation of rankings against the hidden truth of a <see cref="SyntheticPopulation"/>:
/// precision@10 and nDCG@10 per volunteer, averaged over volunteers with at least one relevant
/// vacancy, with 95% confidence intervals and the paired difference to the first baseline.
/// </summary>
public static class MatchingEvaluation
{
    public const int K = 10;

    /// <summary>A way to pick the ten vacancies (by id) to show a volunteer.</summary>
    public sealed record Method(string Name, Func<VolunteerSnapshot, IReadOnlyList<int>> TopTen);

    public sealed record Figure(double Mean, double HalfWidth)
    {
        public override string ToString() => Format(Mean) + " ± " + Format(HalfWidth);
    }

    public sealed record MethodResult(string Name, Figure PrecisionAt10, Figure NdcgAt10, Figure NdcgGainOverBaseline);

    /// <summary>The figures of one run; <paramref name="IdealPrecisionAt10"/> is what knowing the truth would reach.</summary>
    public sealed record Report(int Seed, int Volunteers, int Vacancies, int Judged, double MeanRelevant, double IdealPrecisionAt10, IReadOnlyList<MethodResult> Methods)
    {
        public MethodResult this[string name] => Methods.Single(m => m.Name == name);
    }

    public const string MatcherName = "Matcher (default weights)";
    public const string BaselineName = "Baseline: same category, newest first";

    /// <summary>
    /// The matcher, the baseline the issue asks for, other simple orders for scale, and the
    /// matcher with one signal switched off at a time (what each signal adds).
    /// </summary>
    public static IReadOnlyList<Method> StandardMethods(SyntheticPopulation population, bool withAblations = true)
    {
        var vacancies = population.Vacancies;
        var now = SyntheticPopulation.Now;
        var names = SyntheticPopulation.Names;

        Method Ranked(string name, MatchWeights weights)
        {
            var matcher = new Matcher(weights, names);
            return new Method(name, v => [.. matcher.RankVacancies(v, vacancies, now, K).Select(m => m.Vacancy.Id)]);
        }

        var zero = new MatchWeights { Category = 0, Skills = 0, Availability = 0, Hours = 0, Distance = 0, SuitableFor = 0, Freshness = 0 };
        var methods = new List<Method>
        {
            // The naive baseline on the candidates the hard filters leave (published, not full, old
            // enough, VOG, travel limit, not applied): vacancies in one of the volunteer's interests
            // first, newest first (a freshness that fades over ~270 years orders by days since
            // publication), then the rest, newest first.
            Ranked(BaselineName, zero with { Category = 1000, Freshness = 1, FreshDays = 0, StaleDays = 100_000 }),
            Ranked(MatcherName, MatchWeights.Default),
            new("Same category, newest first, without profile filters", UnfilteredSameCategoryNewest(vacancies)),
            Ranked("Same category, nearest first", zero with { Category = 1000, Distance = 1, DefaultReachKm = 10_000 }),
            Ranked("Random order (ids are random)", zero),
        };

        if (withAblations)
        {
            methods.Add(Ranked("Matcher without category", MatchWeights.Default with { Category = 0 }));
            methods.Add(Ranked("Matcher without skills", MatchWeights.Default with { Skills = 0 }));
            methods.Add(Ranked("Matcher without availability", MatchWeights.Default with { Availability = 0 }));
            methods.Add(Ranked("Matcher without hours", MatchWeights.Default with { Hours = 0 }));
            methods.Add(Ranked("Matcher without distance", MatchWeights.Default with { Distance = 0 }));
            methods.Add(Ranked("Matcher without suitable-for", MatchWeights.Default with { SuitableFor = 0 }));
            methods.Add(Ranked("Matcher without freshness", MatchWeights.Default with { Freshness = 0 }));
        }

        return methods;
    }

    /// <summary>
    /// The naive baseline without the profile's filters, as a plain listing would show it: open
    /// vacancies in one of the volunteer's interests, newest first, then the rest, newest first.
    /// </summary>
    public static Func<VolunteerSnapshot, IReadOnlyList<int>> UnfilteredSameCategoryNewest(IReadOnlyList<VacancySnapshot> vacancies)
    {
        var newestFirst = vacancies.Where(v => v.IsPublished && !v.IsFull).OrderByDescending(v => v.PublishedAt).ThenBy(v => v.Id).ToArray();
        return volunteer =>
        [
            .. newestFirst.Where(v => volunteer.InterestIds.Contains(v.CategoryId))
                .Concat(newestFirst.Where(v => !volunteer.InterestIds.Contains(v.CategoryId)))
                .Take(K)
                .Select(v => v.Id),
        ];
    }

    public static Report Run(SyntheticPopulation population, IReadOnlyList<Method> methods, int seed)
    {
        var precision = methods.Select(_ => new List<double>()).ToArray();
        var ndcg = methods.Select(_ => new List<double>()).ToArray();
        var relevantCounts = new List<int>();
        var grades = new int[population.Vacancies.Count];

        for (var v = 0; v < population.Volunteers.Count; v++)
        {
            for (var j = 0; j < grades.Length; j++)
            {
                grades[j] = SyntheticPopulation.Grade(population.Utility(v, j));
            }

            var relevant = grades.Count(g => g > 0);
            if (relevant == 0)
            {
                continue;
            }

            relevantCounts.Add(relevant);
            var ideal = Dcg(grades.OrderDescending().Take(K));
            for (var m = 0; m < methods.Count; m++)
            {
                var shown = methods[m].TopTen(population.Volunteers[v]).Select(id => grades[id - 1]).ToList();
                precision[m].Add(shown.Count(g => g > 0) / (double)K);
                ndcg[m].Add(Dcg(shown) / ideal);
            }
        }

        var results = methods.Select((method, m) => new MethodResult(
            method.Name,
            Summarise(precision[m]),
            Summarise(ndcg[m]),
            Summarise(ndcg[m].Zip(ndcg[0], (mine, baseline) => mine - baseline).ToList()))).ToList();
        return new Report(
            seed,
            population.Volunteers.Count,
            population.Vacancies.Count,
            relevantCounts.Count,
            relevantCounts.Average(),
            relevantCounts.Average(n => Math.Min(n, K) / (double)K),
            results);
    }

    /// <summary>
    /// Tries every combination of a few weights on a population and lists the best by nDCG@10.
    /// Used on a tuning seed only; the figures in docs/matching.md come from a different seed.
    /// </summary>
    public static string Tune(SyntheticPopulation population, int seed)
    {
        var candidates =
            from category in new double[] { 25, 30, 40 }
            from skills in new double[] { 0, 4, 8, 12 }
            from availability in new double[] { 15, 20, 25 }
            from distance in new double[] { 15, 20, 25 }
            from freshness in new double[] { 0, 3, 6 }
            select MatchWeights.Default with { Category = category, Skills = skills, Availability = availability, Distance = distance, Freshness = freshness };
        var baseline = StandardMethods(population, withAblations: false)[0];
        var methods = candidates.Select(weights =>
        {
            var matcher = new Matcher(weights, SyntheticPopulation.Names);
            var name = string.Create(CultureInfo.InvariantCulture, $"category {weights.Category}, skills {weights.Skills}, availability {weights.Availability}, distance {weights.Distance}, freshness {weights.Freshness}");
            return new Method(name, v => [.. matcher.RankVacancies(v, population.Vacancies, SyntheticPopulation.Now, K).Select(m => m.Vacancy.Id)]);
        }).Prepend(baseline).ToList();
        var report = Run(population, methods, seed);
        return Markdown(report with { Methods = [report.Methods[0], .. report.Methods.Skip(1).OrderByDescending(m => m.NdcgAt10.Mean).Take(12)] });
    }

    public static string Markdown(Report report)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Seed {report.Seed}: {report.Volunteers:N0} volunteers, {report.Vacancies:N0} vacancies; {report.Judged:N0} volunteers have at least one relevant vacancy (mean {report.MeanRelevant:F1} relevant each, so a ranking that knew the truth would reach precision@10 {report.IdealPrecisionAt10:0.000} and nDCG@10 1).");
        text.AppendLine();
        text.AppendLine("| method | precision@10 | nDCG@10 | nDCG@10 minus baseline (paired) |");
        text.AppendLine("|---|---|---|---|");
        foreach (var result in report.Methods)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {result.Name} | {result.PrecisionAt10} | {result.NdcgAt10} | {result.NdcgGainOverBaseline} |");
        }

        return text.ToString();
    }

    private static double Dcg(IEnumerable<int> grades) =>
        grades.Select((grade, rank) => (Math.Pow(2, grade) - 1) / Math.Log2(rank + 2)).Sum();

    private static Figure Summarise(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        var variance = values.Sum(x => (x - mean) * (x - mean)) / Math.Max(1, values.Count - 1);
        return new Figure(mean, 1.96 * Math.Sqrt(variance / values.Count));
    }

    private static string Format(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
