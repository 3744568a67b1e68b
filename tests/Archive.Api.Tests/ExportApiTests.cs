using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Archive.Api.Export;
using Archive.Core.Export;

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
    public async Task Signatories_csv_has_one_row_per_letter_and_signer_organization_or_person()
    {
        using var response = await _client.GetAsync("/api/v1/export/signatories.csv");
        var rows = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var letters = await _client.GetJson("/api/v1/letters");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("letterId,date,name,organizationId,countries,signer,printedCountries", rows[0]);
        Assert.Equal(letters.GetProperty("items").EnumerateArray().Sum(l => l.GetProperty("signatoryCount").GetInt32() + l.GetProperty("peopleCount").GetInt32()), rows.Length - 1);
        Assert.Contains("2009-07-20-ga-debate-on-rtop,2009-07-20,DanChurchAid,danchurchaid,DK,organization,DK", rows);
        Assert.Contains(rows, r => r.StartsWith("2008-rtop-at-the-63rd-general-assembly,2008,", StringComparison.Ordinal) && r.EndsWith(",,,person,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_letter_signed_only_by_people_has_a_row_for_each_of_them()
    {
        var letter = await _client.GetJson("/api/v1/letters/2012-08-16-dialogue-on-the-third-pillar");
        var rows = (await _client.GetStringAsync("/api/v1/export/signatories.csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        var people = letter.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).ToList();
        Assert.Empty(letter.GetProperty("signatories").EnumerateArray());
        Assert.NotEmpty(people);
        Assert.Equal(
            people.Select(name => $"2012-08-16-dialogue-on-the-third-pillar,2012-08-16,{Csv.Cell(name)},,,person,"),
            rows.Where(r => r.StartsWith("2012-08-16-dialogue-on-the-third-pillar,", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Signatories_csv_starts_with_the_utf8_byte_order_mark_only_when_asked()
    {
        var plain = await _client.GetByteArrayAsync("/api/v1/export/signatories.csv");
        var explicitlyPlain = await _client.GetByteArrayAsync("/api/v1/export/signatories.csv?bom=false");
        using var response = await _client.GetAsync("/api/v1/export/signatories.csv?bom=true");
        var marked = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal((byte)'l', plain[0]);
        Assert.Equal(plain, explicitlyPlain);
        Assert.Equal([0xEF, 0xBB, 0xBF, .. plain], marked);
        Assert.Equal("signatories.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.False(response.Headers.ETag!.IsWeak);
        Assert.NotEqual((await _client.GetAsync("/api/v1/export/signatories.csv")).Headers.ETag, response.Headers.ETag);
    }

    [Theory]
    [InlineData("bom=yes")]
    [InlineData("bom=TRUE")]
    [InlineData("bom=1")]
    public async Task A_bom_other_than_true_or_false_is_a_400_naming_it(string query)
    {
        var problem = await _client.GetProblem("/api/v1/export/signatories.csv?" + query, HttpStatusCode.BadRequest);

        Assert.Equal("bom", problem.GetProperty("parameter").GetString());
        Assert.Contains("is not one of true, false", problem.Detail());
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
        Assert.Equal(cell, Csv.Cell(value));
    }

    [Fact]
    public async Task Letters_jsonl_lines_are_each_valid_json()
    {
        var text = await _client.GetStringAsync("/api/v1/export/letters.jsonl");

        Assert.All(text.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => JsonDocument.Parse(line).Dispose());
    }

    [Theory]
    [InlineData("/api/v1/export/letters.jsonl")]
    [InlineData("/api/v1/export/signatories.csv")]
    public async Task An_export_has_validators_and_ranges_so_a_broken_download_resumes(string url)
    {
        var whole = await _client.GetAsync(url);
        var bytes = await whole.Content.ReadAsByteArrayAsync();

        Assert.Equal("bytes", whole.Headers.AcceptRanges.Single());
        Assert.False(whole.Headers.ETag!.IsWeak);
        Assert.NotNull(whole.Content.Headers.LastModified);
        Assert.Equal("public, max-age=300", whole.Headers.CacheControl?.ToString());

        using var resume = new HttpRequestMessage(HttpMethod.Get, url);
        resume.Headers.Range = new RangeHeaderValue(100, null);
        resume.Headers.IfRange = new RangeConditionHeaderValue(whole.Headers.ETag);
        using var rest = await _client.SendAsync(resume);
        Assert.Equal(HttpStatusCode.PartialContent, rest.StatusCode);
        Assert.Equal($"bytes 100-{bytes.Length - 1}/{bytes.Length}", rest.Content.Headers.ContentRange?.ToString());
        Assert.Equal(bytes[100..], await rest.Content.ReadAsByteArrayAsync());

        // A copy that is no longer current gets the whole new file, not a piece of it.
        using var stale = new HttpRequestMessage(HttpMethod.Get, url);
        stale.Headers.Range = new RangeHeaderValue(100, null);
        stale.Headers.IfRange = new RangeConditionHeaderValue(new EntityTagHeaderValue("\"old\""));
        using var full = await _client.SendAsync(stale);
        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
        Assert.Equal(bytes.Length, (await full.Content.ReadAsByteArrayAsync()).Length);

        using var revalidate = new HttpRequestMessage(HttpMethod.Get, url);
        revalidate.Headers.IfNoneMatch.Add(whole.Headers.ETag);
        using var notModified = await _client.SendAsync(revalidate);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task An_export_is_sent_precompressed_with_a_tag_of_its_own(string encoding)
    {
        using var plain = await _client.GetAsync("/api/v1/export/letters.jsonl");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/export/letters.jsonl");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        using var compressed = await _client.SendAsync(request);
        var body = await compressed.Content.ReadAsByteArrayAsync();

        Assert.Equal([encoding], compressed.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", compressed.Headers.Vary);
        Assert.NotEqual(plain.Headers.ETag, compressed.Headers.ETag);
        await using Stream decompress = encoding == "gzip"
            ? new GZipStream(new MemoryStream(body), CompressionMode.Decompress)
            : new BrotliStream(new MemoryStream(body), CompressionMode.Decompress);
        Assert.Equal(await plain.Content.ReadAsStringAsync(), await new StreamReader(decompress).ReadToEndAsync());
    }

    [Fact]
    public async Task Each_export_is_made_once_into_files_and_later_downloads_read_them()
    {
        using var factory = new ApiFactory();
        using var client = factory.CreateClient();

        var downloads = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.GetByteArrayAsync("/api/v1/export/letters.jsonl")));

        Assert.All(downloads, d => Assert.Equal(downloads[0], d));
        var files = Directory.GetFiles(factory.ExportFolder, "letters.jsonl*", SearchOption.AllDirectories).Select(Path.GetFileName).Order();
        Assert.Equal(["letters.jsonl", "letters.jsonl.br", "letters.jsonl.gz"], files);
        Assert.Equal(downloads[0], File.ReadAllBytes(Directory.GetFiles(factory.ExportFolder, "letters.jsonl", SearchOption.AllDirectories).Single()));
    }
}
