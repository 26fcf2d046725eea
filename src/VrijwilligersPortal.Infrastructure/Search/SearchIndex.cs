using VrijwilligersPortal.Domain.Common;
using VrijwilligersPortal.Domain.Vacancies;

namespace VrijwilligersPortal.Infrastructure.Search;

/// <summary>
/// One search over <see cref="IndexedVacancies"/>, with bitsets: the pool (public today, matching
/// the words, within the distance), one set per filter group that is in use, their intersection
/// (the results), and per group the intersection of all the others (what each option of that
/// group would give: the facet counts). Then the top of the results in the chosen order.
/// </summary>
internal static class SearchIndex
{
    private const int GroupCount = 8;

    private enum Group
    {
        Category,
        Commitment,
        When,
        Hours,
        SuitableFor,
        Remote,
        Vog,
        Dates,
    }

    public static VacancySearchResult Run(IndexedVacancies data, VacancySearchCriteria criteria, DateOnly today)
    {
        using var scratch = new Scratch(data.Words);
        var text = criteria.Words.IsEmpty ? null : data.Text.Match(criteria.Words.Words, scratch);
        var distances = criteria.Origin is null ? null : new Dictionary<int, double>();
        var (matches, total) = Evaluate(data, criteria, text, today, scratch, distances, null, out var near, out var facets);

        FilterToDrop? toDrop = null;
        if (total == 0)
        {
            // Words that match no public vacancy leave every wider search that keeps them empty too:
            // then only leaving the words out can help, and the other filters need not be tried.
            var wordsMatchNothing = text is not null && Bitset.CountAnd(data.PublicOn(today, scratch), text.Bits, scratch.Words) == 0;
            foreach (var filter in criteria.ActiveFilters())
            {
                if (wordsMatchNothing && filter != SearchFilter.Text)
                {
                    continue;
                }

                // The area found for this search holds for every wider search but the one without words.
                var wider = criteria.Without(filter);
                var (_, widerTotal) = Evaluate(data, wider, filter == SearchFilter.Text ? null : text, today, scratch, null, filter == SearchFilter.Text ? null : near, out _, out _, withFacets: false);
                if (widerTotal > (toDrop?.Total ?? 0))
                {
                    toDrop = new FilterToDrop(filter, widerTotal);
                }
            }
        }

        var pageCount = Math.Max(1, (int)Math.Ceiling(total / (double)criteria.PageSize));
        var pageNumber = Math.Clamp(criteria.Page, 1, pageCount);
        var order = Order(data, criteria.EffectiveSort, text, distances);
        var page = Top(matches, scratch.Words, total, pageNumber * criteria.PageSize, order)
            .Skip((pageNumber - 1) * criteria.PageSize)
            .Select(id => new SearchHit(id, distances is not null && distances.TryGetValue(id, out var km) ? km : null))
            .ToList();
        return new VacancySearchResult(page, total, pageNumber, pageCount, criteria.Page > pageCount, facets!, toDrop);
    }

    private static (ulong[] Matches, int Total) Evaluate(
        IndexedVacancies data,
        VacancySearchCriteria criteria,
        TextMatch? text,
        DateOnly today,
        Scratch scratch,
        Dictionary<int, double>? distances,
        ulong[]? knownNear,
        out ulong[]? near,
        out SearchFacets? facets,
        bool withFacets = true)
    {
        var words = scratch.Words;
        var pool = data.PublicOn(today, scratch);
        data.KeepOnly(pool, criteria.OrganisationIds, criteria.AreaCodes, words);
        if (criteria.OwnOnly)
        {
            Bitset.AndNotInto(pool, data.Imported, words);
        }
        if (text is not null)
        {
            Bitset.AndInto(pool, text.Bits, words);
        }

        near = null;
        if (criteria.Origin is { } origin)
        {
            // Work from home is never too far away.
            near = knownNear;
            if (near is null)
            {
                near = data.Near(origin, criteria.DistanceKm, exact: true, scratch, distances, among: pool);
                Bitset.OrInto(near, data.Remote, words);
            }

            Bitset.AndInto(pool, near, words);
        }

        var passes = new ulong[]?[GroupCount];
        if (criteria.CategoryIds.Count > 0)
        {
            passes[(int)Group.Category] = data.AnyCategory(criteria.CategoryIds, scratch);
        }

        if (criteria.Commitments.Count > 0)
        {
            passes[(int)Group.Commitment] = data.AnyCommitment(criteria.Commitments, scratch);
        }

        var when = VacancySearchCriteria.SlotMask(criteria.Days, criteria.DayParts);
        if (when != 0)
        {
            passes[(int)Group.When] = data.AnySlot(when, scratch);
        }

        if (criteria.MaxHoursPerWeek is { } max)
        {
            passes[(int)Group.Hours] = data.HoursAtMost(max, scratch);
        }

        if (criteria.SuitableForIds.Count > 0)
        {
            passes[(int)Group.SuitableFor] = data.AnyTag(criteria.SuitableForIds, scratch);
        }

        if (criteria.RemoteOnly)
        {
            passes[(int)Group.Remote] = data.Remote;
        }

        if (criteria.WithoutVog)
        {
            var withoutVog = scratch.CopyOf(pool);
            Bitset.AndNotInto(withoutVog, data.RequiresVog, words);
            passes[(int)Group.Vog] = withoutVog;
        }

        if (criteria.DatesFrom is { } from && criteria.DatesTo is { } to)
        {
            passes[(int)Group.Dates] = data.WithShiftBetween(from, to, pool, scratch);
        }

        var matches = scratch.CopyOf(pool);
        foreach (var pass in passes)
        {
            if (pass is not null)
            {
                Bitset.AndInto(matches, pass, words);
            }
        }

        var total = Bitset.Count(matches, words);
        facets = withFacets ? Facets(data, criteria, pool, passes, matches, scratch) : null;
        return (matches, total);
    }

    private static SearchFacets Facets(IndexedVacancies data, VacancySearchCriteria criteria, ulong[] pool, ulong[]?[] passes, ulong[] matches, Scratch scratch)
    {
        var words = scratch.Words;

        // Each option counts the vacancies that pass every other group: what choosing it would give.
        ulong[] Others(Group group)
        {
            if (passes[(int)group] is null)
            {
                return matches;
            }

            var others = scratch.CopyOf(pool);
            for (var g = 0; g < GroupCount; g++)
            {
                if (g != (int)group && passes[g] is { } pass)
                {
                    Bitset.AndInto(others, pass, words);
                }
            }

            return others;
        }

        var byCategory = Others(Group.Category);
        var categories = data.Categories.ToDictionary(c => c.Key, c => Bitset.CountAnd(byCategory, c.Value.Words, words));
        var byCommitment = Others(Group.Commitment);
        var commitments = data.Commitments.ToDictionary(c => c.Key, c => Bitset.CountAnd(byCommitment, c.Value.Words, words));
        var byWhen = Others(Group.When);
        var days = Enumerable.Range(0, 7)
            .Select(d => Bitset.CountAnd(byWhen, data.AnySlot(VacancySearchCriteria.SlotMask([d], criteria.DayParts), scratch), words))
            .ToArray();
        var parts = Enum.GetValues<DayPart>()
            .Select(p => Bitset.CountAnd(byWhen, data.AnySlot(VacancySearchCriteria.SlotMask(criteria.Days, [p]), scratch), words))
            .ToArray();
        var byTag = Others(Group.SuitableFor);
        var tags = data.Tags.ToDictionary(t => t.Key, t => Bitset.CountAnd(byTag, t.Value.Words, words));
        var remote = Bitset.CountAnd(Others(Group.Remote), data.Remote, words);
        var withoutVog = Bitset.CountAndNot(Others(Group.Vog), data.RequiresVog, words);
        var weekend = criteria.WeekendDays is { } w ? Bitset.Count(data.WithShiftBetween(w.From, w.To, Others(Group.Dates), scratch), words) : 0;
        return new SearchFacets(categories, commitments, days, parts, tags, remote, withoutVog, weekend);
    }

    /// <summary>
    /// The first <paramref name="count"/> matches in the chosen order. A page needs only the top
    /// few of possibly a million matches, so a bounded heap selects them without sorting the rest.
    /// </summary>
    private static List<int> Top(ulong[] matches, int words, int total, int count, Comparison<int> order)
    {
        if (count >= total / 4)
        {
            var all = new List<int>(total);
            Bitset.ForEach(matches, words, ref all, static (ref list, id) => list.Add(id));
            all.Sort(order);
            return all.Count > count ? all.GetRange(0, count) : all;
        }

        // A max-heap on the order keeps the worst of the best so far on top, to be replaced.
        var state = (Heap: new PriorityQueue<int, int>(count + 1, Comparer<int>.Create((x, y) => order(y, x))), Count: count, Order: order);
        Bitset.ForEach(matches, words, ref state, static (ref s, id) =>
        {
            if (s.Heap.Count < s.Count)
            {
                s.Heap.Enqueue(id, id);
            }
            else if (s.Order(id, s.Heap.Peek()) < 0)
            {
                s.Heap.EnqueueDequeue(id, id);
            }
        });

        var top = new List<int>(state.Heap.Count);
        while (state.Heap.TryDequeue(out var id, out _))
        {
            top.Add(id);
        }

        top.Reverse();
        return top;
    }

    /// <summary>The sort, then newest first, then the highest id, so every order is total and paging is stable.</summary>
    private static Comparison<int> Order(IndexedVacancies data, SearchSort sort, TextMatch? text, Dictionary<int, double>? distances)
    {
        Comparison<int> first = sort switch
        {
            SearchSort.Relevance when text is not null => (x, y) => text.Scores[y].CompareTo(text.Scores[x]),
            SearchSort.Distance when distances is not null => (x, y) =>
            {
                var hasX = distances.TryGetValue(x, out var dx);
                var hasY = distances.TryGetValue(y, out var dy);
                return hasX != hasY ? (hasX ? -1 : 1) : dx.CompareTo(dy);
            },
            SearchSort.ClosingDate => (x, y) => data.EndDay(x).CompareTo(data.EndDay(y)),
            _ => (_, _) => 0,
        };
        return (x, y) =>
        {
            var c = first(x, y);
            if (c == 0)
            {
                c = data.PublishedTicks(y).CompareTo(data.PublishedTicks(x));
            }

            return c != 0 ? c : y.CompareTo(x);
        };
    }
}
