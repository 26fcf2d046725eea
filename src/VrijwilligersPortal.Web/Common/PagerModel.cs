namespace VrijwilligersPortal.Web.Common;

/// <summary>Page links that keep every other query parameter of the current URL.</summary>
public sealed class PagerModel(int pageNumber, int pageCount, Func<int, string> urlFor)
{
    public int PageNumber { get; } = pageNumber;

    public int PageCount { get; } = pageCount;

    public string UrlFor(int page) => urlFor(page);

    /// <summary>At most seven page numbers around the current one.</summary>
    public IEnumerable<int> Window()
    {
        var first = Math.Max(1, Math.Min(PageNumber - 3, PageCount - 6));
        var last = Math.Min(PageCount, first + 6);
        return Enumerable.Range(first, last - first + 1);
    }

    public static PagerModel ForQuery(HttpRequest request, int pageNumber, int pageCount, string parameter = "pagina") =>
        new(pageNumber, pageCount, page =>
        {
            var query = request.Query
                .Where(q => !string.Equals(q.Key, parameter, StringComparison.OrdinalIgnoreCase))
                .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
                .Append(new KeyValuePair<string, string?>(parameter, page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return request.Path + Microsoft.AspNetCore.Http.QueryString.Create(query).ToUriComponent();
        });
}
