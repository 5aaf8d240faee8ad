namespace DemandAtlas.Web.Infrastructure;

/// <summary>One page of a result counted and cut in SQL.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
    public bool HasPrevious => Page > 1;
    public bool HasNext => Page < PageCount;
    public int FirstItem => Total == 0 ? 0 : ((Page - 1) * PageSize) + 1;
    public int LastItem => Math.Min(Total, Page * PageSize);
}

/// <summary>What the `_Pager` partial needs: the page and how to link to another page of the same view.</summary>
public sealed record PagerModel(int Page, int PageCount, Func<int, string> Link);
