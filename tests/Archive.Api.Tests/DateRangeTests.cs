using Archive.Testing;

namespace Archive.Api.Tests;

/// <summary>
/// The date-overlap rule, on letters dated to a day, a month and a year: a letter covers its whole month or year,
/// and matches from/to when that range overlaps the asked one.
/// </summary>
public sealed class DateRangeTests : IDisposable
{
    private readonly TemporaryContent _content = new TemporaryContent()
        .Organization("forsc", "name: FORSC\ncountries: [BI]")
        .Write("sources/x.txt", "x")
        .Letter("2010-02-15-day", "title: Day\ndate: 2010-02-15\nsource: sources/x.txt\nsignatories:\n  - name: FORSC")
        .Letter("2010-02-month", "title: Month\ndate: 2010-02\nsource: sources/x.txt\nsignatories:\n  - name: FORSC")
        .Letter("2010-year", "title: Year\ndate: 2010\nundated: true\ndate_note: Estimated.\nsource: sources/x.txt\nsignatories:\n  - name: FORSC");

    [Theory]
    [InlineData("from=2010-02-28", new[] { "2010-02-month", "2010-year" })]
    [InlineData("to=2010-02-01", new[] { "2010-02-month", "2010-year" })]
    [InlineData("from=2010-02-15&to=2010-02-15", new[] { "2010-02-15-day", "2010-02-month", "2010-year" })]
    [InlineData("from=2010-03-01", new[] { "2010-year" })]
    [InlineData("to=2010-01-31", new[] { "2010-year" })]
    [InlineData("from=2010-12-31", new[] { "2010-year" })]
    [InlineData("from=2011-01-01", new string[0])]
    [InlineData("to=2009-12-31", new string[0])]
    [InlineData("year=2010", new[] { "2010-02-15-day", "2010-02-month", "2010-year" })]
    public async Task A_month_or_year_matches_when_its_range_overlaps(string query, string[] expected)
    {
        using var factory = ApiFactory.For(_content.Root);
        using var client = factory.CreateClient();

        var letters = await client.GetJson("/api/v1/letters?" + query);
        var search = await client.GetJson("/api/v1/search?" + query);

        Assert.Equal(expected.Order(), letters.Ids().Order());
        Assert.Equal(expected.Order(), search.Ids().Order());
    }

    public void Dispose() => _content.Dispose();
}
