using BenchmarkDotNet.Attributes;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Matching;

namespace VrijwilligersPortal.Benchmarks.Matching;

/// <summary>
/// The best ten of 100,000 vacancies for one volunteer (target ≤ 20 ms), from a synthetic
/// population on real Dutch postcodes. With a travel limit most candidates fall to a latitude
/// check; without one every candidate needs a great-circle distance, the worst case.
/// </summary>
[MemoryDiagnoser]
[MinColumn, MedianColumn]
public class RankVacanciesBenchmark
{
    private Matcher _matcher = null!;
    private IReadOnlyList<VacancySnapshot> _vacancies = null!;
    private VolunteerSnapshot _withLimit = null!;
    private VolunteerSnapshot _withoutLimit = null!;

    [GlobalSetup]
    public void Setup()
    {
        var population = SyntheticPopulation.Generate(NlPostcodes.Load(), volunteers: 1, vacancies: 100_000, seed: 42);
        _vacancies = population.Vacancies;
        _matcher = new Matcher(MatchWeights.Default, SyntheticPopulation.Names);
        _withLimit = BenchmarkProfiles.Volunteer with { MaxDistanceKm = 25 };
        _withoutLimit = BenchmarkProfiles.Volunteer with { MaxDistanceKm = null };
    }

    [Benchmark]
    public IReadOnlyList<Match> Volunteer_with_travel_limit() => _matcher.RankVacancies(_withLimit, _vacancies, SyntheticPopulation.Now);

    [Benchmark]
    public IReadOnlyList<Match> Volunteer_without_travel_limit() => _matcher.RankVacancies(_withoutLimit, _vacancies, SyntheticPopulation.Now);
}

/// <summary>
/// The best ten of 100,000 volunteers for one vacancy (target ≤ 40 ms): as generated (60% gave
/// consent, most have a travel limit) and the worst case where everyone consented.
/// </summary>
[MemoryDiagnoser]
[MinColumn, MedianColumn]
public class RankVolunteersBenchmark
{
    private Matcher _matcher = null!;
    private IReadOnlyList<VolunteerSnapshot> _volunteers = null!;
    private IReadOnlyList<VolunteerSnapshot> _allConsented = null!;

    [GlobalSetup]
    public void Setup()
    {
        var population = SyntheticPopulation.Generate(NlPostcodes.Load(), volunteers: 100_000, vacancies: 1_000, seed: 42);
        _volunteers = population.Volunteers;
        _allConsented = [.. population.Volunteers.Select(v => v with { ConsentToBeProposed = true })];
        _matcher = new Matcher(MatchWeights.Default, SyntheticPopulation.Names);
    }

    [Benchmark]
    public IReadOnlyList<Match> Volunteers_as_generated() => _matcher.RankVolunteers(BenchmarkProfiles.Vacancy, _volunteers, SyntheticPopulation.Now);

    [Benchmark]
    public IReadOnlyList<Match> Volunteers_all_consented() => _matcher.RankVolunteers(BenchmarkProfiles.Vacancy, _allConsented, SyntheticPopulation.Now);
}

/// <summary>A complete profile and a typical vacancy in Utrecht (PC4 3511).</summary>
internal static class BenchmarkProfiles
{
    private static readonly GeoPoint Utrecht = new(52.0886, 5.1174);

    public static VolunteerSnapshot Volunteer { get; } = new()
    {
        Id = 1,
        InterestIds = [1, 4],
        SkillIds = [2, 5, 8],
        SuitableForIds = [2],
        Availability = WeekSchedule.Of((DayOfWeek.Tuesday, DayPart.Morning), (DayOfWeek.Thursday, DayPart.Afternoon), (DayOfWeek.Saturday, DayPart.Morning)),
        HoursPerWeek = 4,
        Location = Utrecht,
        BirthYear = 1962,
        WillingToGetVog = true,
        AppliedVacancyIds = [17, 4711],
    };

    public static VacancySnapshot Vacancy { get; } = new()
    {
        Id = 1,
        CategoryId = 1,
        SkillIds = [5, 12],
        SuitableForIds = [2],
        Schedule = WeekSchedule.Of((DayOfWeek.Monday, DayPart.Morning), (DayOfWeek.Wednesday, DayPart.Morning)),
        HoursPerWeek = 4,
        Location = Utrecht,
        MinimumAge = 18,
        RequiresVog = true,
        PublishedAt = SyntheticPopulation.Now.AddDays(-3),
    };
}
