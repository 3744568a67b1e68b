using System.ComponentModel;
using Archive.Api.Content;
using Archive.Api.Http;
using Archive.Api.Paging;
using Archive.Api.Parameters;
using Archive.Core.Addresses;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Archive.Api.Organizations;

/// <summary><c>/api/v1/organizations</c>: the signing organizations, A–Z, and each one with its letters and co-signers.</summary>
internal static class OrganizationsApi
{
    public const string ListName = "organizations";

    public static RouteGroupBuilder MapOrganizations(this RouteGroupBuilder api)
    {
        var organizations = api.MapGroup(ApiRoutes.Organizations).WithTags("Organizations");
        organizations.MapGet("/", ListOrganizations)
            .WithName("ListOrganizations")
            .WithSummary("List organizations, A–Z")
            .WithDescription("Each with the number of letters it signed. Filter by country or by a name prefix; paged like letters.");
        organizations.MapGet("/{id}", GetOrganization)
            .WithName("GetOrganization")
            .WithMetadata(PathDeterminesResponse.Instance)
            .WithSummary("Get one organization")
            .WithDescription("Its names, countries, website, the letters it signed (oldest first) and the organizations that signed with it, most shared letters first.");
        return api;
    }

    public static Results<Ok<Page<OrganizationSummary>>, Problem<Status400BadRequest>> ListOrganizations(
        [FromQuery(Name = "country")][Description("Only organizations of this country: an ISO 3166-1 alpha-2 code, any case.")] string? country,
        [FromQuery(Name = "q")][Description("A prefix of a name, acronym or alias (or of a word in one), ignoring case and accents.")] string? q,
        [AsParameters] ChangedSinceParameter changed,
        [AsParameters] PagingParameters paging,
        LoadedArchive archive,
        HttpContext http)
    {
        var read = new ReadQuery();
        var code = read.Country(country);
        var since = changed.Read(read);
        if (q is { Length: > 200 })
        {
            read.Fail("q", $"the name is {q.Length} characters long; at most 200 are allowed");
        }

        var request = read.Paging(paging, ListName);
        if (read.Problem is { } invalid)
        {
            return new Problem<Status400BadRequest>(invalid);
        }

        var matching = archive.Content.Organizations
            .Where(o => code is not { } c || o.Countries.Contains(c))
            .Where(o => string.IsNullOrWhiteSpace(q) || OrganizationNameSearch.Matches(o, q))
            .Where(o => since is not { } moment || o.Dates.Updated >= moment)
            .ToList();
        if (!Paginate.TrySlice(matching, o => o.Id, ListName, request, http, out var page, out var problem))
        {
            return new Problem<Status400BadRequest>(problem);
        }

        return TypedResults.Ok(new Page<OrganizationSummary>(
            [.. page.Items.Select(o => OrganizationSummary.From(o, archive.Content))], matching.Count, page.Links));
    }

    public static Results<Ok<OrganizationDetail>, Problem<Status404NotFound>> GetOrganization(string id, LoadedArchive archive) =>
        archive.Content.FindOrganization(id) is { } organization
            ? TypedResults.Ok(OrganizationDetail.From(organization, archive.Content))
            : new Problem<Status404NotFound>(Problems.NotFound($"No organization has the id '{id}'. Organization ids are listed at /api/v1/organizations."));
}
