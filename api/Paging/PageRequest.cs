namespace Archive.Api.Paging;

/// <summary>
/// Which slice of a list to return: a page number, or the items after (or before) a cursor's item. An empty
/// <c>cursor=</c> asks for cursor paging from the first item.
/// </summary>
internal sealed record PageRequest(int Page, int PageSize, Cursor? Cursor, bool CursorMode = false)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
}
