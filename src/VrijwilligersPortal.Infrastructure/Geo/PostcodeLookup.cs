using System.Text.RegularExpressions;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Infrastructure.Seeding;

namespace VrijwilligersPortal.Infrastructure.Geo;

/// <summary>
/// Turns a postcode into the centroid that distances are measured from. The one place that knows
/// where coordinates come from: for now the demo area's centroids, until the postcode table that
/// the operator imports exists. An unknown postcode has no coordinates; callers keep the postcode
/// anyway, so nothing the volunteer typed is lost and it can be resolved later.
/// </summary>
public sealed partial class PostcodeLookup
{
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

    public Task<GeoPoint?> FindAsync(string area, CancellationToken cancellationToken = default) =>
        Task.FromResult<GeoPoint?>(DemoData.Postcodes.TryGetValue(area, out var known) ? new GeoPoint(known.Lat, known.Lon) : null);

    [GeneratedRegex("^(?<digits>[1-9][0-9]{3})(\\s?[A-Za-z]{2})?$")]
    private static partial Regex PostcodePattern();
}
