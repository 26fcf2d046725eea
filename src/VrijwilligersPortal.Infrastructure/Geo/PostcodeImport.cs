using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Infrastructure.Geo;

public sealed record PostcodeImportResult(int Imported, int Skipped, IReadOnlyList<string> Countries);

/// <summary>
/// Reads a GeoNames postal-code file (tab-separated: country, code, place, admin1 name/code,
/// admin2 name/code, admin3 name/code, latitude, longitude, optional accuracy; with or without a
/// header row) and replaces the postcode table's rows for the countries in the file. Only NL and
/// BE four-digit codes are kept. Runs in one transaction: a file that fails halfway changes nothing.
/// </summary>
public static partial class PostcodeImport
{
    private static readonly string[] Countries = ["NL", "BE"];

    public static async Task<PostcodeImportResult> ImportAsync(PortalDbContext db, TextReader reader, CancellationToken cancellationToken = default)
    {
        var (areas, skipped) = await ParseAsync(reader, cancellationToken);
        var countries = areas.Select(a => a.CountryCode).Distinct().Order(StringComparer.Ordinal).ToList();

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.PostcodeAreas.Where(p => countries.Contains(p.CountryCode)).ExecuteDeleteAsync(cancellationToken);
            foreach (var batch in areas.Chunk(1000))
            {
                db.PostcodeAreas.AddRange(batch);
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }

            await transaction.CommitAsync(cancellationToken);
        });
        return new PostcodeImportResult(areas.Count, skipped, countries);
    }

    /// <summary>Adds the given areas unless their code is already known (demo data and tests).</summary>
    public static async Task EnsureAsync(PortalDbContext db, IEnumerable<PostcodeArea> areas, CancellationToken cancellationToken = default)
    {
        var known = (await db.PostcodeAreas.Select(p => p.CountryCode + p.Code).ToListAsync(cancellationToken)).ToHashSet();
        var missing = areas.Where(a => !known.Contains(a.CountryCode + a.Code)).ToList();
        if (missing.Count > 0)
        {
            db.PostcodeAreas.AddRange(missing);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public static async Task<(List<PostcodeArea> Areas, int Skipped)> ParseAsync(TextReader reader, CancellationToken cancellationToken = default)
    {
        var areas = new List<PostcodeArea>();
        var seen = new HashSet<(string, string, string)>();
        var skipped = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            var fields = line.Split('\t');
            if (fields.Length < 11 || fields[0] == "country_code")
            {
                skipped += line.Length > 0 && fields[0] != "country_code" ? 1 : 0;
                continue;
            }

            var country = fields[0].Trim().ToUpperInvariant();
            var code = fields[1].Trim();
            var place = fields[2].Trim();
            if (!Countries.Contains(country)
                || !FourDigits().IsMatch(code)
                || place.Length is 0 or > 100
                || !double.TryParse(fields[9], NumberStyles.Float, CultureInfo.InvariantCulture, out var latitude)
                || !double.TryParse(fields[10], NumberStyles.Float, CultureInfo.InvariantCulture, out var longitude)
                || latitude is < -90 or > 90
                || longitude is < -180 or > 180
                || !seen.Add((country, code, place)))
            {
                skipped++;
                continue;
            }

            areas.Add(new PostcodeArea(country, code, place, country == "NL" ? Municipality(fields[5]) : null, latitude, longitude));
        }

        return (areas, skipped);
    }

    /// <summary>GeoNames writes "Gemeente Utrecht", "Rotterdam Municipality", "Groningen. Municipality" and a few typos; keep the name.</summary>
    private static string? Municipality(string value)
    {
        var name = MunicipalityNoise().Replace(value.Trim(), string.Empty).Trim();
        return name.Length is 0 or > 100 ? null : name;
    }

    [GeneratedRegex("^[1-9][0-9]{3}$")]
    private static partial Regex FourDigits();

    [GeneratedRegex(@"^Gemeente\s+|\.?\s*Municipal\w*$", RegexOptions.IgnoreCase)]
    private static partial Regex MunicipalityNoise();
}
