using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Matching;

namespace VrijwilligersPortal.Domain.Tests.Matching;

/// <summary>
/// Snapshots for matching tests. The defaults give a pair with nothing in common and nothing
/// wrong: no filter fails and no signal contributes, so each test adds only what it is about.
/// </summary>
internal static class MatchBuild
{
    public const int NatureCategory = 4;
    public const int CareCategory = 1;
    public const int Cooking = 1;
    public const int DrivingLicence = 2;
    public const int Listening = 5;
    public const int Over55 = 2;
    public const int Newcomers = 4;

    public static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Postcode 3511, Utrecht centre.</summary>
    public static readonly GeoPoint Utrecht = new(52.0886, 5.1174);

    public static readonly WeekSchedule TuesdayMorning = WeekSchedule.Of((DayOfWeek.Tuesday, DayPart.Morning));

    public static readonly MatchNames Names = new(
        [new(CareCategory, "Zorg & welzijn"), new(NatureCategory, "Natuur & milieu")],
        [new(Cooking, "Koken"), new(DrivingLicence, "Rijbewijs B"), new(Listening, "Luisteren")],
        [new(Over55, "55-plussers"), new(Newcomers, "Anderstaligen")]);

    public static Matcher Matcher(MatchWeights? weights = null) => new(weights ?? MatchWeights.Default, Names);

    public static VolunteerSnapshot Volunteer(int id = 1) => new() { Id = id, WillingToGetVog = true, ConsentToBeProposed = true };

    /// <summary>Published a year ago (no freshness), no place limit, on Sunday evening (a fixed slot, so not "in overleg").</summary>
    public static VacancySnapshot Vacancy(int id = 100) => new()
    {
        Id = id,
        CategoryId = CareCategory,
        Schedule = WeekSchedule.Of((DayOfWeek.Sunday, DayPart.Evening)),
        PublishedAt = Now.AddDays(-365),
    };

    /// <summary>A point <paramref name="km"/> due north of <paramref name="origin"/> (along a meridian, so exact).</summary>
    public static GeoPoint North(GeoPoint origin, double km) => origin with { Latitude = origin.Latitude + (km / (6371.0088 * Math.PI / 180)) };

    /// <summary>A point roughly <paramref name="km"/> due east of <paramref name="origin"/>.</summary>
    public static GeoPoint East(GeoPoint origin, double km) =>
        origin with { Longitude = origin.Longitude + (km / (6371.0088 * Math.PI / 180 * Math.Cos(origin.Latitude * Math.PI / 180))) };
}
