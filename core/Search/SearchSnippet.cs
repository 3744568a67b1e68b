namespace Archive.Core.Search;

/// <summary>
/// A piece of a letter that shows why it matched: HTML in which the matched words are wrapped in
/// <c>&lt;mark&gt;</c> and every other character is escaped, so it is safe to insert into a page.
/// </summary>
/// <param name="Field">The field the text comes from (<see cref="SearchFields"/>).</param>
/// <param name="Html">The escaped text with <c>&lt;mark&gt;</c> around matched words.</param>
public sealed record SearchSnippet(string Field, string Html);
