using System.Text.Json;

namespace Archive.Api.Tests;

/// <summary>
/// One meaning of a signatory's countries everywhere (issue 18): <c>countries</c> are the countries it stands for, the
/// ones printed with it in the letter or, when the letter printed none, its organization's; the <c>country</c> filter,
/// <c>/countries</c> counts and both exports read them. <c>printedCountries</c> are what the letter printed.
/// </summary>
[Collection(SharedApi.Name)]
public sealed class CountryMeaningTests(ApiFactory api)
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task A_signatory_printed_without_a_country_stands_for_its_organizations_countries_and_says_it_printed_none()
    {
        var letter = await _client.GetJson("/api/v1/letters/2009-07-20-ga-debate-on-rtop");
        var wfuna = letter.GetProperty("signatories").EnumerateArray().Single(s => s.GetProperty("organizationId").GetString() == "world-federation-of-united-nations-associations");

        Assert.Equal(["US", "CH"], Codes(wfuna, "countries"));
        Assert.Empty(Codes(wfuna, "printedCountries"));
    }

    [Fact]
    public async Task A_signatory_printed_with_a_country_stands_for_that_country_only_not_all_of_its_organizations()
    {
        var letter = await _client.GetJson("/api/v1/letters/2008-rtop-at-the-63rd-general-assembly");
        var irri = letter.GetProperty("signatories").EnumerateArray().Single(s => s.GetProperty("organizationId").GetString() == "international-refugee-rights-initiative");
        var organization = await _client.GetJson("/api/v1/organizations/international-refugee-rights-initiative");

        Assert.Equal(["UG", "US"], organization.GetProperty("countries").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["UG"], Codes(irri, "countries"));
        Assert.Equal(["UG"], Codes(irri, "printedCountries"));
    }

    [Fact]
    public async Task Every_letter_returned_for_a_country_shows_that_country_in_its_json()
    {
        var countries = (await _client.GetJson("/api/v1/countries?pageSize=100")).GetProperty("items").EnumerateArray().Select(c => c.GetProperty("code").GetString()!);

        foreach (var code in countries)
        {
            foreach (var id in (await _client.GetJson($"/api/v1/letters?country={code}&pageSize=100")).Ids())
            {
                var letter = await _client.GetJson("/api/v1/letters/" + id);
                Assert.True(letter.GetProperty("signatories").EnumerateArray().Any(s => Codes(s, "countries").Contains(code)), $"{id} for country={code}");
            }
        }
    }

    [Fact]
    public async Task The_country_list_counts_the_letters_the_country_filter_returns()
    {
        foreach (var country in (await _client.GetJson("/api/v1/countries?pageSize=100")).GetProperty("items").EnumerateArray())
        {
            var code = country.GetProperty("code").GetString();
            var filtered = await _client.GetJson($"/api/v1/letters?country={code}&pageSize=1");
            Assert.True(country.GetProperty("letterCount").GetInt32() == filtered.GetProperty("total").GetInt32(), code);
        }
    }

    [Fact]
    public async Task The_csv_gives_the_same_countries_as_the_letter_json_and_what_was_printed()
    {
        var rows = (await _client.GetStringAsync("/api/v1/export/signatories.csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Contains("2009-07-20-ga-debate-on-rtop,2009-07-20,World Federation of United Nations Associations,world-federation-of-united-nations-associations,US;CH,organization,", rows);
        Assert.Contains(rows, r => r.StartsWith("2008-rtop-at-the-63rd-general-assembly,2008,", StringComparison.Ordinal) && r.EndsWith(",international-refugee-rights-initiative,UG,organization,UG", StringComparison.Ordinal));
    }

    internal static List<string> Codes(JsonElement signatory, string property) =>
        [.. signatory.GetProperty(property).EnumerateArray().Select(c => c.GetString()!)];
}

/// <summary>The same, counted over a whole generated archive: what a partner counts from the JSON Lines export is what the API counts.</summary>
public sealed class GeneratedCountryCountTests(GeneratedArchive generated) : IClassFixture<GeneratedArchive>
{
    private readonly HttpClient _client = generated.Api.CreateClient();

    [Fact]
    public async Task Letters_per_country_counted_from_the_jsonl_export_equal_the_country_list()
    {
        var fromExport = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in (await _client.GetStringAsync("/api/v1/export/letters.jsonl")).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var letter = JsonDocument.Parse(line);
            foreach (var code in letter.RootElement.GetProperty("signatories").EnumerateArray().SelectMany(s => CountryMeaningTests.Codes(s, "countries")).Distinct())
            {
                fromExport[code] = fromExport.GetValueOrDefault(code) + 1;
            }
        }

        var listed = (await _client.GetJson("/api/v1/countries?pageSize=100")).GetProperty("items").EnumerateArray()
            .Where(c => c.GetProperty("letterCount").GetInt32() > 0)
            .ToDictionary(c => c.GetProperty("code").GetString()!, c => c.GetProperty("letterCount").GetInt32(), StringComparer.Ordinal);
        Assert.NotEmpty(listed);
        Assert.Equal(listed.OrderBy(p => p.Key, StringComparer.Ordinal), fromExport.OrderBy(p => p.Key, StringComparer.Ordinal));
    }
}
