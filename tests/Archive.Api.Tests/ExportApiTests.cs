using System.Text.Json;
using Archive.Api.Export;

namespace Archive.Api.Tests;

[Collection(SharedApi.Name)]
public sealed class ExportApiTests(ApiFactory api)
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task Letters_jsonl_has_one_whole_letter_per_line_like_the_letter_route()
    {
        using var response = await _client.GetAsync("/api/v1/export/letters.jsonl");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("letters.jsonl", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(5, lines.Length);
        var single = await _client.GetStringAsync("/api/v1/letters/2012-08-16-dialogue-on-the-third-pillar");
        Assert.Equal(single, lines[0]);
    }

    [Fact]
    public async Task Signatories_csv_has_one_row_per_letter_and_signatory()
    {
        using var response = await _client.GetAsync("/api/v1/export/signatories.csv");
        var rows = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var letters = await _client.GetJson("/api/v1/letters");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("letterId,date,name,organizationId,countries", rows[0]);
        Assert.Equal(letters.GetProperty("items").EnumerateArray().Sum(l => l.GetProperty("signatoryCount").GetInt32()), rows.Length - 1);
        Assert.Contains("2009-07-20-ga-debate-on-rtop,2009-07-20,DanChurchAid,danchurchaid,DK", rows);
        Assert.Contains(rows, r => r.StartsWith("2008-rtop-at-the-63rd-general-assembly,2008,", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("Gay & Lesbian Network", "Gay & Lesbian Network")]
    [InlineData("Smith, Jones", "\"Smith, Jones\"")]
    [InlineData("the \"Forum\"", "\"the \"\"Forum\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("", "")]
    public void A_csv_cell_is_quoted_per_rfc_4180_and_cannot_start_a_formula(string value, string cell)
    {
        Assert.Equal(cell, SignatoriesCsv.Cell(value));
    }

    [Fact]
    public async Task Letters_jsonl_lines_are_each_valid_json()
    {
        var text = await _client.GetStringAsync("/api/v1/export/letters.jsonl");

        Assert.All(text.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => JsonDocument.Parse(line).Dispose());
    }
}
