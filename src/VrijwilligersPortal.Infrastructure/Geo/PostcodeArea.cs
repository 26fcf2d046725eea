namespace VrijwilligersPortal.Infrastructure.Geo;

/// <summary>
/// One place within a postcode area (Dutch PC4 or Belgian postcode) and its centroid, as the
/// operator imported it from a GeoNames postal-code file. A code can have several rows (one per
/// place; Belgium has one per deelgemeente).
/// </summary>
public sealed class PostcodeArea
{
    public PostcodeArea(string countryCode, string code, string place, string? municipality, double latitude, double longitude)
    {
        CountryCode = countryCode;
        Code = code;
        Place = place;
        Municipality = municipality;
        PlaceKey = PlaceNames.Key(place);
        Latitude = latitude;
        Longitude = longitude;
    }

    public int Id { get; private set; }

    /// <summary>ISO 3166 code: NL or BE.</summary>
    public string CountryCode { get; private set; }

    /// <summary>The four digits.</summary>
    public string Code { get; private set; }

    public string Place { get; private set; }

    /// <summary>The municipality (gemeente) for NL; GeoNames has none for BE, so null there.</summary>
    public string? Municipality { get; private set; }

    /// <summary>The place name folded for lookups ("Den Haag", "den haag" and "dén haag" are one key).</summary>
    public string PlaceKey { get; private set; }

    public double Latitude { get; private set; }

    public double Longitude { get; private set; }
}
