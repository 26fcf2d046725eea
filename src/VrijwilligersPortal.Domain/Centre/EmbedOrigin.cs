using VrijwilligersPortal.Domain.Common;

namespace VrijwilligersPortal.Domain.Centre;

/// <summary>
/// A web origin (scheme, host and port, nothing else) that may show the embeddable vacancy list in
/// a frame. It ends up in a Content-Security-Policy header, so only the plain form is accepted.
/// </summary>
public static class EmbedOrigin
{
    public const int MaxCount = 30;

    /// <summary>
    /// The origins in <paramref name="text"/> (separated by line breaks, spaces or commas), each
    /// written as <c>scheme://host[:port]</c> in lower case, without duplicates; refuses the whole
    /// list with a Dutch message naming the first one that is not a plain http(s) origin.
    /// </summary>
    public static IReadOnlyList<string> ParseList(string? text)
    {
        var parts = (text ?? string.Empty).Split(['\n', '\r', ' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries);
        var origins = new List<string>();
        foreach (var part in parts)
        {
            var origin = Normalize(part);
            Guard.That(origin is not null, "“{0}” is geen webadres zoals https://www.gemeente.nl (zonder pad erachter).", (part.Length > 60 ? part[..60] + "…" : part));
            if (!origins.Contains(origin!, StringComparer.Ordinal))
            {
                origins.Add(origin!);
            }
        }

        Guard.That(origins.Count <= MaxCount, "Geef hoogstens {0} websites op.", MaxCount);
        return origins;
    }

    /// <summary>The origin in its plain form, or null when <paramref name="value"/> is anything else (a path, a query, a wildcard, user info).</summary>
    public static string? Normalize(string value)
    {
        var trimmed = value.Trim().TrimEnd('/');
        if (trimmed.Length is 0 or > 200
            || !Uri.TryCreate(trimmed, UriKind.Absolute, out var uri)
            || uri.Scheme is not ("https" or "http")
            || uri.AbsolutePath != "/"
            || uri.Query.Length > 0
            || uri.Fragment.Length > 0
            || uri.UserInfo.Length > 0
            || uri.HostNameType is not (UriHostNameType.Dns or UriHostNameType.IPv4)
            || trimmed.Contains('*', StringComparison.Ordinal)
            || trimmed.Contains(';', StringComparison.Ordinal))
        {
            return null;
        }

        return uri.IsDefaultPort ? $"{uri.Scheme}://{uri.IdnHost}" : $"{uri.Scheme}://{uri.IdnHost}:{uri.Port}";
    }
}
