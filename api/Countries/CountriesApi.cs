using Archive.Api.Content;
using Archive.Api.Http;
using Archive.Api.Letters;
using Archive.Api.Organizations;
using Archive.Api.Paging;
using Archive.Api.Parameters;
using Archive.Core.Addresses;
using Archive.Core.Content;
using Archive.Core.Countries;
using Archive.Core.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Archive.Api.Countries;

/// <summary><c>/api/v1/countries</c>: the countries of the archive's organizations and letters, each one, and each one's whole lists.</summary>
internal static class CountriesApi
{
    public const string ListName = "countries";

    public static RouteGroupBuilder MapCountries(this RouteGroupBuilder api)
    {
        var countries = api.MapGroup(ApiRoutes.Countries).WithTags("Countries");
        countries.MapGet("/", ListCountries)
            .WithName("ListCountries")
            .WithSummary("List countries, A–Z by name")
            .WithDescription("Every country with an organization in the archive or a letter signed for it, with its number of organizations (based there) and of letters (with a signatory standing for it: printed with the country, else of an organization there). Paged like every list.");
        countries.MapGet("/{code}", GetCountry)
            .WithName("GetCountry")
            .WithMetadata(PathDeterminesResponse.Instance)
            .WithSummary("Get one country")
            .WithDescription("The code is ISO 3166-1 alpha-2 in any case (UG, ug). The country's organizations (A–Z) and letters (newest first), the first 100 of each, with their counts and links to the whole lists.");
        countries.MapGet("/{code}/organizations", ListCountryOrganizations)
            .WithName("ListCountryOrganizations")
            .WithSummary("List a country's organizations, A–Z")
            .WithDescription("The organizations based in the country, paged like every list.");
        countries.MapGet("/{code}/letters", ListCountryLetters)
            .WithName("ListCountryLetters")
            .WithSummary("List a country's letters, newest first")
            .WithDescription("The letters with a signatory standing for the country (as country=code filters the letters), paged like every list.");
        return api;
    }

    // The same envelope as the other lists ({ items, total, links }), so partners page through every list one way.
    public static Results<Ok<Page<CountrySummary>>, Problem<Status400BadRequest>> ListCountries([AsParameters] PagingParameters paging, LoadedArchive archive, HttpContext http)
    {
        var read = new ReadQuery();
        var request = read.Paging(paging, ListName);
        if (read.Problem is { } invalid)
        {
            return new Problem<Status400BadRequest>(invalid);
        }

        var countries = archive.Content.Countries;
        if (!Paginate.TrySlice(countries, c => c.Country.Code.Value, ListName, request, http, out var page, out var problem))
        {
            return new Problem<Status400BadRequest>(problem);
        }

        return TypedResults.Ok(new Page<CountrySummary>([.. page.Items.Select(c => CountrySummary.From(c, archive.Content))], countries.Count, page.Links));
    }

    public static Results<Ok<CountryDetail>, Problem<Status400BadRequest>, Problem<Status404NotFound>> GetCountry(string code, LoadedArchive archive)
    {
        var (profile, bad, missing) = Find(code, archive.Content);
        return profile is not null ? TypedResults.Ok(CountryDetail.From(profile, archive.Content)) : bad is not null ? bad : missing!;
    }

    public static Results<Ok<Page<OrganizationSummary>>, Problem<Status400BadRequest>, Problem<Status404NotFound>> ListCountryOrganizations(
        string code, [AsParameters] PagingParameters paging, LoadedArchive archive, HttpContext http)
    {
        var (profile, bad, missing) = Find(code, archive.Content);
        if (profile is null)
        {
            return bad is not null ? bad : missing!;
        }

        var list = ApiRoutes.CountryOrganizations(profile.Country.Code);
        var read = new ReadQuery();
        var request = read.Paging(paging, list);
        if (read.Problem is { } invalid)
        {
            return new Problem<Status400BadRequest>(invalid);
        }

        if (!Paginate.TrySlice(profile.Organizations, o => o.Id, list, request, http, out var page, out var problem))
        {
            return new Problem<Status400BadRequest>(problem);
        }

        return TypedResults.Ok(new Page<OrganizationSummary>([.. page.Items.Select(o => OrganizationSummary.From(o, archive.Content))], profile.Organizations.Count, page.Links));
    }

    public static Results<Ok<Page<LetterSummary>>, Problem<Status400BadRequest>, Problem<Status404NotFound>> ListCountryLetters(
        string code, [AsParameters] PagingParameters paging, LoadedArchive archive, HttpContext http)
    {
        var (profile, bad, missing) = Find(code, archive.Content);
        if (profile is null)
        {
            return bad is not null ? bad : missing!;
        }

        var list = ApiRoutes.CountryLetters(profile.Country.Code);
        var read = new ReadQuery();
        var request = read.Paging(paging, list);
        if (read.Problem is { } invalid)
        {
            return new Problem<Status400BadRequest>(invalid);
        }

        if (!Paginate.TrySlice(profile.Letters, l => l.Id, list, request, http, out var page, out var problem))
        {
            return new Problem<Status400BadRequest>(problem);
        }

        return TypedResults.Ok(new Page<LetterSummary>([.. page.Items.Select(l => LetterSummary.From(l, archive.Content))], profile.Letters.Count, page.Links));
    }

    // The country of a code in the path (any case), or why there is none: a malformed code is a 400, a code ISO 3166-1
    // does not have, or a country the archive has nothing of, a 404.
    private static (CountryProfile? Profile, Problem<Status400BadRequest>? Bad, Problem<Status404NotFound>? Missing) Find(string code, ArchiveContent archive)
    {
        if (code.Length == 2 && code.All(char.IsAsciiLetter) && !CountryTable.TryGetByCode(code, out _))
        {
            return (null, null, new Problem<Status404NotFound>(Problems.NotFound($"'{code}' is not an ISO 3166-1 alpha-2 country code. Countries are listed at {ApiRoutes.Root}{ApiRoutes.Countries}.")));
        }

        var read = new ReadQuery();
        var country = read.Country(code, "code");
        if (read.Problem is { } invalid || country is not { } found)
        {
            return (null, new Problem<Status400BadRequest>(read.Problem!), null);
        }

        return archive.FindCountry(found) is { } profile
            ? (profile, null, null)
            : (null, null, new Problem<Status404NotFound>(Problems.NotFound($"The archive has no organization in {CountryTable.Get(found).Name} ({found}) and no letter signed for it. Countries are listed at {ApiRoutes.Root}{ApiRoutes.Countries}.")));
    }
}
