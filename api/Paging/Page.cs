namespace Archive.Api.Paging;

/// <summary>One page of a list: its items, how many items the whole list has, and the links to move through it.</summary>
internal sealed record Page<T>(IReadOnlyList<T> Items, int Total, PageLinks Links);
