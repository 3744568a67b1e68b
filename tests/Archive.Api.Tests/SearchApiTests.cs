using System.Net;
using System.Text.Json;

namespace Archive.Api.Tests;

/// <summary>Search over the five letters of the API fixture content: what each kind of query finds.</summary>
[Collection(SharedApi.Name)]
public sealed class SearchApiTests(ApiFactory api)
{
    private const string Letter2008 = "2008-rtop-at-the-63rd-general-assembly";
    private const string Letter2009 = "2009-07-20-ga-debate-on-rtop";
    private const string LetterJuly2009 = "2009-07-13-african-civil-society-on-rtop-at-the-ga";
    private const string LetterMarch2012 = "2012-03-23-third-pillar-report-and-dialogue";
    private const string LetterAugust2012 = "2012-08-16-dialogue-on-the-third-pillar";

    private readonly HttpClient _client = api.CreateClient();

    private async Task<JsonElement> Search(string query) => await _client.GetJson("/api/v1/search?" + query);

    [Fact]
    public async Task An_exact_phrase_finds_the_2012_letters_about_the_third_pillar()
    {
        var result = await Search("q=%22third%20pillar%22");

        Assert.Equal([LetterMarch2012, LetterAugust2012], result.Ids().Order());
        Assert.Equal(2, result.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("signatory:%22DanChurch%20Aid%22")]
    [InlineData("signatory:DanChurchAid")]
    [InlineData("organization:%22DanChurch%20Aid%22")]
    public async Task A_signatory_search_by_any_name_of_an_organization_finds_its_letters(string query)
    {
        var result = await Search("q=" + query);

        Assert.Equal([Letter2008, Letter2009], result.Ids().Order());
    }

    [Fact]
    public async Task An_acronym_finds_the_letters_of_its_organization()
    {
        var byAcronym = await Search("q=signatory:FORSC");
        var byOrganization = await _client.GetJson("/api/v1/letters?organization=forum-pour-le-renforcement-de-la-societe-civile");

        Assert.Equal(byOrganization.Ids().Order(), byAcronym.Ids().Order());
        Assert.NotEmpty(byAcronym.Ids());
    }

    [Fact]
    public async Task Not_excludes_and_a_query_of_only_not_means_every_other_letter()
    {
        var pillar = (await Search("q=pillar")).Ids();
        var notPillar = (await Search("q=NOT%20pillar")).Ids();
        var both = (await Search("q=responsibility%20NOT%20pillar")).Ids();

        Assert.Equal([Letter2008, LetterJuly2009], notPillar.Order(StringComparer.Ordinal));
        Assert.Empty(pillar.Intersect(notPillar));
        Assert.Equal(5, pillar.Count + notPillar.Count);
        Assert.Equal([Letter2008, LetterJuly2009], both.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Or_widens_and_words_together_must_all_match()
    {
        var and = (await Search("q=pillar%20danchurchaid")).Ids();
        var or = (await Search("q=pillar%20OR%20danchurchaid")).Ids();

        Assert.Equal([Letter2009], and);
        Assert.Equal(4, or.Count);
    }

    [Fact]
    public async Task A_prefix_finds_every_word_that_starts_with_it_and_marks_them()
    {
        var result = await Search("q=pilla*");

        Assert.Equal([Letter2009, LetterMarch2012, LetterAugust2012], result.Ids().Order(StringComparer.Ordinal));
        Assert.Contains(result.GetProperty("items")[0].GetProperty("snippets").EnumerateArray(), s => s.GetProperty("html").GetString()!.Contains("<mark>Pillar</mark>", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("title:dialogue", new[] { LetterMarch2012, LetterAugust2012 })]
    [InlineData("recipient:%22Secretary-General%22", new[] { LetterMarch2012 })]
    [InlineData("body:pillar%20AND%20title:debate", new[] { Letter2009 })]
    public async Task Field_searches_look_only_in_that_field(string query, string[] expected)
    {
        var result = await Search("q=" + query);

        Assert.Equal(expected.Order(), result.Ids().Order());
    }

    [Fact]
    public async Task Accents_are_folded_both_ways()
    {
        var plain = (await Search("q=Societe")).Ids();
        var accented = (await Search("q=Soci%C3%A9t%C3%A9")).Ids();

        Assert.Equal([Letter2008, Letter2009], plain.Order());
        Assert.Equal(plain, accented);
    }

    [Fact]
    public async Task Snippets_mark_matched_words_and_escape_everything_else()
    {
        var result = await Search("q=%22third%20pillar%22");

        var snippets = result.GetProperty("items").EnumerateArray().SelectMany(i => i.GetProperty("snippets").EnumerateArray()).ToList();
        Assert.Contains(snippets, s => s.GetProperty("field").GetString() == "body" && s.GetProperty("html").GetString()!.Contains("<mark>third</mark> <mark>pillar</mark>", StringComparison.Ordinal));
        Assert.Contains(snippets, s => s.GetProperty("field").GetString() == "title" && s.GetProperty("html").GetString()!.Contains("<mark>Third</mark> <mark>Pillar</mark>", StringComparison.Ordinal));
        // The body says "this year's report": the apostrophe is escaped, so a snippet is safe to insert as HTML.
        Assert.Contains(snippets, s => s.GetProperty("html").GetString()!.Contains("year&#39;s", StringComparison.Ordinal));
        foreach (var html in snippets.Select(s => s.GetProperty("html").GetString()!))
        {
            var withoutMarks = html.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal);
            Assert.DoesNotContain('<', withoutMarks);
            Assert.DoesNotContain('>', withoutMarks);
        }
    }

    [Fact]
    public async Task A_phrase_marks_its_words_only_where_they_stand_together()
    {
        var result = await Search("q=signatory:%22DanChurch%20Aid%22");

        var names = result.GetProperty("items").EnumerateArray()
            .SelectMany(i => i.GetProperty("snippets").EnumerateArray())
            .Where(s => s.GetProperty("field").GetString() == "signatory")
            .Select(s => s.GetProperty("html").GetString())
            .ToList();
        Assert.Contains("<mark>DanChurch</mark> <mark>Aid</mark>", names);
        Assert.DoesNotContain(names, n => n!.Contains("Norwegian", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Excluded_words_are_not_marked()
    {
        var result = await Search("q=responsibility%20NOT%20pillar");

        var html = string.Concat(result.GetProperty("items").EnumerateArray().SelectMany(i => i.GetProperty("snippets").EnumerateArray()).Select(s => s.GetProperty("html").GetString()));
        Assert.Contains("<mark>Responsibility</mark>", html);
        Assert.DoesNotContain("<mark>pillar", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Facets_count_organizations_countries_and_years_over_the_whole_result_not_the_page()
    {
        var result = await Search("q=responsibility&pageSize=1");

        var total = result.GetProperty("total").GetInt32();
        Assert.Equal(5, total);
        var facets = result.GetProperty("facets");
        Assert.Equal(
            [("2012", 2), ("2009", 2), ("2008", 1)],
            facets.GetProperty("years").EnumerateArray().Select(y => (y.GetProperty("value").GetString(), y.GetProperty("count").GetInt32())));
        var danChurchAid = facets.GetProperty("organizations").EnumerateArray().Single(o => o.GetProperty("value").GetString() == "danchurchaid");
        Assert.Equal(("DanChurchAid", 2), (danChurchAid.GetProperty("label").GetString(), danChurchAid.GetProperty("count").GetInt32()));
        var denmark = facets.GetProperty("countries").EnumerateArray().Single(c => c.GetProperty("value").GetString() == "DK");
        Assert.Equal(("Denmark", 3), (denmark.GetProperty("label").GetString(), denmark.GetProperty("count").GetInt32()));
        // Each facet value counts at most every letter once.
        Assert.All(facets.GetProperty("countries").EnumerateArray(), c => Assert.InRange(c.GetProperty("count").GetInt32(), 1, total));
    }

    [Fact]
    public async Task Facet_counts_follow_the_filters()
    {
        var result = await Search("q=responsibility&country=dk&year=2012");

        Assert.Equal([LetterMarch2012], result.Ids());
        Assert.Equal([("2012", 1)], result.GetProperty("facets").GetProperty("years").EnumerateArray().Select(y => (y.GetProperty("value").GetString(), y.GetProperty("count").GetInt32())));
    }

    [Fact]
    public async Task Sort_by_date_is_newest_first_and_relevance_is_the_default()
    {
        var byDate = await Search("q=responsibility&sort=date");
        var byRelevance = await Search("q=responsibility");

        Assert.Equal("date", byDate.GetProperty("sort").GetString());
        Assert.Equal([LetterAugust2012, LetterMarch2012, Letter2009, LetterJuly2009, Letter2008], byDate.Ids());
        Assert.Equal("relevance", byRelevance.GetProperty("sort").GetString());
        var scores = byRelevance.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
    }

    [Fact]
    public async Task An_empty_query_lists_every_letter_newest_first_with_facets()
    {
        var result = await Search("q=");

        Assert.Equal([LetterAugust2012, LetterMarch2012, Letter2009, LetterJuly2009, Letter2008], result.Ids());
        Assert.Equal(3, result.GetProperty("facets").GetProperty("years").GetArrayLength());
    }

    [Fact]
    public async Task Search_pages_with_links_like_the_lists()
    {
        using var response = await _client.GetAsync("/api/v1/search?q=responsibility&sort=date&pageSize=3");
        var result = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(3, result.Ids().Count);
        Assert.Equal("http://localhost/api/v1/search?q=responsibility&sort=date&pageSize=3&page=2", result.GetProperty("links").GetProperty("next").GetString());
        Assert.Contains("rel=\"next\"", response.Headers.GetValues("Link").Single());
    }

    [Theory]
    [InlineData("q=*pillar", "'*' or '?' not allowed as first character")]
    [InlineData("q=?illar", "'*' or '?' not allowed as first character")]
    [InlineData("q=%22third%20pillar", "the query cannot be read")]
    [InlineData("q=(pillar", "the query cannot be read")]
    [InlineData("q=pillar%20AND", "the query cannot be read")]
    [InlineData("q=titel:pillar", "unknown field 'titel:'")]
    [InlineData("q=/.*/", "matches more than 512 different words")]
    [InlineData("q=[a%20TO%20z]", "matches more than 512 different words")]
    public async Task A_malformed_or_too_wide_query_is_a_400_naming_q(string query, string detail)
    {
        var problem = await _client.GetProblem("/api/v1/search?" + query, HttpStatusCode.BadRequest);

        Assert.StartsWith("Parameter 'q':", problem.Detail());
        Assert.Contains(detail, problem.Detail());
        Assert.Equal("q", problem.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task A_wildcard_that_expands_past_the_configured_limit_is_a_400()
    {
        using var factory = ApiFactory.For(Archive.Testing.RepositoryPaths.ApiFixtureContent, new Dictionary<string, string?> { ["Archive:Search:MaxQueryTerms"] = "10" });
        using var client = factory.CreateClient();

        var problem = await client.GetProblem("/api/v1/search?q=a*", HttpStatusCode.BadRequest);
        var narrow = await client.GetJson("/api/v1/search?q=pilla*");

        Assert.Equal("Parameter 'q': a wildcard, fuzzy word or range in the query matches more than 10 different words; make it more specific (e.g. more letters before the *)", problem.Detail());
        Assert.Equal(3, narrow.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_query_over_1000_characters_is_a_400()
    {
        var problem = await _client.GetProblem("/api/v1/search?q=" + new string('x', 1001), HttpStatusCode.BadRequest);

        Assert.Contains("1001 characters long; at most 1000", problem.Detail());
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/api/v1/search?q=" + new string('x', 1000))).StatusCode);
    }

    [Fact]
    public async Task An_unknown_sort_is_a_400_naming_sort()
    {
        var problem = await _client.GetProblem("/api/v1/search?q=pillar&sort=popular", HttpStatusCode.BadRequest);

        Assert.Equal("Parameter 'sort': 'popular' is not one of relevance, date", problem.Detail());
    }
}
