using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace Archive.Api.Paging;

/// <summary>The paging parameters every list shares. Bound as text so a malformed value gets a message naming it.</summary>
internal sealed record PagingParameters
{
    [FromQuery(Name = "page")]
    [Description("1-based page number (default 1). Not together with cursor.")]
    public string? Page { get; init; }

    [FromQuery(Name = "pageSize")]
    [Description("Items per page, 1 to 100 (default 20).")]
    public string? PageSize { get; init; }

    [FromQuery(Name = "cursor")]
    [Description("Cursor paging: empty (cursor=) to start at the first item, then the opaque cursor of a previous response's next or prev link, which continues from that item however the list has grown. Not together with page.")]
    public string? Cursor { get; init; }
}
