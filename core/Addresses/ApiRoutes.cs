using Archive.Core.Countries;

namespace Archive.Core.Addresses;

/// <summary>
/// The API's addresses: the route of each resource under <see cref="Root"/>, as the API maps them and as the site and
/// <c>site.yml</c>'s default <c>api_url</c> link to them. Route templates use ASP.NET Core's syntax.
/// </summary>
public static class ApiRoutes
{
    /// <summary>Where version 1 of the API answers, from the site's root.</summary>
    public const string Root = "/api/v1";

    /// <summary>The API's address relative to the site's base URL: <c>site.yml</c>'s <c>api_url</c> by default.</summary>
    public const string DefaultBase = "api/v1/";

    /// <summary>The letters: the list, and <c>/{id}</c> for one.</summary>
    public const string Letters = "/letters";

    /// <summary>The organizations: the list, and <c>/{id}</c> for one.</summary>
    public const string Organizations = "/organizations";

    /// <summary>The countries: the list, and <c>/{code}</c> for one.</summary>
    public const string Countries = "/countries";

    /// <summary>Full-text search.</summary>
    public const string Search = "/search";

    /// <summary>The exports: the same files as the site's <c>/data/</c> (<see cref="LettersExport"/>, <see cref="SignatoriesExport"/>, <see cref="OrganizationsExport"/>, <see cref="CountriesExport"/>, <see cref="CoSignaturesExport"/>).</summary>
    public const string Export = "/export";

    /// <summary>Every whole letter, one JSON object per line.</summary>
    public const string LettersExport = "/letters.jsonl";

    /// <summary>One CSV row per letter and signatory.</summary>
    public const string SignatoriesExport = "/signatories.csv";

    /// <summary>One CSV row per organization.</summary>
    public const string OrganizationsExport = "/organizations.csv";

    /// <summary>One CSV row per country.</summary>
    public const string CountriesExport = "/countries.csv";

    /// <summary>One CSV row per pair of organizations that signed a letter together.</summary>
    public const string CoSignaturesExport = "/co-signatures.csv";

    /// <summary>The OpenAPI document, under <c>/api/</c> so a proxy of <c>/api/*</c> reaches it.</summary>
    public const string OpenApiDocument = "/api/openapi/v1.json";

    /// <summary>The API's reference page, beside its OpenAPI document.</summary>
    public const string Docs = "/api/docs";

    /// <summary>The health check, outside the versioned root.</summary>
    public const string Health = "/healthz";

    /// <summary>A letter, relative to the API's base address (<c>api_url</c>): <c>letters/{id}</c>.</summary>
    public static string Letter(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return $"{Letters.TrimStart('/')}/{Uri.EscapeDataString(id)}";
    }

    /// <summary>The letters an organization signed, from the API's root: <c>/organizations/{id}/letters</c>.</summary>
    public static string OrganizationLetters(string id) => $"{Organizations}/{id}/letters";

    /// <summary>The organizations that signed with one, from the API's root: <c>/organizations/{id}/co-signers</c>.</summary>
    public static string OrganizationCoSigners(string id) => $"{Organizations}/{id}/co-signers";

    /// <summary>A country's organizations, from the API's root: <c>/countries/dk/organizations</c>.</summary>
    public static string CountryOrganizations(CountryCode code) => $"{Countries}/{code.Slug}/organizations";

    /// <summary>A country's letters, from the API's root: <c>/countries/dk/letters</c>.</summary>
    public static string CountryLetters(CountryCode code) => $"{Countries}/{code.Slug}/letters";
}
