using System.Net;

namespace Archive.Api.Tests;

[Collection(SharedApi.Name)]
public sealed class CountriesApiTests(ApiFactory api)
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task Lists_countries_a_to_z_with_organization_and_letter_counts()
    {
        var list = await _client.GetJson("/api/v1/countries?pageSize=100");
        var countries = list.GetProperty("items");

        Assert.Equal(36, list.GetProperty("total").GetInt32());
        Assert.Equal(36, countries.GetArrayLength());
        Assert.Equal("AO", countries[0].GetProperty("code").GetString());
        var denmark = countries.EnumerateArray().Single(c => c.GetProperty("code").GetString() == "DK");
        Assert.Equal("Denmark", denmark.GetProperty("name").GetString());
        Assert.Equal(2, denmark.GetProperty("organizationCount").GetInt32());
        Assert.Equal(3, denmark.GetProperty("letterCount").GetInt32());
    }

    [Fact]
    public async Task The_country_list_pages_like_every_list()
    {
        var first = await _client.GetJson("/api/v1/countries");

        Assert.Equal(20, first.GetProperty("items").GetArrayLength());
        Assert.Equal(36, first.GetProperty("total").GetInt32());
        var next = await _client.GetJson(first.GetProperty("links").GetProperty("next").GetString()!);
        Assert.Equal(16, next.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("dk")]
    [InlineData("DK")]
    [InlineData("Dk")]
    public async Task One_country_in_any_case_has_its_organizations_and_letters(string code)
    {
        var country = await _client.GetJson("/api/v1/countries/" + code);

        Assert.Equal("DK", country.GetProperty("code").GetString());
        Assert.Equal(["danchurchaid", "united-nations-association-denmark"], country.GetProperty("organizations").EnumerateArray().Select(o => o.GetProperty("id").GetString()));
        Assert.Equal(3, country.GetProperty("letters").GetArrayLength());
        Assert.Equal("https://open-letters-archive.netlify.app/countries/dk/", country.GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("FR", "France")]
    [InlineData("XX", "'XX' is not an ISO 3166-1")]
    public async Task A_country_without_organizations_or_not_in_iso_3166_is_a_404(string code, string detail)
    {
        var problem = await _client.GetProblem("/api/v1/countries/" + code, HttpStatusCode.NotFound);

        Assert.Contains(detail, problem.Detail());
    }

    [Theory]
    [InlineData("D")]
    [InlineData("DNK")]
    [InlineData("1x")]
    [InlineData("d%C3%A9")]
    public async Task A_malformed_country_code_is_a_400_naming_the_code(string code)
    {
        var problem = await _client.GetProblem("/api/v1/countries/" + code, HttpStatusCode.BadRequest);

        Assert.StartsWith("Parameter 'code':", problem.Detail());
    }
}
