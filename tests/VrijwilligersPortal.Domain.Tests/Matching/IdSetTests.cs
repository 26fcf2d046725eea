using VrijwilligersPortal.Domain.Matching;

namespace VrijwilligersPortal.Domain.Tests.Matching;

public class IdSetTests
{
    [Fact]
    public void Keeps_each_id_once_in_ascending_order()
    {
        IdSet set = [9, 3, 9, 1];

        Assert.Equal([1, 3, 9], set);
        Assert.Equal(3, set.Count);
    }

    [Fact]
    public void Ids_that_share_a_summary_bit_are_still_told_apart()
    {
        IdSet set = [1, 130];

        Assert.True(set.Contains(1));
        Assert.True(set.Contains(130));
        Assert.False(set.Contains(65));
        Assert.False(set.Contains(66));
        Assert.Equal(0, set.CountCommon([65, 194]));
        Assert.Equal(1, set.CountCommon([65, 130]));
    }

    [Fact]
    public void Large_sets_find_their_members()
    {
        var set = IdSet.Of(Enumerable.Range(0, 500).Select(i => i * 7));

        Assert.True(set.Contains(3493));
        Assert.False(set.Contains(3494));
        Assert.Equal(50, set.CountCommon(IdSet.Of(Enumerable.Range(0, 50).Select(i => i * 70))));
    }

    [Fact]
    public void The_empty_set_contains_nothing_and_shares_nothing()
    {
        Assert.True(IdSet.Empty.IsEmpty);
        Assert.False(IdSet.Empty.Contains(0));
        Assert.Equal(0, IdSet.Empty.CountCommon([1, 2]));
        Assert.Equal(0, IdSet.Of([1, 2]).CountCommon(IdSet.Empty));
        Assert.Empty(IdSet.Empty);
    }

    [Fact]
    public void Sets_with_the_same_ids_are_equal()
    {
        Assert.Equal(IdSet.Of([3, 1]), [1, 3]);
        Assert.NotEqual(IdSet.Of([3, 1]), [1, 4]);
        Assert.Equal([2, 5], IdSet.Of([1, 2, 5, 8]).Common([5, 2, 7]));
    }
}
