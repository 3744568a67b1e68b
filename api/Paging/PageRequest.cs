namespace Archive.Api.Paging;

/// <summary>
/// Which slice of a list to return: a page number, or the items after (or before) a cursor's item. An empty
/// <c>cursor=</c> asks for cursor paging from the first item.
/// </summary>
internal sealed record PageRequest(int Page, int PageSize, Cursor? Cursor, bool CursorMode = false)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>
    /// How many items of a long list a single country or organization shows in its own JSON; the whole list is a
    /// paged sub-route that its <c>links</c> name (issue 18: one organization's 1,685 co-signers were 230 KB).
    /// </summary>
    public const int EmbeddedItems = 100;
}
