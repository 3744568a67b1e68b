namespace Archive.Core.Search;

/// <summary>
/// A piece of a letter that shows why it matched: HTML in which the matched words are wrapped in mark elements
/// and every other character is escaped, so it is safe to insert into a page.
/// </summary>
/// <param name="Field">The field the text comes from, named as in a query (title, signatory, recipient, body).</param>
/// <param name="Html">The escaped text, with each matched word in a mark element.</param>
/// <remarks>The field names are those of <see cref="SearchFields"/>.</remarks>
public sealed record SearchSnippet(string Field, string Html);
