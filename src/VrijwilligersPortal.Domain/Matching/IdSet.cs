using System.Collections;
using System.Runtime.CompilerServices;

namespace VrijwilligersPortal.Domain.Matching;

/// <summary>
/// An immutable set of ids (categories, skills, tags, vacancies), sorted, with a 64-bit summary
/// (bit <c>id % 64</c>) so that "nothing in common" is usually decided by one AND. Matching
/// compares these sets for every candidate, so they must not allocate or hash.
/// </summary>
[CollectionBuilder(typeof(IdSet), nameof(Create))]
public readonly struct IdSet : IEnumerable<int>, IEquatable<IdSet>
{
    private readonly int[]? _ids;
    private readonly ulong _summary;

    private IdSet(int[] sortedDistinctIds)
    {
        _ids = sortedDistinctIds;
        foreach (var id in sortedDistinctIds)
        {
            _summary |= Bit(id);
        }
    }

    public static IdSet Empty => default;

    public int Count => _ids?.Length ?? 0;

    public bool IsEmpty => Count == 0;

    public static IdSet Create(ReadOnlySpan<int> ids) => Of(ids.ToArray());

    public static IdSet Of(IEnumerable<int> ids)
    {
        var sorted = ids.Distinct().Order().ToArray();
        return sorted.Length == 0 ? Empty : new IdSet(sorted);
    }

    public bool Contains(int id)
    {
        if ((_summary & Bit(id)) == 0)
        {
            return false;
        }

        var ids = _ids!;
        if (ids.Length <= 8)
        {
            foreach (var candidate in ids)
            {
                if (candidate == id)
                {
                    return true;
                }
            }

            return false;
        }

        return Array.BinarySearch(ids, id) >= 0;
    }

    /// <summary>How many ids the two sets share.</summary>
    public int CountCommon(IdSet other)
    {
        if ((_summary & other._summary) == 0)
        {
            return 0;
        }

        var a = _ids!;
        var b = other._ids!;
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return common;
    }

    /// <summary>The ids of this set that are also in <paramref name="other"/>, in ascending order.</summary>
    public IReadOnlyList<int> Common(IdSet other)
    {
        var result = new List<int>();
        foreach (var id in this)
        {
            if (other.Contains(id))
            {
                result.Add(id);
            }
        }

        return result;
    }

    public IEnumerator<int> GetEnumerator() => ((IEnumerable<int>)(_ids ?? [])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(IdSet other) => _summary == other._summary && this.SequenceEqual(other);

    public override bool Equals(object? obj) => obj is IdSet other && Equals(other);

    public override int GetHashCode() => _summary.GetHashCode();

    public static bool operator ==(IdSet left, IdSet right) => left.Equals(right);

    public static bool operator !=(IdSet left, IdSet right) => !left.Equals(right);

    public override string ToString() => "[" + string.Join(", ", this) + "]";

    private static ulong Bit(int id) => 1UL << (id & 63);
}
