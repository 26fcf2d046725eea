using System.Buffers;
using System.Numerics;

namespace VrijwilligersPortal.Infrastructure.Search;

/// <summary>
/// A set of vacancy ids as bits (bit i = vacancy id i). Vacancy ids are dense, so a million
/// vacancies take 125 KB per set, and combining two sets is a loop over 15,625 words.
/// </summary>
internal sealed class Bitset(int words)
{
    public ulong[] Words { get; private set; } = new ulong[words];

    public void Grow(int words)
    {
        if (words > Words.Length)
        {
            var grown = new ulong[words];
            Words.CopyTo(grown, 0);
            Words = grown;
        }
    }

    public void Set(int id) => Words[id >> 6] |= 1UL << id;

    public void Clear(int id) => Words[id >> 6] &= ~(1UL << id);

    public bool Contains(int id) => (id >> 6) < Words.Length && (Words[id >> 6] & (1UL << id)) != 0;

    /// <summary>Bits set in both <paramref name="a"/> and <paramref name="b"/> (the shorter one ends with zeros).</summary>
    public static int CountAnd(ulong[] a, ulong[] b, int words)
    {
        var count = 0;
        var n = Math.Min(words, Math.Min(a.Length, b.Length));
        for (var i = 0; i < n; i++)
        {
            count += BitOperations.PopCount(a[i] & b[i]);
        }

        return count;
    }

    /// <summary>Bits set in <paramref name="a"/> and not in <paramref name="b"/>.</summary>
    public static int CountAndNot(ulong[] a, ulong[] b, int words)
    {
        var count = 0;
        for (var i = 0; i < words; i++)
        {
            count += BitOperations.PopCount(a[i] & ~(i < b.Length ? b[i] : 0));
        }

        return count;
    }

    public static int Count(ulong[] a, int words)
    {
        var count = 0;
        for (var i = 0; i < words; i++)
        {
            count += BitOperations.PopCount(a[i]);
        }

        return count;
    }

    public static void AndInto(ulong[] target, ulong[] other, int words)
    {
        var n = Math.Min(words, other.Length);
        for (var i = 0; i < n; i++)
        {
            target[i] &= other[i];
        }

        Array.Clear(target, n, words - n);
    }

    public static void AndNotInto(ulong[] target, ulong[] other, int words)
    {
        var n = Math.Min(words, other.Length);
        for (var i = 0; i < n; i++)
        {
            target[i] &= ~other[i];
        }
    }

    public static void OrInto(ulong[] target, ulong[] other, int words)
    {
        var n = Math.Min(words, other.Length);
        for (var i = 0; i < n; i++)
        {
            target[i] |= other[i];
        }
    }

    /// <summary>Calls <paramref name="each"/> with every id in <paramref name="bits"/>, in ascending order.</summary>
    public static void ForEach<TState>(ulong[] bits, int words, ref TState state, ForEachId<TState> each)
    {
        for (var i = 0; i < words; i++)
        {
            var word = bits[i];
            while (word != 0)
            {
                var bit = BitOperations.TrailingZeroCount(word);
                each(ref state, (i << 6) + bit);
                word &= word - 1;
            }
        }
    }

    public delegate void ForEachId<TState>(ref TState state, int id);
}

/// <summary>Word arrays for one query, rented and returned together so a search allocates next to nothing.</summary>
internal sealed class Scratch(int words) : IDisposable
{
    private readonly List<ulong[]> _rented = [];
    private readonly List<byte[]> _rentedBytes = [];

    public int Words => words;

    public ulong[] Empty()
    {
        var array = ArrayPool<ulong>.Shared.Rent(words);
        Array.Clear(array, 0, words);
        _rented.Add(array);
        return array;
    }

    /// <summary>One byte per id, all zero.</summary>
    public byte[] Bytes()
    {
        var array = ArrayPool<byte>.Shared.Rent(words * 64);
        Array.Clear(array, 0, words * 64);
        _rentedBytes.Add(array);
        return array;
    }

    public ulong[] CopyOf(ulong[] source)
    {
        var array = ArrayPool<ulong>.Shared.Rent(words);
        var n = Math.Min(words, source.Length);
        Array.Copy(source, array, n);
        Array.Clear(array, n, words - n);
        _rented.Add(array);
        return array;
    }

    public void Dispose()
    {
        foreach (var array in _rented)
        {
            ArrayPool<ulong>.Shared.Return(array);
        }

        _rented.Clear();
        foreach (var array in _rentedBytes)
        {
            ArrayPool<byte>.Shared.Return(array);
        }

        _rentedBytes.Clear();
    }
}
