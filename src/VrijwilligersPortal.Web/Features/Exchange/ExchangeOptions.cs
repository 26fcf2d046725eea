namespace VrijwilligersPortal.Web.Features.Exchange;

/// <summary>Configuration section <c>Exchange</c>: fetching other centres' vacancy feeds (docs/adr/0150, docs/exchange.md).</summary>
public sealed class ExchangeOptions
{
    public const string Section = "Exchange";

    /// <summary>How often every source is fetched; zero switches the exchange job off.</summary>
    public TimeSpan FetchEvery { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long one request may take before it counts as failed (and is tried again).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often a failed request (unreachable, timeout, 5xx, 408, 429) is tried again, with growing pauses.</summary>
    public int Retries { get; set; } = 2;

    /// <summary>The first pause before trying again; each next one is twice as long (with jitter).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The largest body of one page that is read; a larger one makes the fetch fail.</summary>
    public int MaxPageBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>The most pages of one source (of <see cref="PageSize"/> vacancies); a source with more fails, so narrow it with a filter.</summary>
    public int MaxPages { get; set; } = 50;

    /// <summary>Vacancies asked per page (the API allows up to 100).</summary>
    public int PageSize { get; set; } = 100;
}
