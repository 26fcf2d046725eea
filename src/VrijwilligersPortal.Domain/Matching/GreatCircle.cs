using VrijwilligersPortal.Domain.Common;

namespace VrijwilligersPortal.Domain.Matching;

/// <summary>
/// <see cref="GeoPoint.DistanceKmTo"/> taken apart so ranking can stop early: the same arithmetic
/// in the same order (so the same kilometres to the last bit), with each point's latitude cosine
/// computed once per snapshot, and cheap lower bounds that rule a pair out before any trigonometry.
/// </summary>
internal static class GreatCircle
{
    private const double EarthRadiusKm = 6371.0088;
    private const double KmPerDegreeLatitude = EarthRadiusKm * Math.PI / 180;

    /// <summary>Slack on the lower bounds so rounding can never rule out a pair the exact distance keeps.</summary>
    private const double Slack = 1e-9;

    public static double CosLatitude(GeoPoint? point) => point is { } p ? Math.Cos(p.Latitude * Math.PI / 180) : double.NaN;

    /// <summary>
    /// True when the pair is surely further apart than <paramref name="km"/>: the great-circle
    /// distance is never less than the north-south distance.
    /// </summary>
    public static bool LatitudeGapExceeds(GeoPoint from, GeoPoint to, double km) =>
        Math.Abs(to.Latitude - from.Latitude) * KmPerDegreeLatitude > km * (1 + Slack) + Slack;

    /// <summary>The haversine term <c>a</c>, exactly as <see cref="GeoPoint.DistanceKmTo"/> computes it.</summary>
    public static double Haversine(GeoPoint from, double cosFrom, GeoPoint to, double cosTo)
    {
        var dLat = (to.Latitude - from.Latitude) * Math.PI / 180;
        var dLon = (to.Longitude - from.Longitude) * Math.PI / 180;
        var sinLat = Math.Sin(dLat / 2);
        var sinLon = Math.Sin(dLon / 2);
        return (sinLat * sinLat) + (cosFrom * cosTo * sinLon * sinLon);
    }

    /// <summary>The <c>a</c> at which the distance reaches <paramref name="km"/>, with slack: larger means surely further.</summary>
    public static double HaversineAt(double km)
    {
        var half = Math.Sin(Math.Min(km, EarthRadiusKm * Math.PI) / (2 * EarthRadiusKm));
        return (half * half * (1 + Slack)) + Slack;
    }

    public static double Km(double haversine) => 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(haversine)));
}
