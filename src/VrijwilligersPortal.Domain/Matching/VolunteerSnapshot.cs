using VrijwilligersPortal.Domain.Common;

namespace VrijwilligersPortal.Domain.Matching;

/// <summary>
/// What matching needs to know about one volunteer's profile. Every field may be missing: an
/// incomplete profile still gets suggestions, only fewer signals contribute
/// (<see cref="ProfileGaps"/> says which fields would help).
/// </summary>
public sealed record VolunteerSnapshot
{
    private readonly GeoPoint? _location;
    private readonly int? _maxDistanceKm;

    public required int Id { get; init; }

    /// <summary>The categories the volunteer is interested in.</summary>
    public IdSet InterestIds { get; init; }

    public IdSet SkillIds { get; init; }

    /// <summary>The suitable-for groups the volunteer says they belong to (optional, self-chosen).</summary>
    public IdSet SuitableForIds { get; init; }

    public WeekSchedule Availability { get; init; }

    public int? HoursPerWeek { get; init; }

    /// <summary>Centroid of the volunteer's postcode; null when unknown.</summary>
    public GeoPoint? Location
    {
        get => _location;
        init
        {
            _location = value;
            CosLatitude = GreatCircle.CosLatitude(value);
        }
    }

    /// <summary>Cached for the distance computation, which runs for every candidate.</summary>
    internal double CosLatitude { get; private init; } = double.NaN;


    /// <summary>How far the volunteer will travel; null means not said (no distance filter).</summary>
    public int? MaxDistanceKm
    {
        get => _maxDistanceKm;
        init
        {
            _maxDistanceKm = value;
            HaversineAtLimit = value is { } km ? GreatCircle.HaversineAt(km) : double.NaN;
        }
    }

    /// <summary>Cached: the haversine term beyond which a vacancy is surely past the travel limit.</summary>
    internal double HaversineAtLimit { get; private init; } = double.NaN;

    public int? BirthYear { get; init; }

    public bool WillingToGetVog { get; init; }

    /// <summary>May be proposed to organisations and staff; off unless the volunteer said yes.</summary>
    public bool ConsentToBeProposed { get; init; }

    /// <summary>Vacancies the volunteer already responded to; they are not suggested again.</summary>
    public IdSet AppliedVacancyIds { get; init; }

    /// <summary>The age the volunteer turns in <paramref name="year"/>, as <c>Volunteer.AgeIn</c> counts it.</summary>
    public int? AgeIn(int year) => BirthYear is { } born ? year - born : null;
}
