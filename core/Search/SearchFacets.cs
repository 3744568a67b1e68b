namespace Archive.Core.Search;

/// <summary>
/// How the letters of a result set divide by signing organization, by country and by year. Computed over the
/// whole result set, not one page, so the counts tell a reader where narrowing leads. Organizations and countries
/// list their 100 most frequent values: a result can be signed by thousands of organizations, and a facet is for
/// narrowing, not an index of them (the organizations list is).
/// </summary>
/// <param name="Organizations">Letters per signing organization, most first (ties A–Z), at most 100.</param>
/// <param name="Countries">Letters per country of a signatory, most first (ties A–Z), at most 100.</param>
/// <param name="Years">Letters per year, newest year first (every year).</param>
public sealed record SearchFacets(IReadOnlyList<FacetCount> Organizations, IReadOnlyList<FacetCount> Countries, IReadOnlyList<FacetCount> Years)
{
    /// <summary>How many organizations and how many countries a facet lists at most (the documentation above says 100 in words, for the API's readers).</summary>
    public const int MaxValues = 100;
}
