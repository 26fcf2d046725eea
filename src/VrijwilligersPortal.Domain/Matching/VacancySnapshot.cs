using VrijwilligersPortal.Domain.Common;

namespace VrijwilligersPortal.Domain.Matching;

/// <summary>
/// What matching needs to know about one vacancy, read once (usually projected in SQL) and then
/// compared with many volunteers. Plain data: no entity, no database.
/// </summary>
public sealed record VacancySnapshot
{
    private readonly GeoPoint? _location;

    public required int Id { get; init; }

    public required int CategoryId { get; init; }

    /// <summary>The skills the work asks for.</summary>
    public IdSet SkillIds { get; init; }

    /// <summary>Who the work suits (geschikt voor).</summary>
    public IdSet SuitableForIds { get; init; }

    /// <summary>When the work is done; empty means "in overleg" (times are agreed with the volunteer).</summary>
    public WeekSchedule Schedule { get; init; }

    public int? HoursPerWeek { get; init; }

    /// <summary>Centroid of the vacancy's postcode; null when unknown.</summary>
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


    /// <summary>Can be done from home (vanuit huis): distance does not matter.</summary>
    public bool IsRemote { get; init; }

    public int? MinimumAge { get; init; }

    public bool RequiresVog { get; init; }

    /// <summary>Published by an approved organisation and not past its end date.</summary>
    public bool IsPublished { get; init; } = true;

    /// <summary>Places still free; null means no limit.</summary>
    public int? PlacesLeft { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    public bool IsFull => PlacesLeft is <= 0;
}
