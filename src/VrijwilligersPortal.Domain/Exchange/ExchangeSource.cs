using VrijwilligersPortal.Domain.Common;

namespace VrijwilligersPortal.Domain.Exchange;

/// <summary>
/// Another centre's open vacancy feed (its <c>/api/vacatures</c> address, perhaps with filters in
/// the query) that this portal imports (regional exchange, docs/adr/0150). The import job records
/// here how the last fetch went, for the administrator.
/// </summary>
public sealed class ExchangeSource
{
    public const int NameMaxLength = 100;

    public const int FeedUrlMaxLength = 500;

    public const int ErrorMaxLength = 300;

    private ExchangeSource()
    {
        Name = string.Empty;
        FeedUrl = string.Empty;
    }

    public int Id { get; private set; }

    /// <summary>The source centre's name as volunteers see it on imported vacancies.</summary>
    public string Name { get; private set; }

    /// <summary>The absolute http(s) address of the source's vacancy list, with any filters.</summary>
    public string FeedUrl { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? LastSuccessAt { get; private set; }

    public DateTimeOffset? LastErrorAt { get; private set; }

    /// <summary>What went wrong the last time, in Dutch, for the administrator; never personal data.</summary>
    public string? LastError { get; private set; }

    /// <summary>How many vacancies of this source are public here after the last successful fetch.</summary>
    public int ImportedCount { get; private set; }

    /// <summary>
    /// When an administrator removed the source. The row stays because the vacancies it brought
    /// (closed at removal) still name it; a removed source is neither shown nor fetched.
    /// </summary>
    public DateTimeOffset? RemovedAt { get; private set; }

    public static ExchangeSource Create(string name, string feedUrl, DateTimeOffset at)
    {
        var source = new ExchangeSource { CreatedAt = at };
        source.Change(name, feedUrl);
        return source;
    }

    public void Change(string name, string feedUrl)
    {
        Name = Guard.Text(name, NameMaxLength, "Geef de naam van de centrale (hoogstens {0} tekens).", NameMaxLength);
        FeedUrl = NormalizeFeedUrl(feedUrl) ?? throw new DomainException("Geef het volledige webadres van de vacaturelijst, zoals https://vrijwilligerswerk.example.nl/api/vacatures.");
    }

    public void Remove(DateTimeOffset at)
    {
        RemovedAt ??= at;
        ImportedCount = 0;
    }

    public void RecordSuccess(int imported, DateTimeOffset at)
    {
        LastSuccessAt = at;
        ImportedCount = imported;
        LastError = null;
    }

    public void RecordFailure(string problem, DateTimeOffset at)
    {
        LastErrorAt = at;
        var flat = string.Join(' ', problem.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        LastError = flat.Length <= ErrorMaxLength ? flat : flat[..(ErrorMaxLength - 1)] + "…";
    }

    /// <summary>
    /// The address as stored, or null when it is not an absolute http or https address without
    /// user name, password or fragment, of at most <see cref="FeedUrlMaxLength"/> characters.
    /// </summary>
    public static string? NormalizeFeedUrl(string? value)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed)
            || trimmed.Length > FeedUrlMaxLength
            || !Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            || uri.Scheme is not ("https" or "http")
            || uri.UserInfo.Length > 0
            || uri.Fragment.Length > 0
            || uri.Host.Length == 0)
        {
            return null;
        }

        var text = uri.AbsoluteUri;
        return text.Length <= FeedUrlMaxLength ? text : null;
    }

    /// <summary>An address a volunteer may be sent to: absolute http(s), or null.</summary>
    public static string? SafeLink(string? value) =>
        value is { Length: > 0 and <= FeedUrlMaxLength } && Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && uri.UserInfo.Length == 0
            ? uri.AbsoluteUri
            : null;
}
