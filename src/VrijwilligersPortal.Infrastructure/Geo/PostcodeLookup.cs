using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Infrastructure.Geo;

/// <summary>A postcode area or place found in the postcode table, with the point distances are measured from.</summary>
public sealed record KnownArea(string CountryCode, string Code, string Place, GeoPoint Location);

/// <summary>
/// Turns a postcode (or a place name) into the centroid that distances are measured from, using
/// the postcode table the operator imports (<c>import-postcodes</c>, docs/adr/0021). An unknown
/// postcode has no coordinates; callers keep the postcode anyway, so nothing the volunteer typed
/// is lost and it can be resolved after a later import.
/// </summary>
/// <param name="homeCountry">The centre's country ("NL", "BE"): its codes win where both countries have one.</param>
public sealed partial class PostcodeLookup(PortalDbContext db, string homeCountry = "NL")
{
    /// <summary>Dutch and Belgian codes share the range 1000–9999 (9031 is Boksum and Drongen); the centre's own country wins.</summary>
    private readonly string[] _countryPreference = string.Equals(homeCountry, "BE", StringComparison.OrdinalIgnoreCase) ? ["BE", "NL"] : ["NL", "BE"];

    /// <summary>
    /// The four digits that identify the area (Dutch PC4, Belgian postcode). Only these are kept:
    /// they are enough for distances, and the letters would narrow a person down to a street.
    /// </summary>
    public static string? AreaOf(string? postcode)
    {
        var match = PostcodePattern().Match(postcode?.Trim() ?? string.Empty);
        return match.Success ? match.Groups["digits"].Value : null;
    }

    public static bool IsValid(string? postcode) => AreaOf(postcode) is not null;

    public async Task<GeoPoint?> FindAsync(string area, CancellationToken cancellationToken = default) =>
        (await FindAreaAsync(area, cancellationToken))?.Location;

    /// <summary>The area with that code: the centre of its places, named after the first one in the file.</summary>
    public async Task<KnownArea?> FindAreaAsync(string area, CancellationToken cancellationToken = default)
    {
        var rows = await db.PostcodeAreas.AsNoTracking()
            .Where(p => p.Code == area)
            .OrderBy(p => p.Id)
            .ToListAsync(cancellationToken);
        var country = _countryPreference.FirstOrDefault(c => rows.Exists(r => r.CountryCode == c));
        var chosen = country is null ? rows : rows.FindAll(r => r.CountryCode == country);
        return chosen.Count == 0 ? null : Centre(chosen[0].CountryCode, area, chosen[0].Place, chosen);
    }

    /// <summary>
    /// A place by name ("Utrecht", "den haag", "Liège"): the centre of all its postcode areas. When
    /// several places share the name, the one with the most areas (the bigger place) is taken.
    /// </summary>
    public async Task<KnownArea?> FindPlaceAsync(string name, CancellationToken cancellationToken = default)
    {
        var key = PlaceNames.Key(name);
        if (key.Length is 0 or > 100)
        {
            return null;
        }

        var rows = await db.PostcodeAreas.AsNoTracking().Where(p => p.PlaceKey == key).ToListAsync(cancellationToken);
        var biggest = rows
            .GroupBy(r => (r.CountryCode, r.Municipality))
            .OrderBy(g => Array.IndexOf(_countryPreference, g.Key.CountryCode) is var i and >= 0 ? i : int.MaxValue)
            .ThenByDescending(g => g.Count())
            .FirstOrDefault()?
            .ToList();
        return biggest is null ? null : Centre(biggest[0].CountryCode, biggest.Min(r => r.Code)!, biggest[0].Place, biggest);
    }

    /// <summary>
    /// The four-digit codes of a municipality ("Houten", "utrecht"), as numbers: the scope of a
    /// municipality's embedded list or feed. Empty when the name is unknown.
    /// </summary>
    public async Task<IReadOnlyList<int>> AreaCodesOfMunicipalityAsync(string name, CancellationToken cancellationToken = default)
    {
        var key = name.Trim().ToLowerInvariant();
        if (key.Length is 0 or > 100)
        {
            return [];
        }

        var codes = await db.PostcodeAreas.AsNoTracking()
            .Where(p => p.Municipality != null && p.Municipality.ToLower() == key)
            .Select(p => p.Code)
            .Distinct()
            .ToListAsync(cancellationToken);
        return [.. codes.Select(c => int.Parse(c, System.Globalization.CultureInfo.InvariantCulture)).Order()];
    }

    /// <summary>A postcode ("3581", "3581 AB") or else a place name.</summary>
    public Task<KnownArea?> FindPostcodeOrPlaceAsync(string text, CancellationToken cancellationToken = default) =>
        AreaOf(text) is { } area ? FindAreaAsync(area, cancellationToken) : FindPlaceAsync(text, cancellationToken);

    private static KnownArea Centre(string country, string code, string place, List<PostcodeArea> rows) =>
        new(country, code, place, new GeoPoint(rows.Average(r => r.Latitude), rows.Average(r => r.Longitude)));

    [GeneratedRegex("^(?<digits>[1-9][0-9]{3})(\\s?[A-Za-z]{2})?$")]
    private static partial Regex PostcodePattern();
}
