using System.Net;
using Archive.Testing;

namespace Archive.Api.Tests;

/// <summary>
/// An organization renamed or merged into another (issue 19): the API answers its old id, and every route under it,
/// with a permanent redirect to the organization that replaced it, and that organization's JSON says whom it
/// replaced, by the names they had, and gives its identifiers in authority files (fixtures, not real identifiers).
/// </summary>
public sealed class ReplacedOrganizationTests : IDisposable
{
    private readonly TemporaryContent _content = new TemporaryContent()
        .Organization("civil-society-forum", """
            name: Civil Society Forum
            countries: [BI]
            wikidata: Q42
            viaf: "123456789"
            ror: 02mhbdp94
            replaces:
              - id: forum-for-civil-society
                name: Forum for Civil Society
              - id: burundi-ngo-network
                name: Burundi NGO Network
            """)
        .Write("sources/x.txt", "x")
        .Letter("2001-x", "title: X\ndate: 2001\nsource: sources/x.txt\nsignatories:\n  - name: Forum for Civil Society");

    private readonly ApiFactory _api;
    private readonly HttpClient _client;

    public ReplacedOrganizationTests()
    {
        _api = ApiFactory.For(_content.Root);
        _client = _api.CreateClient(new() { AllowAutoRedirect = false });
    }

    [Theory]
    [InlineData("/api/v1/organizations/forum-for-civil-society", "http://localhost/api/v1/organizations/civil-society-forum")]
    [InlineData("/api/v1/organizations/burundi-ngo-network", "http://localhost/api/v1/organizations/civil-society-forum")]
    [InlineData("/api/v1/organizations/Forum-For-Civil-Society", "http://localhost/api/v1/organizations/civil-society-forum")]
    [InlineData("/api/v1/organizations/forum-for-civil-society/letters?pageSize=1", "http://localhost/api/v1/organizations/civil-society-forum/letters?pageSize=1")]
    [InlineData("/api/v1/organizations/forum-for-civil-society/co-signers", "http://localhost/api/v1/organizations/civil-society-forum/co-signers")]
    public async Task An_old_id_is_a_permanent_redirect_to_the_organization_that_replaced_it(string url, string location)
    {
        using var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.PermanentRedirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.AbsoluteUri);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(location)).StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/letters?organization=")]
    [InlineData("/api/v1/search?q=x&organization=")]
    public async Task An_old_id_in_the_organization_filter_filters_by_the_organization_that_replaced_it(string route)
    {
        var byNewId = await _client.GetJson(route + "civil-society-forum");
        var byOldId = await _client.GetJson(route + "forum-for-civil-society");

        Assert.Equal(["2001-x"], byNewId.Ids());
        Assert.Equal(byNewId.Ids(), byOldId.Ids());
        Assert.Equal(1, byOldId.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_id_no_organization_had_is_still_not_found()
    {
        var problem = await _client.GetProblem("/api/v1/organizations/forum-for-civil-societies", HttpStatusCode.NotFound);

        Assert.Contains("'forum-for-civil-societies'", problem.Detail(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_organization_says_whom_it_replaced_by_their_old_names_and_gives_its_authority_ids()
    {
        var organization = await _client.GetJson("/api/v1/organizations/civil-society-forum");

        Assert.Equal(
            [("forum-for-civil-society", "Forum for Civil Society"), ("burundi-ngo-network", "Burundi NGO Network")],
            organization.GetProperty("replaces").EnumerateArray().Select(r => (r.GetProperty("id").GetString(), r.GetProperty("name").GetString())));
        Assert.Equal("Q42", organization.GetProperty("wikidata").GetString());
        Assert.Equal("123456789", organization.GetProperty("viaf").GetString());
        Assert.Equal("02mhbdp94", organization.GetProperty("ror").GetString());
    }

    public void Dispose()
    {
        _client.Dispose();
        _api.Dispose();
        _content.Dispose();
    }
}
