using Archive.Api.Content;
using Archive.Api.Http;
using Archive.Api.Paging;
using Archive.Api.Parameters;
using Archive.Core.Addresses;
using Archive.Core.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Archive.Api.Letters;

/// <summary><c>/api/v1/letters</c>: the letters, newest first, and each whole letter.</summary>
internal static class LettersApi
{
    public const string ListName = "letters";

    public static RouteGroupBuilder MapLetters(this RouteGroupBuilder api)
    {
        var letters = api.MapGroup(ApiRoutes.Letters).WithTags("Letters");
        letters.MapGet("/", ListLetters)
            .WithName("ListLetters")
            .WithSummary("List letters, newest first")
            .WithDescription("Filters combine (all must hold). Page with page and pageSize, or follow the cursor links; the same links are in the Link header (RFC 8288).");
        letters.MapGet("/{id}", GetLetter)
            .WithName("GetLetter")
            .WithMetadata(PathDeterminesResponse.Instance)
            .WithSummary("Get one whole letter")
            .WithDescription("The letter with its recipients, signatories (as printed, with organization ids, the countries each stands for and the countries printed with it), people, source, and its body as HTML and plain text. An id in another case is redirected (308) to the canonical id.")
            .Produces(StatusCodes.Status308PermanentRedirect);
        return api;
    }

    public static Results<Ok<Page<LetterSummary>>, Problem<Status400BadRequest>> ListLetters(
        [AsParameters] FilterParameters filters,
        [AsParameters] ChangedSinceParameter changed,
        [AsParameters] PagingParameters paging,
        LoadedArchive archive,
        HttpContext http)
    {
        var read = new ReadQuery();
        var filter = read.Filter(filters, archive.Content);
        var since = changed.Read(read);
        var request = read.Paging(paging, ListName);
        if (read.Problem is { } invalid)
        {
            return new Problem<Status400BadRequest>(invalid);
        }

        var matching = archive.Content.Letters
            .Where(l => filter.Matches(l, archive.Content))
            .Where(l => since is not { } moment || l.Dates.Updated >= moment)
            .ToList();
        if (!Paginate.TrySlice(matching, l => l.Id, ListName, request, http, out var page, out var problem))
        {
            return new Problem<Status400BadRequest>(problem);
        }

        return TypedResults.Ok(new Page<LetterSummary>(
            [.. page.Items.Select(l => LetterSummary.From(l, archive.Content))], matching.Count, page.Links));
    }

    public static Results<Ok<LetterJson>, RedirectHttpResult, Problem<Status404NotFound>> GetLetter(string id, LoadedArchive archive, HttpContext http)
    {
        if (archive.Content.FindLetter(id) is { } letter)
        {
            return TypedResults.Ok(LetterJson.From(letter, archive.Content));
        }

        return CanonicalId.IgnoringCase(archive.Content.Letters, l => l.Id, id) is { } other
            ? CanonicalId.Redirect(http, $"{ApiRoutes.Root}{ApiRoutes.Letters}/{other.Id}")
            : new Problem<Status404NotFound>(Problems.NotFound($"No letter has the id '{id}'. Letter ids are listed at {ApiRoutes.Root}{ApiRoutes.Letters}."));
    }
}
