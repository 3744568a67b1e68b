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
            .WithDescription("Its names, countries, website, the letters it signed (oldest first) and the organizations that signed with it (most shared letters first), the first 100 of each, with their counts and links to the whole lists. An id in another case is redirected (308) to the canonical id.")
            .Produces(StatusCodes.Status308PermanentRedirect);
        organizations.MapGet("/{id}/letters", ListOrganizationLetters)
            .WithName("ListOrganizationLetters")
            .WithSummary("List the letters an organization signed, oldest first")
            .WithDescription("Paged like every list. An id in another case is redirected (308) to the canonical id.")
            .Produces(StatusCodes.Status308PermanentRedirect);
        organizations.MapGet("/{id}/co-signers", ListCoSigners)
            .WithName("ListCoSigners")
            .WithSummary("List the organizations that signed with an organization, most shared letters first")
            .WithDescription("Ties A–Z. Paged like every list. An id in another case is redirected (308) to the canonical id.")
            .Produces(StatusCodes.Status308PermanentRedirect);
        return api;
    }

    /// <summary>The path of an organization's letters from the API's root: <c>/organizations/x/letters</c>.</summary>
    public static string LettersOf(string id) => $"{ApiRoutes.Organizations}/{id}/letters";

    /// <summary>The path of an organization's co-signers from the API's root: <c>/organizations/x/co-signers</c>.</summary>
    public static string CoSignersOf(string id) => $"{ApiRoutes.Organizations}/{id}/co-signers";

    public static Results<Ok<Page<OrganizationSummary>>, Problem<Status400BadRequest>> ListOrganizations(
        [FromQuery(Name = "country")][Description("Only organizations based in this country (their countries): an ISO 3166-1 alpha-2 code, any case. Repeat for any of several: country=dk&country=ug.")] string[]? country,
        [FromQuery(Name = "q")][Description("A prefix of a name, acronym or alias (or of a word in one), ignoring case and accents.")] string? q,
        [AsParameters] ChangedSinceParameter changed,
        [AsParameters] PagingParameters paging,
        LoadedArchive archive,
        HttpContext http)
    {
        var read = new ReadQuery();
        var codes = read.Countries(country);
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
            .Where(o => codes.Count == 0 || o.Countries.Any(codes.Contains))
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

    public static Results<Ok<OrganizationDetail>, RedirectHttpResult, Problem<Status404NotFound>> GetOrganization(string id, LoadedArchive archive, HttpContext http)
    {
        if (archive.Content.FindOrganization(id) is { } organization)
        {
            return TypedResults.Ok(OrganizationDetail.From(organization, archive.Content));
        }

        return Redirect(id, archive, http, "") is { } redirect ? redirect : NotFound(id);
    }

    public static Results<Ok<Page<SignedLetter>>, RedirectHttpResult, Problem<Status400BadRequest>, Problem<Status404NotFound>> ListOrganizationLetters(
        string id, [AsParameters] PagingParameters paging, LoadedArchive archive, HttpContext http)
    {
        if (archive.Content.FindOrganization(id) is not { } organization)
        {
            return Redirect(id, archive, http, "/letters") is { } redirect ? redirect : NotFound(id);
        }

        var list = LettersOf(organization.Id);
        var letters = archive.Content.LettersSignedBy(organization.Id);
        var read = new ReadQuery();
        var request = read.Paging(paging, list);
        if (read.Problem is { } invalid)
        {
            return new Problem<Status400BadRequest>(invalid);
        }

        if (!Paginate.TrySlice(letters, l => l.Id, list, request, http, out var page, out var problem))
        {
            return new Problem<Status400BadRequest>(problem);
        }

        return TypedResults.Ok(new Page<SignedLetter>([.. page.Items.Select(l => SignedLetter.From(l, archive.Content))], letters.Count, page.Links));
    }

    public static Results<Ok<Page<CoSignerJson>>, RedirectHttpResult, Problem<Status400BadRequest>, Problem<Status404NotFound>> ListCoSigners(
        string id, [AsParameters] PagingParameters paging, LoadedArchive archive, HttpContext http)
    {
        if (archive.Content.FindOrganization(id) is not { } organization)
        {
            return Redirect(id, archive, http, "/co-signers") is { } redirect ? redirect : NotFound(id);
        }

        var list = CoSignersOf(organization.Id);
        var read = new ReadQuery();
        var request = read.Paging(paging, list);
        if (read.Problem is { } invalid)
        {
            return new Problem<Status400BadRequest>(invalid);
        }

        var coSigners = archive.Content.CoSignersOf(organization.Id);
        if (!Paginate.TrySlice(coSigners, c => c.Organization.Id, list, request, http, out var page, out var problem))
        {
            return new Problem<Status400BadRequest>(problem);
        }

        return TypedResults.Ok(new Page<CoSignerJson>([.. page.Items.Select(CoSignerJson.From)], coSigners.Count, page.Links));
    }

    // No organization has this id exactly: to the one that has it in another case, if any.
    private static RedirectHttpResult? Redirect(string id, LoadedArchive archive, HttpContext http, string rest) =>
        CanonicalId.IgnoringCase(archive.Content.Organizations, o => o.Id, id) is { } organization
            ? CanonicalId.Redirect(http, $"{ApiRoutes.Root}{ApiRoutes.Organizations}/{organization.Id}{rest}")
            : null;

    private static Problem<Status404NotFound> NotFound(string id) =>
        new(Problems.NotFound($"No organization has the id '{id}'. Organization ids are listed at {ApiRoutes.Root}{ApiRoutes.Organizations}."));
}
