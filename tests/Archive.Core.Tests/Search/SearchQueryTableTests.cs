using Archive.Core.Content;
using Archive.Core.Search;
using Archive.Testing;

namespace Archive.Core.Tests.Search;

/// <summary>
/// Every operator of the query language on the letters written for it (issue 18): each row of
/// <see cref="SearchQueryTable"/> finds exactly its letters, and the words a prefix or fuzzy word matched are marked
/// in the snippets like any other word.
/// </summary>
public sealed class SearchQueryTableTests
{
    private static readonly ArchiveContent Archive = LoadContent.FromFolder(RepositoryPaths.SearchFixtureContent).Content!;
    private static readonly SearchIndex Index = SearchIndex.Build(Archive);

    public static TheoryData<string, string, string[]> Rows()
    {
        var rows = new TheoryData<string, string, string[]>();
        foreach (var row in SearchQueryTable.Rows)
        {
            rows.Add(row.Kind, row.Query, [.. row.Letters]);
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Each_query_finds_exactly_its_letters(string kind, string text, string[] letters)
    {
        Assert.True(Index.TryParse(text, out var query, out var problem), $"{kind} {text}: {problem}");

        var found = Index.Search(query, LetterFilter.None).Select(h => h.Letter.Id);

        Assert.Equal(letters.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("responsib*", SearchQueryTable.Responsibility, "body", "their <mark>responsibilities</mark>, and each government is <mark>responsible</mark>")]
    [InlineData("responsib*", SearchQueryTable.Responsibility, "title", "On the <mark>Responsibility</mark> to Protect")]
    [InlineData("organization:responsib*", SearchQueryTable.Typos, "signatory", "<mark>Responsible</mark> Business Coalition")]
    [InlineData("responsibility~", SearchQueryTable.Typos, "body", "shares the <mark>resposibility</mark> for peace")]
    [InlineData("responsibility~", SearchQueryTable.Geneve, "body", "rappellent la <mark>responsabilité</mark> de protéger")]
    [InlineData("genève*", SearchQueryTable.Geneve, "title", "réunies à <mark>Genève</mark>")]
    [InlineData("Resp*ble", SearchQueryTable.Responsibility, "body", "is <mark>responsible</mark> for")]
    [InlineData("HURINET-U*", SearchQueryTable.Acronyms, "body", "<mark>HURINET</mark>-<mark>U</mark>")]
    [InlineData("U.N.", SearchQueryTable.Typos, "recipient", "Ambassadors to the <mark>UN</mark>")]
    [InlineData("homme", SearchQueryTable.Geneve, "body", "les droits de <mark>l&#39;homme</mark>")]
    public void Snippets_mark_what_a_prefix_wildcard_or_fuzzy_word_matched(string text, string letterId, string field, string marked)
    {
        Assert.True(Index.TryParse(text, out var query, out var problem), problem);
        var letter = Archive.Letters.Single(l => l.Id == letterId);

        var snippets = Index.SnippetsOf(query, letter);

        Assert.Contains(snippets, s => s.Field == field && s.Html.Contains(marked, StringComparison.Ordinal));
    }

    [Fact]
    public void A_prefix_does_not_mark_words_that_only_share_its_stem()
    {
        Assert.True(Index.TryParse("responsib*", out var query, out _));
        var letter = Archive.Letters.Single(l => l.Id == SearchQueryTable.Response);

        var html = string.Concat(Index.SnippetsOf(query, letter).Select(s => s.Html));

        Assert.DoesNotContain("<mark>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("*ponsible", "'*' or '?' not allowed as first character")]
    [InlineData("responsibility~1.5", "Fractional edit distances are not allowed")]
    [InlineData("title:responsib* AND", "the query cannot be read")]
    [InlineData("titel:responsib*", "unknown field 'titel:'")]
    [InlineData("titel:responsibility~", "unknown field 'titel:'")]
    public void A_malformed_prefix_or_fuzzy_query_is_refused_with_a_reason(string text, string reason)
    {
        Assert.False(Index.TryParse(text, out _, out var problem));

        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }
}
