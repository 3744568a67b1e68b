using Archive.Api.Content;
using Archive.Api.Http;
using Archive.Api.Paging;
using Archive.Api.Parameters;
using Archive.Core.Addresses;
using Archive.Core.Countries;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Archive.Api.Countries;

/// <summary><c>/api/v1/countries</c>: the countries the archive's organizations are in, and each one.</summary>
internal static class CountriesApi
{
    public const string ListName = "countries";

    public static RouteGroupBuilder MapCountries(this RouteGroupBuilder api)
    {
        var countries = api.MapGroup(ApiRoutes.Countries).WithTags("Countries");
        countries.MapGet("/", ListCountries)
            .WithName("ListCountries")
            .WithSummary("List countries, A–Z by name")
            .WithDescription("Every country with at least one organization in the archive, with its number of organizations and of letters they signed. Paged like every list.");
        countries.MapGet("/{code}", GetCountry)
            .WithName("GetCountry")
            .WithMetadata(PathDeterminesResponse.Instance)
            .WithSummary("Get one country")
            .WithDescription("The code is ISO 3166-1 alpha-2 in any case (UG, ug). Lists the country's organizations and the letters they signed.");
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
        if (code.Length == 2 && code.All(char.IsAsciiLetter) && !CountryTable.TryGetByCode(code, out _))
        {
            return new Problem<Status404NotFound>(Problems.NotFound($"'{code}' is not an ISO 3166-1 alpha-2 country code. Countries are listed at {ApiRoutes.Root}{ApiRoutes.Countries}."));
        }

        var read = new ReadQuery();
        var country = read.Country(code, "code");
        if (read.Problem is { } invalid || country is not { } found)
        {
            return new Problem<Status400BadRequest>(read.Problem!);
        }

        return archive.Content.FindCountry(found) is { } profile
            ? TypedResults.Ok(CountryDetail.From(profile, archive.Content))
            : new Problem<Status404NotFound>(Problems.NotFound($"The archive has no organization in {CountryTable.Get(found).Name} ({found}). Countries are listed at {ApiRoutes.Root}{ApiRoutes.Countries}."));
    }
}
