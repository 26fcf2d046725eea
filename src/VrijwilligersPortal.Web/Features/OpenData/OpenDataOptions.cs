namespace VrijwilligersPortal.Web.Features.OpenData;

/// <summary>Configuration section <c>OpenData</c>: the open feeds (/api/vacatures, RSS/Atom, sitemap) and how long caches may keep them.</summary>
public sealed class OpenDataOptions
{
    public const string Section = "OpenData";

    /// <summary>
    /// How long browsers and shared caches may reuse an answer without asking again (Cache-Control
    /// max-age): a changed vacancy is visible in the feeds at most this long (plus the index's
    /// catch-up of a few seconds) after it was saved.
    /// </summary>
    public int CacheSeconds { get; set; } = 300;

    /// <summary>Requests per client address per minute to /api and the RSS/Atom feeds, per instance; more get 429 with Retry-After.</summary>
    public int RequestsPerMinute { get; set; } = 120;
}
