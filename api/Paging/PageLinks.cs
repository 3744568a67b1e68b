namespace Archive.Api.Paging;

/// <summary>Where this page is and where the pages beside it are (absolute URLs; null at either end).</summary>
internal sealed record PageLinks(string Self, string? Next, string? Prev);
