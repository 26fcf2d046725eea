namespace VrijwilligersPortal.Domain.Matching;

/// <summary>
/// Keeps the best <c>k</c> of a stream of scored candidates in a min-heap whose root is the worst
/// one kept: O(n log k) and one small array, instead of sorting all n. A higher score is better;
/// on equal scores the lower id wins, so rankings never depend on input order.
/// </summary>
internal sealed class TopK(int capacity)
{
    private readonly Entry[] _heap = new Entry[capacity];
    private int _count;

    public void Offer(double score, int id, int index)
    {
        var entry = new Entry(score, id, index);
        if (_count < _heap.Length)
        {
            _heap[_count] = entry;
            SiftUp(_count++);
        }
        else if (_count > 0 && Worse(_heap[0], entry))
        {
            _heap[0] = entry;
            SiftDown(0);
        }
    }

    /// <summary>The indexes of the kept candidates, best first.</summary>
    public IEnumerable<int> Ordered()
    {
        var kept = _heap[.._count];
        Array.Sort(kept, (x, y) => Worse(x, y) ? 1 : Worse(y, x) ? -1 : 0);
        return kept.Select(e => e.Index);
    }

    private static bool Worse(Entry x, Entry y) => x.Score < y.Score || (x.Score == y.Score && x.Id > y.Id);

    private void SiftUp(int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (!Worse(_heap[i], _heap[parent]))
            {
                return;
            }

            (_heap[i], _heap[parent]) = (_heap[parent], _heap[i]);
            i = parent;
        }
    }

    private void SiftDown(int i)
    {
        while (true)
        {
            var left = (2 * i) + 1;
            var right = left + 1;
            var worst = i;
            if (left < _count && Worse(_heap[left], _heap[worst]))
            {
                worst = left;
            }

            if (right < _count && Worse(_heap[right], _heap[worst]))
            {
                worst = right;
            }

            if (worst == i)
            {
                return;
            }

            (_heap[i], _heap[worst]) = (_heap[worst], _heap[i]);
            i = worst;
        }
    }

    private readonly record struct Entry(double Score, int Id, int Index);
}
