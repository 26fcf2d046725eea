using System.Globalization;

namespace VrijwilligersPortal.Domain.Matching;

/// <summary>
/// A reason's or exclusion's sentence as a Dutch format (the localisation key, docs/adr/0170) and
/// its arguments, so the web can write it in the reader's language. An argument is a number, a
/// distance (<see cref="Kilometres"/>), a name that is a key itself (a list item's name, a day
/// part), a list of those (<see cref="NameList"/>), or a sentence of its own.
/// </summary>
public sealed record ReasonSentence(string Format, IReadOnlyList<object> Arguments)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public ReasonSentence(string format)
        : this(format, [])
    {
    }

    /// <summary>The sentence in Dutch, as the e-mails and the domain's tests read it.</summary>
    public string Text => Write(this, key => key, Dutch, "{0} en {1}");

    /// <summary>The sentence with every key passed through <paramref name="text"/> and numbers in <paramref name="culture"/>.</summary>
    public static string Write(ReasonSentence sentence, Func<string, string> text, CultureInfo culture, string? and = null) =>
        sentence.Arguments.Count == 0
            ? text(sentence.Format)
            : string.Format(culture, text(sentence.Format), [.. sentence.Arguments.Select(a => Argument(a, text, culture, and ?? text("{0} en {1}")))]);

    private static object Argument(object argument, Func<string, string> text, CultureInfo culture, string and) => argument switch
    {
        string name => text(name),
        ReasonSentence inner => Write(inner, text, culture, and),
        NameList list => Join([.. list.Items.Select(i => (string)Argument(i, text, culture, and))], culture, and),
        Kilometres km => km.ToString(culture),
        _ => argument,
    };

    /// <summary>"a", "a en b", "a, b en c" (and its translation of "{0} en {1}").</summary>
    private static string Join(IReadOnlyList<string> items, CultureInfo culture, string and) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Format(culture, and, string.Join(", ", items.Take(items.Count - 1)), items[^1]),
    };
}

/// <summary>Names (keys) or sentences written as one list: "a, b en c".</summary>
public sealed record NameList(IReadOnlyList<object> Items);

/// <summary>A distance: one decimal below 10 km, whole kilometres above (precision where it matters); <see cref="Exact"/> always keeps the decimal.</summary>
public sealed record Kilometres(double Km, bool Exact = false)
{
    public string ToString(CultureInfo culture) =>
        Exact || Math.Round(Km, 1) < 10 ? Math.Round(Km, 1).ToString("0.0", culture) : Math.Round(Km).ToString("0", culture);
}
