using System.Numerics;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Matching;

namespace VrijwilligersPortal.Benchmarks.Matching;

/// <summary>
/// What a synthetic volunteer really wants, which the matcher never sees: how much each category
/// appeals (not just yes/no), how far they really travel, when they really can, how many hours,
/// which skills and groups really apply, and whether they would really get a VOG. Their profile
/// (<see cref="VolunteerSnapshot"/>) is a noisy, incomplete statement of this.
/// </summary>
public sealed record TrueVolunteer(
    GeoPoint Home,
    int Age,
    double[] InterestByCategory,
    double TravelToleranceKm,
    double RemoteAffinity,
    WeekSchedule Slots,
    int Hours,
    IdSet Skills,
    IdSet Groups,
    bool WillingToGetVog);

/// <summary>
/// A seeded synthetic population of volunteers and vacancies on real Dutch postcodes, with a
/// hidden ground truth (<see cref="Utility"/>) to judge rankings against. The same seed gives
/// the same population on every machine. The method is described in docs/matching.md.
/// </summary>
public sealed class SyntheticPopulation
{
    public const int CategoryCount = 14;
    public const int SkillCount = 14;

    /// <summary>Grades of relevance: utility from these thresholds up is grade 1, 2 and 3.</summary>
    public static readonly double[] GradeThresholds = [0.30, 0.45, 0.60];

    public static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    // Categories, skills and tags as the portal seeds them (Infrastructure/Seeding/ReferenceData), ids from 1.
    private static readonly string[] CategoryNames =
    [
        "Zorg & welzijn", "Sport", "Cultuur", "Natuur & milieu", "Onderwijs", "Jeugd", "Ouderen",
        "Nieuwkomers & taal", "Dieren", "Evenementen", "Bestuur", "Klussen & techniek", "Vervoer", "Communicatie & administratie",
    ];

    private static readonly string[] SkillNames =
    [
        "Koken", "Rijbewijs B", "Administratie", "Computer & IT", "Luisteren", "Lesgeven & begeleiden", "Sociale media",
        "Tuinieren", "Technisch klussen", "Fotografie", "Financiën", "EHBO", "Creatief", "Andere talen",
    ];

    private static readonly string[] TagNames =
    [
        "Jongeren (MaS, MDT)", "55-plussers", "Mensen met een beperking", "Anderstaligen", "Afstand tot de arbeidsmarkt", "Rolstoeltoegankelijk",
    ];

    private const int Youth = 1, Over55 = 2, Disability = 3, OtherLanguage = 4, FarFromWork = 5, Wheelchair = 6;

    /// <summary>How common each category is among vacancies (index = category id - 1).</summary>
    private static readonly double[] CategoryShare = [18, 8, 7, 7, 8, 8, 10, 6, 4, 7, 5, 5, 4, 3];

    /// <summary>Skills the work of each category typically asks for.</summary>
    private static readonly int[][] TypicalSkills =
    [
        [5, 12, 1], [6, 12], [13, 10], [8, 9], [6, 14], [6, 13, 12], [5, 1, 2], [6, 14, 5], [8], [1, 10, 7], [11, 3], [9], [2], [3, 7, 4],
    ];

    private static readonly int[] WeekdayMornings = Slots(days: [0, 1, 2, 3, 4], parts: [0]);
    private static readonly int[] WeekdayAfternoons = Slots(days: [0, 1, 2, 3, 4], parts: [1]);
    private static readonly int[] WeekdayEvenings = Slots(days: [0, 1, 2, 3, 4], parts: [2]);
    private static readonly int[] Weekend = Slots(days: [5, 6], parts: [0, 1, 2]);
    private static readonly int[] SaturdayDaytime = Slots(days: [5], parts: [0, 1]);
    private static readonly int[] Daytime = [.. WeekdayMornings, .. WeekdayAfternoons];

    /// <summary>When the work of each category is usually done.</summary>
    private static readonly int[][] CategorySlots =
    [
        [.. Daytime, .. SaturdayDaytime], [.. WeekdayEvenings, .. Weekend], [.. WeekdayEvenings, .. Weekend], [.. WeekdayMornings, .. SaturdayDaytime],
        Daytime, [.. WeekdayAfternoons, .. Weekend], Daytime, [.. Daytime, .. WeekdayEvenings], Slots([0, 1, 2, 3, 4, 5, 6], [0, 1, 2]),
        Weekend, WeekdayEvenings, [.. Daytime, .. SaturdayDaytime], Daytime, [.. Daytime, .. WeekdayEvenings],
    ];

    private readonly int _seed;
    private readonly double[] _vacancyQuality;

    private SyntheticPopulation(int seed, List<VolunteerSnapshot> volunteers, List<TrueVolunteer> truth, List<VacancySnapshot> vacancies, double[] vacancyQuality)
    {
        _seed = seed;
        Volunteers = volunteers;
        Truth = truth;
        Vacancies = vacancies;
        _vacancyQuality = vacancyQuality;
    }

    /// <summary>The profiles as volunteers filled them in; volunteer i has id i + 1.</summary>
    public IReadOnlyList<VolunteerSnapshot> Volunteers { get; }

    /// <summary>The hidden truth, same order as <see cref="Volunteers"/>.</summary>
    public IReadOnlyList<TrueVolunteer> Truth { get; }

    /// <summary>The vacancies; vacancy i has id i + 1.</summary>
    public IReadOnlyList<VacancySnapshot> Vacancies { get; }

    public static MatchNames Names { get; } = new(
        CategoryNames.Select((name, i) => KeyValuePair.Create(i + 1, name)),
        SkillNames.Select((name, i) => KeyValuePair.Create(i + 1, name)),
        TagNames.Select((name, i) => KeyValuePair.Create(i + 1, name)));

    public static SyntheticPopulation Generate(IReadOnlyList<GeoPoint> postcodes, int volunteers, int vacancies, int seed)
    {
        var random = new Random(seed);
        var vacancyList = new List<VacancySnapshot>(vacancies);
        var quality = new double[vacancies];
        for (var i = 0; i < vacancies; i++)
        {
            vacancyList.Add(Vacancy(random, postcodes, i + 1));
            quality[i] = Gaussian(random);
        }

        var volunteerList = new List<VolunteerSnapshot>(volunteers);
        var truthList = new List<TrueVolunteer>(volunteers);
        for (var i = 0; i < volunteers; i++)
        {
            var (profile, truth) = Volunteer(random, postcodes, i + 1);
            volunteerList.Add(profile);
            truthList.Add(truth);
        }

        var population = new SyntheticPopulation(seed, volunteerList, truthList, vacancyList, quality);
        population.AddApplications(random);
        return population;
    }

    /// <summary>
    /// The hidden utility of a vacancy for a volunteer (0 = would never take it). It uses the true
    /// preferences, in shapes the matcher does not use (exponential travel decay, graded interest,
    /// multiplicative fit), plus a hidden vacancy quality and noise per pair.
    /// </summary>
    public double Utility(int volunteerIndex, int vacancyIndex)
    {
        var profile = Volunteers[volunteerIndex];
        var vacancy = Vacancies[vacancyIndex];
        if (profile.AppliedVacancyIds.Contains(vacancy.Id))
        {
            return 0;
        }

        return UtilityIgnoringApplications(volunteerIndex, vacancyIndex);
    }

    public static int Grade(double utility)
    {
        var grade = 0;
        while (grade < GradeThresholds.Length && utility >= GradeThresholds[grade])
        {
            grade++;
        }

        return grade;
    }

    private double UtilityIgnoringApplications(int volunteerIndex, int vacancyIndex)
    {
        var truth = Truth[volunteerIndex];
        var vacancy = Vacancies[vacancyIndex];
        if (!vacancy.IsPublished || vacancy.IsFull
            || (vacancy.MinimumAge is { } minimumAge && truth.Age < minimumAge)
            || (vacancy.RequiresVog && !truth.WillingToGetVog))
        {
            return 0;
        }

        double travel;
        if (vacancy.IsRemote)
        {
            travel = 0.25 + (0.6 * truth.RemoteAffinity);
        }
        else
        {
            var km = truth.Home.DistanceKmTo(vacancy.Location!.Value);
            if (km > 1.5 * truth.TravelToleranceKm)
            {
                return 0;
            }

            travel = Math.Exp(-km / truth.TravelToleranceKm);
        }

        double time;
        if (vacancy.Schedule.IsEmpty)
        {
            time = 0.7;
        }
        else
        {
            var overlap = BitOperations.PopCount((uint)(vacancy.Schedule.Bits & truth.Slots.Bits));
            time = overlap == 0 ? 0.1 : 0.4 + (0.6 * overlap / vacancy.Schedule.SlotCountSet);
        }

        var hours = vacancy.HoursPerWeek > truth.Hours ? 0.6 : 1;
        var skill = vacancy.SkillIds.IsEmpty ? 0.5 : (double)vacancy.SkillIds.CountCommon(truth.Skills) / vacancy.SkillIds.Count;
        var group = vacancy.SuitableForIds.CountCommon(truth.Groups) > 0 ? 1 : 0;
        var ageDays = (Now - vacancy.PublishedAt!.Value).TotalDays;
        var fresh = Math.Max(0, 1 - (ageDays / 150));

        var fit = truth.InterestByCategory[vacancy.CategoryId] * time * (0.25 + (0.75 * travel)) * hours * (0.8 + (0.2 * fresh)) * (0.85 + (0.15 * skill));
        return fit + (0.06 * group) + (0.04 * _vacancyQuality[vacancyIndex]) + (0.04 * PairNoise(volunteerIndex, vacancyIndex));
    }

    /// <summary>A third of the volunteers already responded to one or two vacancies they liked.</summary>
    private void AddApplications(Random random)
    {
        var volunteers = (List<VolunteerSnapshot>)Volunteers;
        for (var i = 0; i < volunteers.Count; i++)
        {
            if (random.NextDouble() >= 0.35)
            {
                continue;
            }

            var liked = Enumerable.Range(0, 100)
                .Select(_ => random.Next(Vacancies.Count))
                .Select(j => (Index: j, Utility: UtilityIgnoringApplications(i, j)))
                .Where(c => c.Utility > 0)
                .OrderByDescending(c => c.Utility)
                .Take(1 + random.Next(2))
                .Select(c => Vacancies[c.Index].Id);
            volunteers[i] = volunteers[i] with { AppliedVacancyIds = IdSet.Of(liked) };
        }
    }

    private static VacancySnapshot Vacancy(Random random, IReadOnlyList<GeoPoint> postcodes, int id)
    {
        var category = Pick(random, CategoryShare) + 1;
        var remote = random.NextDouble() < 0.07;
        var skills = new List<int>();
        foreach (var skill in TypicalSkills[category - 1])
        {
            if (random.NextDouble() < 0.35)
            {
                skills.Add(skill);
            }
        }

        if (random.NextDouble() < 0.1)
        {
            skills.Add(random.Next(1, SkillCount + 1));
        }

        var schedule = WeekSchedule.Empty;
        if (random.NextDouble() >= 0.2)
        {
            var slotCount = 1 + (random.NextDouble() < 0.35 ? 1 : 0) + (random.NextDouble() < 0.15 ? 1 : 0);
            var pool = random.NextDouble() < 0.85 ? CategorySlots[category - 1] : Slots([0, 1, 2, 3, 4, 5, 6], [0, 1, 2]);
            schedule = FromSlots(Sample(random, pool, slotCount));
        }

        var vogLikely = category is 1 or 5 or 6 or 7 or 8;
        var ageRoll = random.NextDouble();
        var placesRoll = random.NextDouble();
        return new VacancySnapshot
        {
            Id = id,
            CategoryId = category,
            SkillIds = IdSet.Of(skills),
            SuitableForIds = IdSet.Of(Enumerable.Range(1, TagNames.Length).Where(_ => random.NextDouble() < 0.12)),
            Schedule = schedule,
            HoursPerWeek = random.NextDouble() < 0.8 ? random.Next(1, 9) : null,
            Location = remote ? null : postcodes[random.Next(postcodes.Count)],
            IsRemote = remote,
            MinimumAge = ageRoll < 0.25 ? 18 : ageRoll < 0.33 ? 16 : null,
            RequiresVog = random.NextDouble() < (vogLikely ? 0.55 : 0.15),
            IsPublished = random.NextDouble() < 0.95,
            PlacesLeft = placesRoll < 0.6 ? null : placesRoll < 0.7 ? 0 : random.Next(1, 4),
            PublishedAt = Now.AddDays(-random.NextDouble() * 120),
        };
    }

    private static (VolunteerSnapshot Profile, TrueVolunteer Truth) Volunteer(Random random, IReadOnlyList<GeoPoint> postcodes, int id)
    {
        var ageRoll = random.NextDouble();
        var age = ageRoll < 0.12 ? random.Next(14, 20) : ageRoll < 0.30 ? random.Next(20, 35) : ageRoll < 0.55 ? random.Next(35, 55) : random.Next(55, 86);

        // True interests: one to three core categories, perhaps one half-interest never stated, a little for the rest.
        var affinity = CategoryShare.Select((share, i) => share * AgeAffinity(age, i + 1)).ToArray();
        var coreCount = 1 + (random.NextDouble() < 0.4 ? 1 : 0) + (random.NextDouble() < 0.4 ? 1 : 0);
        var chosen = SampleWeighted(random, affinity, coreCount + 1);
        var interest = new double[CategoryCount + 1];
        for (var c = 1; c <= CategoryCount; c++)
        {
            interest[c] = random.NextDouble() * 0.15;
        }

        var core = chosen.Take(coreCount).Select(i => i + 1).ToList();
        foreach (var c in core)
        {
            interest[c] = 0.6 + (random.NextDouble() * 0.4);
        }

        var latent = chosen[coreCount] + 1;
        var hasLatent = random.NextDouble() < 0.5;
        if (hasLatent)
        {
            interest[latent] = 0.3 + (random.NextDouble() * 0.3);
        }

        var working = age is >= 20 and < 67 && random.NextDouble() < 0.7;
        int[] slotPool = age < 20 ? [.. WeekdayAfternoons, .. SaturdayDaytime] : working ? [.. WeekdayEvenings, .. Weekend] : Daytime;
        var trueSlotList = Sample(random, random.NextDouble() < 0.8 ? slotPool : Slots([0, 1, 2, 3, 4, 5, 6], [0, 1, 2]), 2 + random.Next(5));
        var trueSlots = FromSlots(trueSlotList);
        var hours = 2 + (int)Math.Min(10, -Math.Log(1 - random.NextDouble()) * 3);
        var tolerance = Math.Clamp(8 * Math.Exp(0.6 * Gaussian(random)), 1.5, 60);

        var trueSkills = new List<int>();
        foreach (var c in core)
        {
            trueSkills.AddRange(TypicalSkills[c - 1].Where(_ => random.NextDouble() < 0.4));
        }

        trueSkills.AddRange(Enumerable.Range(0, random.Next(3)).Select(_ => random.Next(1, SkillCount + 1)));

        var groups = new List<int>();
        if (age < 20)
        {
            groups.Add(Youth);
        }

        if (age >= 55)
        {
            groups.Add(Over55);
        }

        if (random.NextDouble() < 0.08)
        {
            groups.Add(OtherLanguage);
        }

        if (random.NextDouble() < 0.07)
        {
            groups.Add(FarFromWork);
        }

        if (random.NextDouble() < 0.06)
        {
            groups.Add(Disability);
            if (random.NextDouble() < 0.4)
            {
                groups.Add(Wheelchair);
            }
        }

        var truth = new TrueVolunteer(
            Home: postcodes[random.Next(postcodes.Count)],
            Age: age,
            InterestByCategory: interest,
            TravelToleranceKm: tolerance,
            RemoteAffinity: random.NextDouble() * random.NextDouble(),
            Slots: trueSlots,
            Hours: hours,
            Skills: IdSet.Of(trueSkills),
            Groups: IdSet.Of(groups),
            WillingToGetVog: random.NextDouble() < 0.75);

        // The profile: what the volunteer filled in, with omissions and mistakes.
        var stated = core.Where(_ => random.NextDouble() < 0.85).ToList();
        if (hasLatent && random.NextDouble() < 0.35)
        {
            stated.Add(latent);
        }

        if (random.NextDouble() < 0.15)
        {
            stated.Add(random.Next(1, CategoryCount + 1));
        }

        if (random.NextDouble() < 0.08)
        {
            stated.Clear();
        }

        var statedSlots = 0;
        if (random.NextDouble() >= 0.12)
        {
            for (var slot = 0; slot < WeekSchedule.SlotCount; slot++)
            {
                var has = (trueSlots.Bits & (1 << slot)) != 0;
                if (has ? random.NextDouble() < 0.85 : random.NextDouble() < 0.02)
                {
                    statedSlots |= 1 << slot;
                }
            }
        }

        int? maxDistance = null;
        if (random.NextDouble() < 0.75)
        {
            int[] choices = [2, 5, 10, 15, 20, 25, 30, 40, 50];
            var said = tolerance * Math.Exp(0.25 * Gaussian(random));
            maxDistance = choices.MinBy(c => Math.Abs(c - said));
        }

        var profile = new VolunteerSnapshot
        {
            Id = id,
            InterestIds = IdSet.Of(stated),
            SkillIds = random.NextDouble() < 0.15 ? IdSet.Empty : IdSet.Of(trueSkills.Where(_ => random.NextDouble() < 0.7)),
            SuitableForIds = IdSet.Of(groups.Where(_ => random.NextDouble() < 0.6)),
            Availability = WeekSchedule.FromBits(statedSlots),
            HoursPerWeek = random.NextDouble() < 0.7 ? hours : null,
            Location = random.NextDouble() < 0.92 ? truth.Home : null,
            MaxDistanceKm = maxDistance,
            BirthYear = random.NextDouble() < 0.85 ? Now.Year - age : null,
            WillingToGetVog = truth.WillingToGetVog,
            ConsentToBeProposed = random.NextDouble() < 0.6,
        };
        return (profile, truth);
    }

    private static double AgeAffinity(int age, int category) => (age, category) switch
    {
        ( >= 55, 7) => 2.0,
        ( >= 55, 1 or 11) => 1.5,
        ( >= 55, 2 or 6) => 0.6,
        ( < 26, 2) => 2.0,
        ( < 26, 6 or 10) => 1.8,
        ( < 26, 9) => 1.5,
        ( < 26, 7) => 0.6,
        ( < 26, 11) => 0.3,
        _ => 1.0,
    };

    private double PairNoise(int volunteerIndex, int vacancyIndex)
    {
        // A hash, not the shared Random, so a pair's noise does not depend on evaluation order.
        var x = ((ulong)(uint)_seed << 40) ^ ((ulong)(uint)volunteerIndex << 20) ^ (uint)vacancyIndex;
        var u1 = (SplitMix(ref x) >> 11) * (1.0 / (1UL << 53));
        var u2 = (SplitMix(ref x) >> 11) * (1.0 / (1UL << 53));
        return Math.Sqrt(-2 * Math.Log(1 - u1)) * Math.Cos(2 * Math.PI * u2);
    }

    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static int Pick(Random random, double[] weights)
    {
        var roll = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    private static List<int> SampleWeighted(Random random, double[] weights, int count)
    {
        var remaining = (double[])weights.Clone();
        var picked = new List<int>(count);
        for (var n = 0; n < count; n++)
        {
            var i = Pick(random, remaining);
            picked.Add(i);
            remaining[i] = 0;
        }

        return picked;
    }

    private static int[] Sample(Random random, int[] pool, int count)
    {
        var copy = (int[])pool.Clone();
        random.Shuffle(copy);
        return copy[..Math.Min(count, copy.Length)];
    }

    private static int[] Slots(int[] days, int[] parts) => [.. days.SelectMany(d => parts.Select(p => (d * 3) + p))];

    private static WeekSchedule FromSlots(IEnumerable<int> slots) => WeekSchedule.FromBits(slots.Aggregate(0, (bits, slot) => bits | (1 << slot)));
}
