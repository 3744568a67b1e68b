using System.Globalization;
using Archive.Core.Content;
using Archive.Core.Countries;
using Archive.Core.Search;
using Archive.Testing;

namespace Archive.Core.Tests.Search;

/// <summary>
/// Facets are counted from numbers made at index time, and for a result covering most of the archive by taking the
/// letters that did not match from the whole archive's counts: both ways must give exactly what counting each
/// matching letter's signatories by hand gives, in the same order.
/// </summary>
public sealed class SearchFacetsTests
{
    private static readonly ArchiveContent Archive = LoadContent.FromFolder(RepositoryPaths.Content).Content!;
    private static readonly SearchIndex Index = SearchIndex.Build(Archive);

    [Theory]
    [InlineData("")]
    [InlineData("pillar")]
    [InlineData("NOT pillar")]
    [InlineData("\"responsibility to protect\"")]
    [InlineData("nothingmatchesthis")]
    public void Facets_are_the_counts_of_the_matching_letters_by_hand(string text)
    {
        Assert.True(Index.TryParse(text, out var query, out var problem), problem);
        var hits = Index.Search(query, LetterFilter.None);

        var facets = Index.FacetsOf(hits);

        var letters = hits.Select(h => h.Letter).ToList();
        Assert.Equal(
            Expected(letters.SelectMany(l => l.Signatories.Select(s => s.OrganizationId).Distinct())
                .Select(id => (id, Archive.FindOrganization(id)?.Name ?? id))),
            facets.Organizations.Select(f => (f.Value, f.Label, f.Count)));
        Assert.Equal(
            Expected(letters.SelectMany(Archive.CountriesOf).Select(c => (c.Code.Value, c.Name))),
            facets.Countries.Select(f => (f.Value, f.Label, f.Count)));
        Assert.Equal(
            letters.GroupBy(l => l.Date.Year).OrderByDescending(g => g.Key).Select(g => (g.Key.ToString(CultureInfo.InvariantCulture), g.Count())),
            facets.Years.Select(f => (f.Value, f.Count)));
    }

    [Fact]
    public void A_filter_by_country_keeps_exactly_the_letters_with_a_signatory_of_that_country()
    {
        Assert.True(Index.TryParse("", out var query, out _));
        Assert.True(CountryTable.TryGetByCode("DK", out var country));
        var denmark = new LetterFilter { Countries = [country.Code] };

        var hits = Index.Search(query, denmark);

        Assert.NotEmpty(hits);
        Assert.Equal(
            Archive.Letters.Where(l => denmark.Matches(l, Archive)).Select(l => l.Id).Order(StringComparer.Ordinal),
            hits.Select(h => h.Letter.Id).Order(StringComparer.Ordinal));
    }

    /// <summary>Each value's count, most first, ties by label A–Z then value, at most <see cref="SearchFacets.MaxValues"/>.</summary>
    private static IEnumerable<(string Value, string Label, int Count)> Expected(IEnumerable<(string Value, string Label)> occurrences) =>
        occurrences
            .GroupBy(o => o.Value, StringComparer.Ordinal)
            .Select(g => (g.Key, g.First().Label, g.Count()))
            .OrderByDescending(f => f.Item3)
            .ThenBy(f => f.Item2, NameComparer.Instance)
            .ThenBy(f => f.Item1, StringComparer.Ordinal)
            .Take(SearchFacets.MaxValues);
}
