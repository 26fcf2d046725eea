namespace VrijwilligersPortal.Web.Features.Exchange;

/// <summary>
/// Why fetching a source failed, stored as a code in <c>ExchangeSources.LastError</c> (with a
/// detail after a colon, such as the HTTP status) and shown to the administrator in Dutch. Never
/// holds anything the source sent.
/// </summary>
public static class ExchangeProblems
{
    public const string Unreachable = "unreachable";
    public const string Timeout = "timeout";
    public const string HttpStatus = "http-status";
    public const string TooLarge = "too-large";
    public const string NotJson = "not-json";
    public const string WrongShape = "wrong-shape";
    public const string TooManyPages = "too-many-pages";
    public const string OtherHost = "other-host";

    /// <summary>The Dutch sentence (a localizer key) for a stored problem, with its detail as {0}.</summary>
    public static (string Text, string Detail) Describe(string stored)
    {
        var colon = stored.IndexOf(':', StringComparison.Ordinal);
        var code = colon < 0 ? stored : stored[..colon];
        var detail = colon < 0 ? string.Empty : stored[(colon + 1)..];
        return (code switch
        {
            Unreachable => "De bron was niet bereikbaar.",
            Timeout => "De bron antwoordde niet op tijd.",
            HttpStatus => "De bron antwoordde met HTTP-status {0}.",
            TooLarge => "Het antwoord van de bron was te groot.",
            NotJson => "Het antwoord van de bron was geen JSON.",
            WrongShape => "Het antwoord van de bron was geen vacaturelijst zoals /api/vacatures die geeft.",
            TooManyPages => "De bron heeft meer pagina's dan we ophalen; beperk de lijst met een filter in het adres.",
            OtherHost => "De bron verwees voor de volgende pagina naar een andere website.",
            _ => "Het ophalen mislukte.",
        }, detail);
    }
}

/// <summary>A fetch that failed for a reason in <see cref="ExchangeProblems"/>.</summary>
public sealed class ExchangeFetchException(string code, Exception? inner = null) : Exception(code, inner)
{
    public string Code { get; } = code;
}
