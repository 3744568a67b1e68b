using System.Text.Json;

namespace Archive.Api.Tests;

/// <summary>
/// A single country or organization shows the first 100 items of each of its long lists, with their counts and links
/// to the whole lists, paged like every list (issue 18: a country with hundreds of organizations was 450 KB).
/// </summary>
public sealed class LongListTests(GeneratedArchive generated) : IClassFixture<GeneratedArchive>
{
    private readonly HttpClient _client = generated.Api.CreateClient();

    [Fact]
    public async Task A_country_shows_its_first_100_organizations_and_letters_and_links_to_the_whole_lists()
    {
        var (code, _) = await Busiest("/api/v1/countries?pageSize=100", "organizationCount");
        var country = await _client.GetJson($"/api/v1/countries/{code}");
        var organizationCount = country.GetProperty("organizationCount").GetInt32();

        Assert.True(organizationCount > 100, $"{code} has {organizationCount} organizations");
        Assert.Equal(100, country.GetProperty("organizations").GetArrayLength());
        Assert.Equal(Math.Min(100, country.GetProperty("letterCount").GetInt32()), country.GetProperty("letters").GetArrayLength());

        var organizations = await Whole(country.GetProperty("links").GetProperty("organizations").GetString()!);
        Assert.Equal(organizationCount, organizations.Count);
        Assert.Equal(Ids(country.GetProperty("organizations")), organizations.Take(100).Select(o => o.GetProperty("id").GetString()!));
        Assert.Equal(await AllIds($"/api/v1/organizations?country={code}"), organizations.Select(o => o.GetProperty("id").GetString()!));

        var letters = await Whole(country.GetProperty("links").GetProperty("letters").GetString()!);
        Assert.Equal(await AllIds($"/api/v1/letters?country={code}"), letters.Select(l => l.GetProperty("id").GetString()!));
    }

    [Fact]
    public async Task An_organization_shows_its_first_100_co_signers_and_links_to_them_all()
    {
        var (id, _) = await Busiest("/api/v1/organizations?pageSize=100", "letterCount");
        var organization = await _client.GetJson($"/api/v1/organizations/{id}");
        var coSignerCount = organization.GetProperty("coSignerCount").GetInt32();

        Assert.True(coSignerCount > 100, $"{id} has {coSignerCount} co-signers");
        Assert.Equal(100, organization.GetProperty("coSigners").GetArrayLength());
        var coSigners = await Whole(organization.GetProperty("links").GetProperty("coSigners").GetString()!);
        Assert.Equal(coSignerCount, coSigners.Count);
        Assert.Equal(
            organization.GetProperty("coSigners").EnumerateArray().Select(c => c.GetRawText()),
            coSigners.Take(100).Select(c => c.GetRawText()));
        Assert.Equal(coSigners.Select(c => c.GetProperty("count").GetInt32()).OrderDescending(), coSigners.Select(c => c.GetProperty("count").GetInt32()));

        var letters = await Whole(organization.GetProperty("links").GetProperty("letters").GetString()!);
        Assert.Equal(organization.GetProperty("letterCount").GetInt32(), letters.Count);
        Assert.Equal(await AllIds($"/api/v1/letters?organization={id}"), letters.Select(l => l.GetProperty("id").GetString()!).Reverse());
    }

    [Fact]
    public async Task A_whole_list_leads_on_with_a_link_header_to_its_next_page()
    {
        var (code, _) = await Busiest("/api/v1/countries?pageSize=100", "organizationCount");

        using var response = await _client.GetAsync($"/api/v1/countries/{code}/organizations?pageSize=50");

        var link = string.Join(", ", response.Headers.GetValues("Link"));
        Assert.Contains($"/api/v1/countries/{code}/organizations?pageSize=50&page=2>; rel=\"next\"", link, StringComparison.Ordinal);
    }

    private async Task<(string Id, int Count)> Busiest(string list, string count)
    {
        var items = (await _client.GetJson(list)).GetProperty("items").EnumerateArray();
        var busiest = items.MaxBy(i => i.GetProperty(count).GetInt32());
        return (busiest.TryGetProperty("code", out var code) ? code.GetString()! : busiest.GetProperty("id").GetString()!, busiest.GetProperty(count).GetInt32());
    }

    // Every item of a list, by its page links, from an address as the API wrote it (on the site's api_url).
    private async Task<List<JsonElement>> Whole(string address)
    {
        var items = new List<JsonElement>();
        string? next = new Uri(address).PathAndQuery + (address.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "pageSize=100";
        while (next is not null)
        {
            var page = await _client.GetJson(next);
            items.AddRange(page.GetProperty("items").EnumerateArray());
            next = page.GetProperty("links").GetProperty("next").GetString();
        }

        return items;
    }

    private async Task<List<string>> AllIds(string list) =>
        [.. (await Whole("http://localhost" + list)).Select(i => i.GetProperty("id").GetString()!)];

    private static IEnumerable<string> Ids(JsonElement array) => array.EnumerateArray().Select(i => i.GetProperty("id").GetString()!);
}
