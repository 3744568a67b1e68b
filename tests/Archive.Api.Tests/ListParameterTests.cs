using System.Net;

namespace Archive.Api.Tests;

/// <summary>
/// Lists and filters as a partner and an HTML form use them (issue 18): an empty filter is no filter, an unknown
/// parameter is refused by name, a filter may be repeated (any of its values), and an id in another case is sent to
/// its one spelling.
/// </summary>
[Collection(SharedApi.Name)]
public sealed class ListParameterTests(ApiFactory api)
{
    private readonly HttpClient _client = api.CreateClient(new() { AllowAutoRedirect = false });

    [Theory]
    [InlineData("/api/v1/letters", "country=&organization=&year=&from=&to=&page=&pageSize=")]
    [InlineData("/api/v1/search", "q=&country=&organization=&year=&from=&to=&sort=&page=&pageSize=")]
    [InlineData("/api/v1/organizations", "country=&q=&page=&pageSize=")]
    [InlineData("/api/v1/countries", "page=&pageSize=")]
    public async Task An_empty_value_as_a_form_sends_it_is_no_filter(string route, string empty)
    {
        var all = await _client.GetJson(route);
        var blank = await _client.GetJson($"{route}?{empty}");

        Assert.Equal(all.GetProperty("total").GetInt32(), blank.GetProperty("total").GetInt32());
        Assert.Equal(all.GetProperty("items").GetRawText(), blank.GetProperty("items").GetRawText());
    }

    [Theory]
    [InlineData("/api/v1/letters?contry=dk", "contry", "organization, country, year, from, to, changedSince, page, pageSize, cursor")]
    [InlineData("/api/v1/search?q=pillar&sort=date&order=asc", "order", "q, sort, organization, country")]
    [InlineData("/api/v1/organizations?name=forum", "name", "country, q, changedSince, page, pageSize, cursor")]
    [InlineData("/api/v1/countries?code=dk", "code", "page, pageSize, cursor")]
    [InlineData("/api/v1/countries/dk/letters?year=2009", "year", "page, pageSize, cursor")]
    [InlineData("/api/v1/letters/2009-07-20-ga-debate-on-rtop?format=xml", "format", "this route takes no query parameters")]
    [InlineData("/api/v1/organizations/danchurchaid?expand=all", "expand", "this route takes no query parameters")]
    [InlineData("/api/v1/export/signatories.csv?bmo=true", "bmo", "this route takes bom")]
    public async Task An_unknown_parameter_is_a_400_naming_it_and_the_ones_the_route_takes(string url, string parameter, string accepted)
    {
        // Asked twice: the second answer of a single letter or organization comes from the kept answers, which must not skip the check.
        for (var i = 0; i < 2; i++)
        {
            var problem = await _client.GetProblem(url, HttpStatusCode.BadRequest);

            Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
            Assert.StartsWith($"Parameter '{parameter}': not a parameter of this route; ", problem.Detail());
            Assert.Contains(accepted, problem.Detail());
        }
    }

    [Fact]
    public async Task A_known_parameter_in_another_case_is_still_known()
    {
        var lower = await _client.GetJson("/api/v1/letters?country=dk");
        var upper = await _client.GetJson("/api/v1/letters?Country=dk");

        Assert.Equal(lower.Ids(), upper.Ids());
    }

    [Theory]
    [InlineData("/api/v1/letters?page=1&page=2", "page")]
    [InlineData("/api/v1/letters?from=2009-01-01&from=2010-01-01", "from")]
    [InlineData("/api/v1/search?q=pillar&q=protect", "q")]
    public async Task A_parameter_that_takes_one_value_given_twice_is_a_400_naming_it(string url, string parameter)
    {
        var problem = await _client.GetProblem(url, HttpStatusCode.BadRequest);

        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        Assert.Contains("given 2 times; it takes one value", problem.Detail());
    }

    [Theory]
    [InlineData("/api/v1/letters", "country", "dk", "sn")]
    [InlineData("/api/v1/letters", "organization", "danchurchaid", "action-pour-les-droits-humains-et-lamitie-senegal")]
    [InlineData("/api/v1/letters", "year", "2008", "2012")]
    [InlineData("/api/v1/search", "country", "dk", "sn")]
    [InlineData("/api/v1/search", "year", "2008", "2012")]
    [InlineData("/api/v1/organizations", "country", "dk", "ug")]
    public async Task A_repeated_filter_keeps_what_any_of_its_values_keeps(string route, string parameter, string one, string other)
    {
        var first = (await _client.GetJson($"{route}?{parameter}={one}&pageSize=100")).Ids();
        var second = (await _client.GetJson($"{route}?{parameter}={other}&pageSize=100")).Ids();

        var both = await _client.GetJson($"{route}?{parameter}={one}&{parameter}={other}&pageSize=100");

        Assert.NotEqual(first, second);
        Assert.Equal(first.Union(second).Order(StringComparer.Ordinal), both.Ids().Order(StringComparer.Ordinal));
        Assert.Equal(first.Union(second).Count(), both.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Each_value_of_a_repeated_filter_is_checked()
    {
        var problem = await _client.GetProblem("/api/v1/letters?country=dk&country=XX", HttpStatusCode.BadRequest);

        Assert.Equal("country", problem.GetProperty("parameter").GetString());
        Assert.Contains("'XX'", problem.Detail());
    }

    [Theory]
    [InlineData("/api/v1/letters/2009-07-20-GA-Debate-on-RtoP", "http://localhost/api/v1/letters/2009-07-20-ga-debate-on-rtop")]
    [InlineData("/api/v1/organizations/DanChurchAid", "http://localhost/api/v1/organizations/danchurchaid")]
    [InlineData("/api/v1/organizations/DANCHURCHAID/letters?pageSize=1&page=2", "http://localhost/api/v1/organizations/danchurchaid/letters?pageSize=1&page=2")]
    [InlineData("/api/v1/organizations/DanChurchAid/co-signers?cursor=", "http://localhost/api/v1/organizations/danchurchaid/co-signers?cursor=")]
    public async Task An_id_in_another_case_is_a_permanent_redirect_to_its_one_spelling_keeping_the_query(string url, string location)
    {
        using var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.AbsoluteUri);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(location)).StatusCode);
    }

    [Fact]
    public async Task The_redirect_goes_to_the_public_address_behind_a_proxy()
    {
        using var factory = ApiFactory.For(Archive.Testing.RepositoryPaths.ApiFixtureContent, new Dictionary<string, string?> { ["Archive:PublicBaseUrl"] = "https://letters.example.org/" });
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/api/v1/organizations/DanChurchAid/letters?page=1");

        Assert.Equal("https://letters.example.org/api/v1/organizations/danchurchaid/letters?page=1", response.Headers.Location?.AbsoluteUri);
    }

    [Theory]
    [InlineData("/api/v1/letters/no-such-letter")]
    [InlineData("/api/v1/organizations/no-such-organization")]
    [InlineData("/api/v1/organizations/no-such-organization/co-signers")]
    public async Task An_id_no_item_has_in_any_case_is_still_a_404(string url)
    {
        await _client.GetProblem(url, HttpStatusCode.NotFound);
    }
}
