using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http.Extensions;
using VrijwilligersPortal.Domain.Centre;
using VrijwilligersPortal.Web.Hosting;

namespace VrijwilligersPortal.Web.Features.Embedding;

/// <summary>The choices of the snippet builder, as the URL carries them (GET, so the preview follows every change without JavaScript).</summary>
public sealed class EmbedSnippetRequest
{
    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "gemeente")]
    public string? Municipality { get; set; }

    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "categorie")]
    public string? Category { get; set; }

    [Microsoft.AspNetCore.Mvc.FromQuery(Name = "q")]
    public string? Query { get; set; }
}

/// <summary>What the snippet builder shows: the choices, the preview's address and the code to copy.</summary>
public sealed record EmbedSnippetPage(
    EmbedSnippetRequest Request,
    IReadOnlyList<string> Municipalities,
    IReadOnlyList<(string Slug, string Name)> Categories,
    bool ChooseMunicipality,
    string PreviewUrl,
    string Code,
    IReadOnlyList<string> AllowedOrigins);

/// <summary>Builds the code a web editor pastes: the frame with the list and the small script that sizes it (docs/embedding.md).</summary>
public static class EmbedSnippet
{
    public const string ListPath = "/inbedden/vacatures";

    public const string HostScriptPath = "/js/inbedden-host.js";

    /// <summary>The list's query string for these choices; the organisation is fixed by the caller (a member's own list), never chosen.</summary>
    public static string Query(EmbedSnippetRequest request, int? organisationId)
    {
        var query = new QueryBuilder();
        if (!string.IsNullOrWhiteSpace(request.Municipality))
        {
            query.Add("gemeente", request.Municipality.Trim());
        }

        if (organisationId is { } id)
        {
            query.Add("organisatie", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrWhiteSpace(request.Category))
        {
            query.Add("categorie", request.Category.Trim());
        }

        if (!string.IsNullOrWhiteSpace(request.Query))
        {
            query.Add("q", request.Query.Trim());
        }

        return query.ToQueryString().ToUriComponent();
    }

    public static string Code(PublicUrls urls, string query, string title)
    {
        var html = HtmlEncoder.Default;
        return $"<iframe src=\"{html.Encode(urls.Absolute(ListPath + query))}\" title=\"{html.Encode(title)}\" "
            + "style=\"width:100%;min-width:280px;height:700px;border:0\" loading=\"lazy\"></iframe>\n"
            + $"<script src=\"{html.Encode(urls.Absolute(HostScriptPath))}\" async></script>";
    }

    public static EmbedSnippetPage Page(
        EmbedSnippetRequest request,
        int? organisationId,
        IReadOnlyList<string> municipalities,
        IReadOnlyList<(string Slug, string Name)> categories,
        PublicUrls urls,
        CentreOptions centre,
        string title)
    {
        var query = Query(request, organisationId);
        return new EmbedSnippetPage(
            request,
            municipalities,
            categories,
            organisationId is null,
            ListPath + query,
            Code(urls, query, title),
            [.. centre.EmbedOrigins.Select(EmbedOrigin.Normalize).OfType<string>()]);
    }
}
