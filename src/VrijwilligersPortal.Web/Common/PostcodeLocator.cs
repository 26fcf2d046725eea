using System.Text.RegularExpressions;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Infrastructure.Geo;

namespace VrijwilligersPortal.Web.Common;

public sealed record PostcodeLocation(string Postcode, string Place, GeoPoint Location);

/// <summary>
/// Finds the centre point of a 4-digit postcode, so that a vacancy can be found by distance. Reads
/// the postcode table through <see cref="PostcodeLookup"/> (docs/adr/0021). An unknown postcode
/// gives null and the vacancy is saved without coordinates.
/// </summary>
public sealed partial class PostcodeLocator(PostcodeLookup lookup)
{
    /// <summary>"3581 ab" → "3581"; null when it is not a 4-digit postcode with optional letters.</summary>
    public static string? FourDigits(string? postcode)
    {
        var match = PostcodePattern().Match(postcode?.Trim() ?? string.Empty);
        return match.Success ? match.Groups["digits"].Value : null;
    }

    public async Task<PostcodeLocation?> FindAsync(string? postcode, CancellationToken cancellationToken)
    {
        var digits = FourDigits(postcode);
        var area = digits is null ? null : await lookup.FindAreaAsync(digits, cancellationToken);
        return area is null ? null : new PostcodeLocation(digits!, area.Place, area.Location);
    }

    [GeneratedRegex(@"^(?<digits>[1-9][0-9]{3})\s?([A-Za-z]{2})?$")]
    private static partial Regex PostcodePattern();
}
