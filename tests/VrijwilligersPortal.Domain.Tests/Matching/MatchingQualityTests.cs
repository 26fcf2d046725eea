using VrijwilligersPortal.Benchmarks.Matching;
using VrijwilligersPortal.Domain.Matching;

namespace VrijwilligersPortal.Domain.Tests.Matching;

/// <summary>
/// A small run of the offline evaluation (docs/matching.md reports the full one): on a seeded
/// synthetic population with hidden preferences, the matcher must rank clearly better than
/// "same category, newest first".
/// </summary>
public class MatchingQualityTests
{
    private const int Seed = 11;

    [Fact]
    public void Matcher_beats_same_category_newest_first_on_a_seeded_population()
    {
        var population = SyntheticPopulation.Generate(NlPostcodes.Load(), volunteers: 300, vacancies: 2000, Seed);

        var report = MatchingEvaluation.Run(population, MatchingEvaluation.StandardMethods(population, withAblations: false), Seed);

        var matcher = report[MatchingEvaluation.MatcherName];
        var baseline = report[MatchingEvaluation.BaselineName];
        Assert.True(report.Judged > 200, $"only {report.Judged} volunteers with a relevant vacancy");
        Assert.True(matcher.NdcgAt10.Mean > baseline.NdcgAt10.Mean + 0.15, $"nDCG@10 {matcher.NdcgAt10} vs {baseline.NdcgAt10}");
        Assert.True(matcher.PrecisionAt10.Mean > 2 * baseline.PrecisionAt10.Mean, $"precision@10 {matcher.PrecisionAt10} vs {baseline.PrecisionAt10}");
        Assert.True(matcher.NdcgGainOverBaseline.Mean > matcher.NdcgGainOverBaseline.HalfWidth, "the paired gain is not significant");
    }

    [Fact]
    public void The_same_seed_gives_the_same_population_and_truth()
    {
        var postcodes = NlPostcodes.Load();

        var first = SyntheticPopulation.Generate(postcodes, volunteers: 50, vacancies: 200, Seed);
        var second = SyntheticPopulation.Generate(postcodes, volunteers: 50, vacancies: 200, Seed);
        var other = SyntheticPopulation.Generate(postcodes, volunteers: 50, vacancies: 200, Seed + 1);

        Assert.Equal(first.Volunteers, second.Volunteers);
        Assert.Equal(first.Vacancies, second.Vacancies);
        Assert.Equal(Utilities(first), Utilities(second));
        Assert.NotEqual(Utilities(first), Utilities(other));
    }

    [Fact]
    public void The_postcode_file_gives_one_point_per_dutch_pc4_inside_the_country()
    {
        var postcodes = NlPostcodes.Load();

        Assert.Equal(4086, postcodes.Count);
        Assert.All(postcodes, p => Assert.True(p.Latitude is > 50.7 and < 53.6 && p.Longitude is > 3.3 and < 7.3, p.ToString()));
    }

    private static List<double> Utilities(SyntheticPopulation population) =>
        [.. Enumerable.Range(0, population.Volunteers.Count).SelectMany(v => Enumerable.Range(0, 20).Select(j => population.Utility(v, j)))];
}
