namespace Archive.SiteGen.Build.Pages;

/// <summary>
/// Every kind of page, in the order the site lists them (the sitemap's order): the home page, the letters list,
/// the organizations and countries indexes, search, the About page, the downloads, the 404 page, then every letter, organization and
/// country.
/// A new kind of page is one new <see cref="PageKind"/> and one line here.
/// </summary>
internal static class PageKinds
{
    public static IReadOnlyList<PageKind> All { get; } =
    [
        new HomeKind(),
        new LettersKind(),
        new OrganizationsKind(),
        new CountriesKind(),
        new SearchKind(),
        new AboutKind(),
        new DataKind(),
        new NotFoundKind(),
        new LetterKind(),
        new OrganizationKind(),
        new CountryKind(),
    ];
}
