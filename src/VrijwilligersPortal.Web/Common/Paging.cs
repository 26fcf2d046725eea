namespace VrijwilligersPortal.Web.Common;

/// <summary>One page of results and where it sits among all of them.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int TotalCount)
{
    public int PageCount => Math.Max(1, (int)Math.Ceiling(TotalCount / (double)PageSize));

    public bool HasPrevious => PageNumber > 1;

    public bool HasNext => PageNumber < PageCount;

    /// <summary>A page number from the URL, kept within 1..max so a tampered value never fails.</summary>
    public static int Clamp(int? requested, int totalCount, int pageSize) =>
        Math.Clamp(requested ?? 1, 1, Math.Max(1, (int)Math.Ceiling(totalCount / (double)pageSize)));
}
