using System.Text.RegularExpressions;
using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Infrastructure.Seeding;

namespace VrijwilligersPortal.Web.Common;

public sealed record PostcodeLocation(string Postcode, string Place, GeoPoint Location);

/// <summary>
/// Finds the centre point of a 4-digit postcode, so that a vacancy can be found by distance. For
/// now it knows only the demo centre's postcodes; the postcode table that the operator imports
/// replaces the lookup inside this one class (docs/adr/0010). An unknown postcode gives null and
/// the vacancy is saved without coordinates.
/// </summary>
public sealed partial class PostcodeLocator
{
    /// <summary>"3581 ab" → "3581"; null when it is not a 4-digit postcode with optional letters.</summary>
    public static string? FourDigits(string? postcode)
    {
        var match = PostcodePattern().Match(postcode?.Trim() ?? string.Empty);
        return match.Success ? match.Groups["digits"].Value : null;
    }

    public Task<PostcodeLocation?> FindAsync(string? postcode, CancellationToken cancellationToken)
    {
        var digits = FourDigits(postcode);
        return Task.FromResult(digits is not null && DemoData.Postcodes.TryGetValue(digits, out var known)
            ? new PostcodeLocation(digits, known.Place, new GeoPoint(known.Lat, known.Lon))
            : null);
    }

    [GeneratedRegex(@"^(?<digits>[1-9][0-9]{3})\s?([A-Za-z]{2})?$")]
    private static partial Regex PostcodePattern();
}
