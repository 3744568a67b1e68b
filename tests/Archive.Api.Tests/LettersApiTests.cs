using System.Net;

namespace Archive.Api.Tests;

[Collection(SharedApi.Name)]
public sealed class LettersApiTests(ApiFactory api)
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task Lists_every_letter_newest_first_with_summaries()
    {
        var page = await _client.GetJson("/api/v1/letters");

        Assert.Equal(5, page.GetProperty("total").GetInt32());
        Assert.Equal(
            ["2012-08-16-dialogue-on-the-third-pillar", "2012-03-23-third-pillar-report-and-dialogue", "2009-07-20-ga-debate-on-rtop", "2009-07-13-african-civil-society-on-rtop-at-the-ga", "2008-rtop-at-the-63rd-general-assembly"],
            page.Ids());
        var oldest = page.GetProperty("items")[4];
        Assert.Equal("2008", oldest.GetProperty("date").GetString());
        Assert.Equal("year", oldest.GetProperty("datePrecision").GetString());
        Assert.True(oldest.GetProperty("dateIsEstimate").GetBoolean());
        Assert.Equal(35, oldest.GetProperty("signatoryCount").GetInt32());
        Assert.Equal("https://open-letters-archive.netlify.app/letters/2008-rtop-at-the-63rd-general-assembly/", oldest.GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("organization=danchurchaid", new[] { "2009-07-20-ga-debate-on-rtop", "2008-rtop-at-the-63rd-general-assembly" })]
    [InlineData("country=dk", new[] { "2012-03-23-third-pillar-report-and-dialogue", "2009-07-20-ga-debate-on-rtop", "2008-rtop-at-the-63rd-general-assembly" })]
    [InlineData("country=UG", new[] { "2009-07-20-ga-debate-on-rtop", "2009-07-13-african-civil-society-on-rtop-at-the-ga", "2008-rtop-at-the-63rd-general-assembly" })]
    [InlineData("country=sn", new[] { "2009-07-13-african-civil-society-on-rtop-at-the-ga" })]
    [InlineData("year=2012", new[] { "2012-08-16-dialogue-on-the-third-pillar", "2012-03-23-third-pillar-report-and-dialogue" })]
    [InlineData("from=2009-07-20&to=2009-07-20", new[] { "2009-07-20-ga-debate-on-rtop" })]
    [InlineData("from=2009-07-21&to=2012-03-22", new string[0])]
    // A letter dated only "2008" covers the whole year, so any range overlapping 2008 finds it.
    [InlineData("from=2008-06-01&to=2008-06-30", new[] { "2008-rtop-at-the-63rd-general-assembly" })]
    [InlineData("to=2008-01-01", new[] { "2008-rtop-at-the-63rd-general-assembly" })]
    [InlineData("from=2008-12-31&to=2009-01-01", new[] { "2008-rtop-at-the-63rd-general-assembly" })]
    [InlineData("organization=danchurchaid&year=2009", new[] { "2009-07-20-ga-debate-on-rtop" })]
    public async Task Filters_combine_and_keep_newest_first(string query, string[] expected)
    {
        var page = await _client.GetJson("/api/v1/letters?" + query);

        Assert.Equal(expected, page.Ids());
        Assert.Equal(expected.Length, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Pages_by_number_with_links_in_body_and_header()
    {
        using var response = await _client.GetAsync("/api/v1/letters?pageSize=1&page=2");
        var page = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(["2012-03-23-third-pillar-report-and-dialogue"], page.Ids());
        Assert.Equal(5, page.GetProperty("total").GetInt32());
        var links = page.GetProperty("links");
        Assert.Equal("http://localhost/api/v1/letters?pageSize=1&page=2", links.GetProperty("self").GetString());
        Assert.Equal("http://localhost/api/v1/letters?pageSize=1&page=3", links.GetProperty("next").GetString());
        Assert.Equal("http://localhost/api/v1/letters?pageSize=1&page=1", links.GetProperty("prev").GetString());
        Assert.Equal(
            "<http://localhost/api/v1/letters?pageSize=1&page=2>; rel=\"self\", <http://localhost/api/v1/letters?pageSize=1&page=3>; rel=\"next\", <http://localhost/api/v1/letters?pageSize=1&page=1>; rel=\"prev\"",
            response.Headers.GetValues("Link").Single());
    }

    [Fact]
    public async Task The_last_page_has_no_next_and_the_first_no_prev()
    {
        var first = await _client.GetJson("/api/v1/letters?pageSize=4");
        var last = await _client.GetJson("/api/v1/letters?pageSize=4&page=2");
        var beyond = await _client.GetJson("/api/v1/letters?pageSize=4&page=9");

        Assert.Equal(System.Text.Json.JsonValueKind.Null, first.GetProperty("links").GetProperty("prev").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, last.GetProperty("links").GetProperty("next").ValueKind);
        Assert.Single(last.Ids());
        Assert.Empty(beyond.Ids());
        Assert.Equal("http://localhost/api/v1/letters?pageSize=4&page=2", beyond.GetProperty("links").GetProperty("prev").GetString());
    }

    [Fact]
    public async Task A_cursor_walks_the_whole_list_forwards_and_back_without_repeats()
    {
        var seen = new List<string>();
        var page = await _client.GetJson("/api/v1/letters?pageSize=1&cursor=");
        seen.AddRange(page.Ids());
        while (page.GetProperty("links").GetProperty("next").GetString() is { } next)
        {
            Assert.Contains("cursor=", next);
            page = await _client.GetJson(next);
            seen.AddRange(page.Ids());
        }

        Assert.Equal((await _client.GetJson("/api/v1/letters")).Ids(), seen);
        var back = await _client.GetJson(page.GetProperty("links").GetProperty("prev").GetString()!);
        Assert.Equal([seen[^2]], back.Ids());
    }

    [Fact]
    public async Task A_cursor_names_its_item_so_it_stays_valid_with_other_filters_that_keep_it()
    {
        var page = await _client.GetJson("/api/v1/letters?pageSize=1&cursor=" + Cursor("letters", "after", "2012-03-23-third-pillar-report-and-dialogue"));

        Assert.Equal(["2009-07-20-ga-debate-on-rtop"], page.Ids());
    }

    [Fact]
    public async Task The_whole_letter_has_the_shared_json_shape_with_body_and_url()
    {
        var letter = await _client.GetJson("/api/v1/letters/2009-07-20-ga-debate-on-rtop");

        Assert.Equal("2009-07-20", letter.GetProperty("date").GetString());
        Assert.Equal("day", letter.GetProperty("datePrecision").GetString());
        var danChurchAid = letter.GetProperty("signatories").EnumerateArray().Single(s => s.GetProperty("organizationId").GetString() == "danchurchaid");
        Assert.Equal(["DK"], danChurchAid.GetProperty("countries").EnumerateArray().Select(c => c.GetString()));
        Assert.StartsWith("<p>", letter.GetProperty("bodyHtml").GetString());
        Assert.False(string.IsNullOrWhiteSpace(letter.GetProperty("bodyText").GetString()));
        Assert.Equal("https://open-letters-archive.netlify.app/letters/2009-07-20-ga-debate-on-rtop/", letter.GetProperty("url").GetString());
    }

    [Fact]
    public async Task An_unknown_letter_is_a_404_problem_naming_the_id()
    {
        var problem = await _client.GetProblem("/api/v1/letters/no-such-letter", HttpStatusCode.NotFound);

        Assert.Contains("'no-such-letter'", problem.Detail());
    }

    internal static string Cursor(string list, string direction, string key) =>
        Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes($"{list}|{direction}|{key}"));
}
