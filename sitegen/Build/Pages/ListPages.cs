namespace Archive.SiteGen.Build.Pages;

/// <summary>The data of the home page.</summary>
internal sealed record HomePage(string Description, int LetterCount, int OrganizationCount, int CountryCount, IReadOnlyList<LetterSummary> Latest);

/// <summary>The data of <c>/letters/</c>: every letter, newest first, by year.</summary>
internal sealed record LettersPage(int LetterCount, IReadOnlyList<YearGroup> Years);

/// <summary>The letters of one year.</summary>
internal sealed record YearGroup(int Year, IReadOnlyList<LetterSummary> Letters);

/// <summary>The data of <c>/organizations/</c>: every organization A–Z, by first letter.</summary>
internal sealed record OrganizationsPage(int OrganizationCount, IReadOnlyList<InitialGroup> Groups);

/// <summary>The organizations whose names start with one letter (<c>#</c> for digits and signs).</summary>
internal sealed record InitialGroup(string Initial, string Anchor, IReadOnlyList<OrganizationEntry> Organizations);

/// <summary>The data of <c>/countries/</c>.</summary>
internal sealed record CountriesPage(IReadOnlyList<CountryEntry> Countries);

/// <summary>A country in the list, with its counts.</summary>
internal sealed record CountryEntry(string Name, string Code, string Url, int OrganizationCount, int LetterCount);

/// <summary>The data of <c>/countries/{code}/</c>.</summary>
internal sealed record CountryPage(string Name, string Code, IReadOnlyList<OrganizationEntry> Organizations, IReadOnlyList<LetterSummary> Letters);

/// <summary>The data of the search page: where Pagefind's script is.</summary>
internal sealed record SearchPage(string PagefindScript);

/// <summary>The data of the 404 page.</summary>
internal sealed record NotFoundPage(string SearchUrl);
