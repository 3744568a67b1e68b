namespace Archive.Api.Paging;

/// <summary>Which slice of a list to return: a page number, or the items after (or before) a cursor's item.</summary>
internal sealed record PageRequest(int Page, int PageSize, Cursor? Cursor)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
}
