using System.Globalization;
using System.Text;

namespace VrijwilligersPortal.Infrastructure.Search;

/// <summary>
/// What a visitor typed, reduced to plain words that are safe to hand to either full-text engine:
/// only letters and digits survive, so quotes, operators (AND, NEAR, *, :, &amp;, |, !) and markup
/// are separators, never syntax. Long input is cut rather than refused.
/// </summary>
public sealed record SearchWords(IReadOnlyList<string> Words, bool Shortened)
{
    public const int MaxLength = 200;

    public const int MaxWords = 8;

    public const int MaxWordLength = 40;

    public static readonly SearchWords None = new([], false);

    public bool IsEmpty => Words.Count == 0;

    public static SearchWords From(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return None;
        }

        var shortened = text.Length > MaxLength;
        var input = (shortened ? text[..MaxLength] : text).Normalize(NormalizationForm.FormC);
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in input.Append(' '))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (char.IsLetterOrDigit(c) || (current.Length > 0 && category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark))
            {
                current.Append(char.ToLowerInvariant(c));
                continue;
            }

            if (current.Length > 0)
            {
                var word = current.ToString(0, Math.Min(current.Length, MaxWordLength));
                if (!words.Contains(word))
                {
                    words.Add(word);
                }

                current.Clear();
            }
        }

        // A lone letter (from "e-mail", "<b>" or "rijbewijs b") would have to occur as a word of its
        // own; among longer words it only gets in the way.
        if (words.Exists(w => w.Length > 1))
        {
            words.RemoveAll(w => w.Length == 1);
        }

        if (words.Count > MaxWords)
        {
            shortened = true;
            words.RemoveRange(MaxWords, words.Count - MaxWords);
        }

        return new SearchWords(words, shortened);
    }
}
