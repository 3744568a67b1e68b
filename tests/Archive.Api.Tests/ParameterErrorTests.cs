using System.Net;

namespace Archive.Api.Tests;

/// <summary>Every malformed parameter is a 400 problem+json whose detail and "parameter" name it.</summary>
[Collection(SharedApi.Name)]
public sealed class ParameterErrorTests(ApiFactory api)
{
    private readonly HttpClient _client = api.CreateClient();

    [Theory]
    [InlineData("year=abc", "year", "'abc' is not a year")]
    [InlineData("year=12345", "year", "is not a year")]
    [InlineData("year=0000", "year", "is not a year")]
    [InlineData("from=2012-13-01", "from", "'2012-13-01' is not a date; use YYYY-MM-DD")]
    [InlineData("from=2012-02-30", "from", "is not a date")]
    [InlineData("to=yesterday", "to", "'yesterday' is not a date")]
    [InlineData("to=2012-3-1", "to", "is not a date")]
    [InlineData("from=2012-01-02&to=2012-01-01", "from", "is after to")]
    [InlineData("country=USA", "country", "'USA' is not a country code")]
    [InlineData("country=U1", "country", "is not a country code")]
    [InlineData("country=XX", "country", "'XX' is not an ISO 3166-1 alpha-2 country code")]
    [InlineData("organization=nobody", "organization", "no organization has the id 'nobody'")]
    [InlineData("page=0", "page", "'0' is not a whole number from 1 to 1000000")]
    [InlineData("page=-1", "page", "is not a whole number")]
    [InlineData("page=abc", "page", "is not a whole number")]
    [InlineData("page=99999999999", "page", "is not a whole number")]
    [InlineData("pageSize=0", "pageSize", "'0' is not a whole number from 1 to 100")]
    [InlineData("pageSize=101", "pageSize", "'101' is not a whole number from 1 to 100")]
    [InlineData("cursor=!!!", "cursor", "not a cursor of this list")]
    [InlineData("cursor=bm90IGEgY3Vyc29y", "cursor", "not a cursor of this list")]
    [InlineData("page=2&cursor=", "cursor", "give either page or cursor, not both")]
    public async Task A_malformed_list_parameter_is_a_400_naming_it(string query, string parameter, string detail)
    {
        foreach (var route in new[] { "/api/v1/letters", "/api/v1/search" })
        {
            var problem = await _client.GetProblem($"{route}?{query}", HttpStatusCode.BadRequest);

            Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
            Assert.StartsWith($"Parameter '{parameter}': ", problem.Detail());
            Assert.Contains(detail, problem.Detail());
        }
    }

    [Fact]
    public async Task A_cursor_of_another_list_is_refused()
    {
        var cursor = LettersApiTests.Cursor("organizations", "after", "danchurchaid");

        var problem = await _client.GetProblem("/api/v1/letters?cursor=" + cursor, HttpStatusCode.BadRequest);

        Assert.Equal("cursor", problem.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task A_cursor_whose_item_is_not_in_the_filtered_list_is_refused()
    {
        var cursor = LettersApiTests.Cursor("letters", "after", "2012-08-16-dialogue-on-the-third-pillar");

        var problem = await _client.GetProblem("/api/v1/letters?year=2009&cursor=" + cursor, HttpStatusCode.BadRequest);

        Assert.Contains("does not belong to this list", problem.Detail());
    }

    [Theory]
    [InlineData("/api/v1/organizations?country=Denmark", "country")]
    [InlineData("/api/v1/organizations?pageSize=500", "pageSize")]
    [InlineData("/api/v1/organizations?page=0", "page")]
    [InlineData("/api/v1/organizations?cursor=%2A", "cursor")]
    public async Task The_organization_list_names_its_bad_parameter_too(string url, string parameter)
    {
        var problem = await _client.GetProblem(url, HttpStatusCode.BadRequest);

        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task An_organization_name_prefix_over_200_characters_is_refused()
    {
        var problem = await _client.GetProblem("/api/v1/organizations?q=" + new string('a', 201), HttpStatusCode.BadRequest);

        Assert.Equal("Parameter 'q': the name is 201 characters long; at most 200 are allowed", problem.Detail());
    }

    [Theory]
    [InlineData("/nothing-here")]
    [InlineData("/api/v1/nothing")]
    [InlineData("/api/v2/letters")]
    [InlineData("/api/v1/letters/a/b")]
    public async Task An_unknown_route_is_a_404_problem(string url)
    {
        await _client.GetProblem(url, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Writing_is_not_allowed_and_says_so_as_a_problem()
    {
        using var response = await _client.PostAsync("/api/v1/letters", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
