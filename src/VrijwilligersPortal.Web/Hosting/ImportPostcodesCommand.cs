using VrijwilligersPortal.Infrastructure.Geo;
using VrijwilligersPortal.Infrastructure.Persistence;

namespace VrijwilligersPortal.Web.Hosting;

/// <summary>
/// <c>dotnet VrijwilligersPortal.Web.dll import-postcodes NL.txt</c>: fills the postcode table from a
/// GeoNames postal-code file (download.geonames.org/export/zip/), replacing the rows of the
/// countries in that file. Run after <c>migrate</c>; again whenever a newer file is published.
/// </summary>
internal static class ImportPostcodesCommand
{
    public const string Name = "import-postcodes";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var position = Array.FindIndex(args, a => a.Equals(Name, StringComparison.OrdinalIgnoreCase));
        var path = position + 1 < args.Length ? args[position + 1] : null;
        if (path is null || !File.Exists(path))
        {
            await Console.Error.WriteLineAsync($"Usage: {Name} <GeoNames postal-code file (.txt or .tsv)>; file not found: {path ?? "(none)"}");
            return 2;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        var result = await PostcodeImport.ImportAsync(db, reader);
        Console.WriteLine($"Imported {result.Imported} postcode rows for {string.Join(", ", result.Countries)}; skipped {result.Skipped} lines.");
        return result.Imported > 0 ? 0 : 1;
    }
}
