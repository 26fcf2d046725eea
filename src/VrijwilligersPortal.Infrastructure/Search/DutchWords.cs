using System.Globalization;
using System.Text;
using Lucene.Net.Analysis.Nl;
using SnowballDutchStemmer = Lucene.Net.Tartarus.Snowball.Ext.DutchStemmer;

namespace VrijwilligersPortal.Infrastructure.Search;

/// <summary>
/// The Dutch analysis of the word index (docs/adr/0140), as PostgreSQL's <c>portal_dutch</c>
/// configuration did it in the database: a word is cut from the text at anything that is not a
/// letter or digit, lower-cased, stripped of accents ("café" = "cafe"), dropped when it is a
/// Dutch stop word ("de", "het", "en": the Snowball list PostgreSQL's <c>dutch</c> uses), and
/// reduced to its stem by the Snowball Dutch stemmer ("fietsenmakers" = "fietsenmaker",
/// "repareer" = "repareren"). Words with digits are kept as they are.
/// </summary>
public static class DutchWords
{
    private static readonly SnowballDutchStemmer Stemmer = new();

    private static readonly Lock StemmerGate = new();

    /// <summary>The term a word is indexed and searched under; null for a stop word.</summary>
    public static string? Term(ReadOnlySpan<char> lowerCaseWord)
    {
        var folded = Fold(lowerCaseWord);
        if (DutchAnalyzer.DefaultStopSet.Contains(folded))
        {
            return null;
        }

        foreach (var c in folded)
        {
            if (!char.IsLetter(c))
            {
                return folded;
            }
        }

        // The Snowball stemmer keeps its word in fields; one at a time.
        lock (StemmerGate)
        {
            Stemmer.SetCurrent(folded);
            Stemmer.Stem();
            return Stemmer.Current;
        }
    }

    /// <summary>
    /// Calls <paramref name="each"/> with every word of <paramref name="text"/>, lower-cased, cut
    /// where <see cref="SearchWords"/> cuts a query (letters and digits, with their accents).
    /// </summary>
    public static void ForEachWord<TState>(string? text, ref TState state, WordAction<TState> each)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        Span<char> buffer = stackalloc char[SearchWords.MaxWordLength];
        var length = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (char.IsLetterOrDigit(c) || (inWord && category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark))
            {
                inWord = true;
                if (length < buffer.Length)
                {
                    buffer[length++] = char.ToLowerInvariant(c);
                }

                continue;
            }

            if (inWord)
            {
                each(ref state, buffer[..length]);
                length = 0;
                inWord = false;
            }
        }

        if (inWord)
        {
            each(ref state, buffer[..length]);
        }
    }

    public delegate void WordAction<TState>(ref TState state, ReadOnlySpan<char> word);

    /// <summary>Without accents: "café" → "cafe", "ruïne" → "ruine" (what PostgreSQL's unaccent did).</summary>
    public static string Fold(ReadOnlySpan<char> word)
    {
        var plain = true;
        foreach (var c in word)
        {
            if (c > 127)
            {
                plain = false;
                break;
            }
        }

        if (plain)
        {
            return new string(word);
        }

        var decomposed = new string(word).Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark))
            {
                folded.Append(c);
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }
}
