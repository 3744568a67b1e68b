using System.Net;

namespace Archive.Api.Tests;

[Collection(SharedApi.Name)]
public sealed class OrganizationsApiTests(ApiFactory api)
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task Lists_every_organization_a_to_z_with_its_letter_count()
    {
        var page = await _client.GetJson("/api/v1/organizations?pageSize=100");

        Assert.Equal(97, page.GetProperty("total").GetInt32());
        var names = page.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("name").GetString()!).ToList();
        Assert.Equal("A Billion Little Stones", names[0]);
        var danChurchAid = page.GetProperty("items").EnumerateArray().Single(o => o.GetProperty("id").GetString() == "danchurchaid");
        Assert.Equal(2, danChurchAid.GetProperty("letterCount").GetInt32());
    }

    [Theory]
    [InlineData("q=societe", "forum-pour-le-renforcement-de-la-societe-civile")]
    [InlineData("q=SOCIÉTÉ", "forum-pour-le-renforcement-de-la-societe-civile")]
    [InlineData("q=forsc", "forum-pour-le-renforcement-de-la-societe-civile")]
    [InlineData("q=Forum%20to%20Rein", "forum-pour-le-renforcement-de-la-societe-civile")]
    [InlineData("q=danchurch%20a", "danchurchaid")]
    [InlineData("q=danc", "danchurchaid")]
    public async Task Q_finds_by_a_prefix_of_a_name_acronym_or_alias_ignoring_case_and_accents(string query, string expected)
    {
        var page = await _client.GetJson("/api/v1/organizations?" + query);

        Assert.Contains(expected, page.Ids());
    }

    [Fact]
    public async Task Q_does_not_match_inside_a_word()
    {
        var page = await _client.GetJson("/api/v1/organizations?q=hurchaid");

        Assert.Empty(page.Ids());
    }

    [Fact]
    public async Task Country_keeps_the_organizations_of_that_country_in_any_case()
    {
        var upper = await _client.GetJson("/api/v1/organizations?country=DK");
        var lower = await _client.GetJson("/api/v1/organizations?country=dk");

        Assert.Equal(upper.Ids(), lower.Ids());
        Assert.Contains("danchurchaid", upper.Ids());
        Assert.All(upper.GetProperty("items").EnumerateArray(), o => Assert.Contains("DK", o.GetProperty("countries").EnumerateArray().Select(c => c.GetString())));
    }

    [Fact]
    public async Task One_organization_has_its_letters_in_date_order_and_its_co_signers()
    {
        var organization = await _client.GetJson("/api/v1/organizations/danchurchaid");

        Assert.Equal("DanChurchAid", organization.GetProperty("name").GetString());
        Assert.Equal(["DanChurch Aid"], organization.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal(
            ["2008-rtop-at-the-63rd-general-assembly", "2009-07-20-ga-debate-on-rtop"],
            organization.GetProperty("letters").EnumerateArray().Select(l => l.GetProperty("id").GetString()));
        var first = organization.GetProperty("coSigners")[0];
        Assert.Equal("act-for-peace", first.GetProperty("organizationId").GetString());
        Assert.Equal(2, first.GetProperty("count").GetInt32());
        Assert.Equal("https://open-letters-archive.netlify.app/organizations/danchurchaid/", organization.GetProperty("url").GetString());
    }

    [Fact]
    public async Task An_unknown_organization_is_a_404_problem()
    {
        var problem = await _client.GetProblem("/api/v1/organizations/nobody", HttpStatusCode.NotFound);

        Assert.Contains("'nobody'", problem.Detail());
    }
}
