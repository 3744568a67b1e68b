using System.Net;
using Archive.Testing;

namespace Archive.Api.Tests;

/// <summary>
/// The query table of the core's search tests (<see cref="SearchQueryTable"/>, issue 18) through
/// <c>/api/v1/search</c>: the API finds the same letters as the index, marks what a prefix or fuzzy word matched,
/// and refuses a malformed one with a 400 naming <c>q</c>.
/// </summary>
public sealed class SearchQueryTableApiTests(SearchQueryTableApiTests.SearchContent content) : IClassFixture<SearchQueryTableApiTests.SearchContent>
{
    private readonly HttpClient _client = content.Api.CreateClient();

    [Fact]
    public async Task Every_query_of_the_table_finds_exactly_its_letters()
    {
        var wrong = new List<string>();
        foreach (var row in SearchQueryTable.Rows)
        {
            var result = await _client.GetJson("/api/v1/search?pageSize=100&q=" + Uri.EscapeDataString(row.Query));

            var found = result.Ids().Order(StringComparer.Ordinal).ToList();
            if (!found.SequenceEqual(row.Letters.Order(StringComparer.Ordinal)) || result.GetProperty("total").GetInt32() != found.Count)
            {
                wrong.Add($"{row.Kind} {row.Query}: expected [{string.Join(", ", row.Letters.Order(StringComparer.Ordinal))}], found [{string.Join(", ", found)}]");
            }
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
        Assert.Equal(0, content.Api.UnhandledErrors);
    }

    [Theory]
    [InlineData("responsib*", "their <mark>responsibilities</mark>, and each government is <mark>responsible</mark>")]
    [InlineData("responsibility~", "shares the <mark>resposibility</mark> for peace")]
    [InlineData("genève*", "réunies à <mark>Genève</mark>")]
    public async Task Snippets_mark_the_words_a_prefix_or_fuzzy_word_matched(string query, string marked)
    {
        var result = await _client.GetJson("/api/v1/search?q=" + Uri.EscapeDataString(query));

        var html = result.GetProperty("items").EnumerateArray()
            .SelectMany(i => i.GetProperty("snippets").EnumerateArray())
            .Select(s => s.GetProperty("html").GetString());
        Assert.Contains(html, h => h!.Contains(marked, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("*ponsible", "'*' or '?' not allowed as first character")]
    [InlineData("responsibility~1.5", "Fractional edit distances are not allowed")]
    [InlineData("titel:responsib*", "unknown field 'titel:'")]
    public async Task A_malformed_prefix_or_fuzzy_query_is_a_400_naming_q(string query, string detail)
    {
        var problem = await _client.GetProblem("/api/v1/search?q=" + Uri.EscapeDataString(query), HttpStatusCode.BadRequest);

        Assert.Equal("q", problem.GetProperty("parameter").GetString());
        Assert.Contains(detail, problem.Detail(), StringComparison.Ordinal);
    }

    /// <summary>The API over the search fixture content, shared by this class's tests (it only reads).</summary>
    public sealed class SearchContent : IDisposable
    {
        public ApiFactory Api { get; } = ApiFactory.For(RepositoryPaths.SearchFixtureContent);

        public void Dispose() => Api.Dispose();
    }
}
