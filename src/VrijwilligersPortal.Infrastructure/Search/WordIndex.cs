using System.Buffers;
using System.Runtime.InteropServices;

namespace VrijwilligersPortal.Infrastructure.Search;

/// <summary>The searched text of one vacancy: its title, organisation and place, and description.</summary>
public sealed record VacancyText(string Title, string? OrganisationName, string? Place, string? Description);

/// <summary>
/// The words of the public vacancies' text (docs/adr/0140; and of those public earlier in this
/// process, which searches AND away): per term (<see cref="DutchWords.Term"/>)
/// the ids of the vacancies that hold it, ascending, each with where it occurs (title; organisation
/// or place; description). A search word matches every term that starts with its stem or with the
/// word itself without accents ("fiets" finds "fietsenmaker", "natuur" finds "natuurgroep" though
/// its stem is "natur"), as the database engines' prefix queries did.
/// <see cref="Put"/> changes one vacancy in place. Not thread-safe: the index reads under a read
/// lock and writes under a write lock.
/// </summary>
internal sealed class WordIndex
{
    public const byte InTitle = 1;

    public const byte InOrganisationOrPlace = 2;

    public const byte InDescription = 4;

    /// <summary>Stop words in a text (no term).</summary>
    private const int NoTerm = -1;

    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly List<string> _terms = [];
    private readonly List<Postings> _postings = [];

    /// <summary>Term ids in the ordinal order of their text: a prefix is a range.</summary>
    private readonly List<int> _sorted = [];

    /// <summary>The term of each word as it appears in texts, so each is stemmed once.</summary>
    private readonly Dictionary<string, int> _ofWord = new(StringComparer.Ordinal);

    private readonly Dictionary<int, byte> _collect = [];

    /// <summary>While the full build runs, new terms are sorted once at its end (inserting each would cost the square of their number).</summary>
    private bool _sortLater = true;

    /// <summary>Per vacancy id, the terms it was put in under (to take it out again).</summary>
    private int[]?[] _ofVacancy;

    public WordIndex(int capacity) => _ofVacancy = new int[]?[capacity];

    /// <summary>How strongly one word counts where it is found: the title most, then organisation or place, then the description.</summary>
    public static byte Weight(byte where) => (where & InTitle) != 0 ? (byte)5 : (where & InOrganisationOrPlace) != 0 ? (byte)2 : (byte)1;

    public int TermCount => _terms.Count;

    public void Grow(int capacity)
    {
        if (capacity > _ofVacancy.Length)
        {
            Array.Resize(ref _ofVacancy, capacity);
        }
    }

    /// <summary>
    /// Puts vacancy <paramref name="id"/>'s words in, changing only the terms that differ from those
    /// it had. Null (no longer public) leaves its words in: every search ANDs the words with the
    /// public vacancies, so they find nothing, and pausing and resuming a vacancy moves no list.
    /// </summary>
    public void Put(int id, VacancyText? text)
    {
        if (text is null)
        {
            return;
        }

        _collect.Clear();
        Collect(text.Title, InTitle);
        Collect(text.OrganisationName, InOrganisationOrPlace);
        Collect(text.Place, InOrganisationOrPlace);
        Collect(text.Description, InDescription);
        if (_ofVacancy[id] is { } old)
        {
            foreach (var term in old)
            {
                if (!_collect.ContainsKey(term))
                {
                    _postings[term].Remove(id);
                }
            }
        }

        var terms = new int[_collect.Count];
        var i = 0;
        foreach (var (term, where) in _collect)
        {
            // Where the vacancy is in the list already, only its place in the text is set.
            _postings[term].Add(id, where);
            terms[i++] = term;
        }

        _ofVacancy[id] = terms;
    }

    /// <summary>After the full build: sorts the terms once and gives back what the lists reserved for growth.</summary>
    public void FinishBuild()
    {
        _sorted.Clear();
        _sorted.AddRange(Enumerable.Range(0, _terms.Count));
        _sorted.Sort((a, b) => string.CompareOrdinal(_terms[a], _terms[b]));
        _sortLater = false;
        foreach (var postings in _postings)
        {
            postings.TrimExcess();
        }
    }

    /// <summary>
    /// The vacancies that hold every word (each as the start of a term; also vacancies no longer
    /// public, which the caller's AND with the public ones takes out), as bits, and
    /// per id the sum over the words of <see cref="Weight"/> where the word is found best. Stop
    /// words are left out of the search; a search of only stop words finds nothing (as PostgreSQL's did).
    /// </summary>
    public TextMatch Match(IReadOnlyList<string> words, Scratch scratch)
    {
        var bits = scratch.Empty();
        var scores = scratch.Bytes();

        // A word is looked for as its stem and as typed (without accents): stemming cuts "natuur" to
        // "natur", which no longer starts "natuurgroep", the term of a compound the word begins.
        var terms = words
            .Select(w => (Word: w, Forms: DutchWords.Term(w) is { } stem ? new[] { stem, DutchWords.Fold(w) }.Distinct().ToArray() : null))
            .Where(t => t.Forms is not null)
            .ToList();
        if (terms.Count == 0)
        {
            return new TextMatch(bits, scores);
        }

        var best = scratch.Bytes();
        var first = true;
        foreach (var (word, forms) in terms)
        {
            var found = first ? bits : scratch.Empty();
            var state = (Found: found, Best: best, Postings: _postings);
            foreach (var form in forms!)
            {
                ForEachTerm(form, prefix: word.Length >= 2, ref state, MarkTerm);
            }

            if (!first)
            {
                Bitset.AndInto(bits, found, scratch.Words);
            }

            // Adds the word's weight where it was found (what is dropped later keeps a sum nobody reads), and clears it for the next word.
            var add = (Scores: scores, Best: best);
            Bitset.ForEach(found, scratch.Words, ref add, static (ref s, id) =>
            {
                s.Scores[id] += s.Best[id];
                s.Best[id] = 0;
            });
            first = false;
        }

        return new TextMatch(bits, scores);
    }

    /// <summary>Marks the vacancies of one term as found, keeping for each the best weight of the word.</summary>
    private static void MarkTerm(ref (ulong[] Found, byte[] Best, List<Postings> Postings) s, int termId)
    {
        var postings = s.Postings[termId];
        var ids = postings.Ids;
        var where = postings.Where;
        for (var i = 0; i < postings.Count; i++)
        {
            var id = ids[i];
            s.Found[id >> 6] |= 1UL << id;
            var weight = Weight(where[i]);
            if (weight > s.Best[id])
            {
                s.Best[id] = weight;
            }
        }
    }

    /// <summary>The term ids equal to <paramref name="term"/>, or with <paramref name="prefix"/> starting with it.</summary>
    private void ForEachTerm<TState>(string term, bool prefix, ref TState state, Bitset.ForEachId<TState> each)
    {
        if (!prefix)
        {
            if (_termIds.TryGetValue(term, out var exact))
            {
                each(ref state, exact);
            }

            return;
        }

        // The first term not below the prefix, then on while they start with it.
        int lo = 0, hi = _sorted.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (string.CompareOrdinal(_terms[_sorted[mid]], term) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var i = lo; i < _sorted.Count && _terms[_sorted[i]].StartsWith(term, StringComparison.Ordinal); i++)
        {
            each(ref state, _sorted[i]);
        }
    }

    private void Collect(string? text, byte where)
    {
        var state = (Index: this, Where: where);
        DutchWords.ForEachWord(text, ref state, static (ref s, word) =>
        {
            var term = s.Index.TermOf(word);
            if (term != NoTerm)
            {
                ref var seen = ref CollectionsMarshal.GetValueRefOrAddDefault(s.Index._collect, term, out _);
                seen |= s.Where;
            }
        });
    }

    private int TermOf(ReadOnlySpan<char> word)
    {
        var lookup = _ofWord.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var known))
        {
            return known;
        }

        var id = NoTerm;
        if (DutchWords.Term(word) is { } term)
        {
            if (!_termIds.TryGetValue(term, out id))
            {
                id = _terms.Count;
                _terms.Add(term);
                _postings.Add(new Postings());
                _termIds[term] = id;
                if (!_sortLater)
                {
                    var at = _sorted.BinarySearch(id, Comparer<int>.Create((a, b) => string.CompareOrdinal(_terms[a], _terms[b])));
                    _sorted.Insert(~at, id);
                }
            }
        }

        lookup[word] = id;
        return id;
    }

    /// <summary>The ids holding one term, ascending, with where in the text it occurs.</summary>
    private sealed class Postings
    {
        public int[] Ids { get; private set; } = [];

        public byte[] Where { get; private set; } = [];

        public int Count { get; private set; }

        public void Add(int id, byte where)
        {
            // A build adds ids in ascending order; an edit may land anywhere.
            var at = Count == 0 || Ids[Count - 1] < id ? Count : Array.BinarySearch(Ids, 0, Count, id);
            if (at >= 0 && at < Count)
            {
                Where[at] = where;
                return;
            }

            at = at < 0 ? ~at : at;
            if (Count == Ids.Length)
            {
                var size = Math.Max(4, Count + (Count / 2));
                var ids = Ids;
                var places = Where;
                Array.Resize(ref ids, size);
                Array.Resize(ref places, size);
                Ids = ids;
                Where = places;
            }

            Array.Copy(Ids, at, Ids, at + 1, Count - at);
            Array.Copy(Where, at, Where, at + 1, Count - at);
            Ids[at] = id;
            Where[at] = where;
            Count++;
        }

        public void Remove(int id)
        {
            var at = Array.BinarySearch(Ids, 0, Count, id);
            if (at < 0)
            {
                return;
            }

            Array.Copy(Ids, at + 1, Ids, at, Count - at - 1);
            Array.Copy(Where, at + 1, Where, at, Count - at - 1);
            Count--;
        }

        public void TrimExcess()
        {
            if (Count < Ids.Length)
            {
                Ids = Ids[..Count];
                Where = Where[..Count];
            }
        }
    }
}

/// <summary>The vacancies matching a search's words as bits, and their relevance per id (higher is better).</summary>
internal sealed record TextMatch(ulong[] Bits, byte[] Scores);
