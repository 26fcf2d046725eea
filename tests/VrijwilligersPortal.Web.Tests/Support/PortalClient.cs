using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace VrijwilligersPortal.Web.Tests.Support;

/// <summary>
/// A browser-like client: keeps cookies, reads pages as HTML and submits their real forms,
/// antiforgery token included, the way a person would.
/// </summary>
public sealed class PortalClient(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    public async Task<HttpResponseMessage> GetAsync(string url) => await Http.GetAsync(url);

    public async Task<IHtmlDocument> GetPageAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await Http.GetAsync(url);
        return await ReadPageAsync(response, expected);
    }

    public static async Task<IHtmlDocument> ReadPageAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {expected}, got {(int)response.StatusCode} for {response.RequestMessage?.RequestUri}: {html[..Math.Min(html.Length, 2000)]}");
        var page = await ParseAsync(html, response.RequestMessage?.RequestUri);
        AssertEveryLinkResolved(page, response.RequestMessage?.RequestUri);
        return page;
    }

    /// <summary>
    /// Parses a page and fails on what the HTML parser reports as an error (a stray end tag, a
    /// paragraph inside a paragraph, a raw "&lt;" in text): browsers repair those silently, so only
    /// a validator or this check sees them. Every page any test reads is checked.
    /// </summary>
    public static async Task<IHtmlDocument> ParseAsync(string html, Uri? url)
    {
        var errors = new List<string>();
        var parser = new HtmlParser();
        parser.Error += (_, e) =>
        {
            if (e is AngleSharp.Html.Dom.Events.HtmlErrorEvent error)
            {
                var line = html.Split('\n').ElementAtOrDefault(error.Position.Line - 1)?.Trim() ?? string.Empty;
                errors.Add($"{(HtmlParseError)error.Code} at line {error.Position.Line}: {line[..Math.Min(line.Length, 160)]}");
            }
        };
        var page = await parser.ParseDocumentAsync(html);
        Assert.True(errors.Count == 0, $"HTML errors on {url}: {string.Join(" | ", errors)}");
        return page;
    }

    /// <summary>
    /// Links and forms come from routes (asp-controller/asp-action, docs/adr/0105); one whose route
    /// no longer exists renders as an empty href or action instead of failing, so every page any
    /// test reads is checked for them.
    /// </summary>
    public static void AssertEveryLinkResolved(IHtmlDocument page, Uri? url)
    {
        var broken = page.QuerySelectorAll("a[href=''], form[action='']").Select(e => e.OuterHtml[..Math.Min(e.OuterHtml.Length, 200)]).ToList();
        Assert.True(broken.Count == 0, $"Links or forms without a target on {url}: {string.Join(" | ", broken)}");
    }

    /// <summary>
    /// Opens <paramref name="pageUrl"/>, fills the form (the first POST form in main, or the one
    /// matching <paramref name="formSelector"/>) with <paramref name="fields"/> on top of what the
    /// page already put in it, and submits it.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitFormAsync(string pageUrl, IDictionary<string, string> fields, string? formSelector = null)
    {
        var page = await GetPageAsync(pageUrl);
        return await SubmitFormAsync(page, pageUrl, fields, formSelector);
    }

    public Task<HttpResponseMessage> SubmitFormAsync(IHtmlDocument page, string pageUrl, IDictionary<string, string> fields, string? formSelector = null) =>
        SubmitFormAsync(page, pageUrl, (IEnumerable<KeyValuePair<string, string>>)fields, formSelector);

    /// <summary>
    /// As above, for fields with several values (checkbox lists): every name in
    /// <paramref name="fields"/> replaces all of the page's values for that name.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitFormAsync(string pageUrl, IEnumerable<KeyValuePair<string, string>> fields, string? formSelector = null)
    {
        var page = await GetPageAsync(pageUrl);
        return await SubmitFormAsync(page, pageUrl, fields, formSelector);
    }

    public async Task<HttpResponseMessage> SubmitFormAsync(IHtmlDocument page, string pageUrl, IEnumerable<KeyValuePair<string, string>> fields, string? formSelector = null)
    {
        var given = fields.ToList();
        var names = given.Select(f => f.Key).ToHashSet();
        var form = (formSelector is null
            ? page.QuerySelectorAll("main form").OfType<IHtmlFormElement>().FirstOrDefault(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase))
            : page.QuerySelector(formSelector) as IHtmlFormElement)
            ?? throw new InvalidOperationException($"No form {formSelector} on {pageUrl}");

        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && !names.Contains(input.Name):
                    if ((input.Type is "checkbox" or "radio" && input.IsChecked) || input.Type is not ("checkbox" or "radio" or "submit"))
                    {
                        values.Add(new(input.Name, input.Value));
                    }

                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name) && !names.Contains(area.Name):
                    values.Add(new(area.Name, area.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name) && !names.Contains(select.Name):
                    values.AddRange(select.SelectedOptions.Select(o => new KeyValuePair<string, string>(select.Name, o.Value)));
                    break;
            }
        }

        values.AddRange(given);
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : pageUrl;
        return await Http.PostAsync(action, new FormUrlEncodedContent(values));
    }

    public void Dispose() => Http.Dispose();
}
