using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Features.OpenData;

/// <summary>The OpenAPI description of the open vacancy API, at a stable address (<see cref="Path"/>).</summary>
public static class OpenApiDocument
{
    public const string Name = "v1";

    public const string Path = "/api/openapi.json";

    public static void Configure(OpenApiOptions options)
    {
        // Only the open API: the portal's own pages are no API.
        options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
        options.AddDocumentTransformer((document, context, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Vacatures (open data)",
                Version = "1",
                Description = "De openbare vrijwilligersvacatures van deze centrale, zonder persoonsgegevens. "
                    + "Filters zoals op /vacatures, plus gemeente en organisatie. Antwoorden mogen gedeeld worden gecachet (Cache-Control, ETag); "
                    + "te veel verzoeken krijgen 429 met Retry-After.",
            };
            var urls = context.ApplicationServices.GetRequiredService<PublicUrls>();
            document.Servers = [new OpenApiServer { Url = urls.BaseUrl }];
            return Task.CompletedTask;
        });
    }
}
