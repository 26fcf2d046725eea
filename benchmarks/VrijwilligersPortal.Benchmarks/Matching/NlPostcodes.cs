using System.Globalization;
using VrijwilligersPortal.Domain.Common;

namespace VrijwilligersPortal.Benchmarks.Matching;

/// <summary>
/// The centroids of the Dutch PC4 postcodes in <c>../shared/data/geo/nl-postcodes.tsv</c> next to
/// the repository (GeoNames, CC BY 4.0). Read in place, never copied into the repository. A PC4
/// listed for several places keeps its first row.
/// </summary>
public static class NlPostcodes
{
    public static IReadOnlyList<GeoPoint> Load()
    {
        var path = FindFile();
        var points = new List<GeoPoint>();
        var seen = new HashSet<string>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var fields = line.Split('\t');
            if (fields.Length >= 11 && seen.Add(fields[1]))
            {
                points.Add(new GeoPoint(
                    double.Parse(fields[9], CultureInfo.InvariantCulture),
                    double.Parse(fields[10], CultureInfo.InvariantCulture)));
            }
        }

        return points;
    }

    private static string FindFile()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "VrijwilligersPortal.sln")))
            {
                var path = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "geo", "nl-postcodes.tsv"));
                return File.Exists(path) ? path : throw new FileNotFoundException("The postcode centroids are missing next to the repository.", path);
            }
        }

        throw new DirectoryNotFoundException("No VrijwilligersPortal.sln above " + AppContext.BaseDirectory);
    }
}
