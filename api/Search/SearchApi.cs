using System.ComponentModel;
using Archive.Api.Content;
using Archive.Api.Http;
using Archive.Api.Letters;
using Archive.Api.Paging;
using Archive.Api.Parameters;
using Archive.Core.Addresses;
using Archive.Core.Json;
using Archive.Core.Search;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Archive.Api.Search;

/// <summary><c>/api/v1/search</c>: full-text search over the letters with the Lucene query language.</summary>
internal static class SearchApi
{
    public const string ListName = "search";

    public static RouteGroupBuilder MapSearch(this RouteGroupBuilder api)
    {
        api.MapGet(ApiRoutes.Search, SearchLetters)
            .WithTags("Search")
            .WithName("SearchLetters")
            .WithSummary("Search the letters")
            .WithDescription("""
                Searches titles, bodies, recipients and signatory names (with every name, acronym and alias of the signing organizations).
                Syntax: words (all must match), "exact phrases", AND / OR / NOT, -word, prefix*, fuzzy~, and fields title:, body:,
                signatory: (or organization:), recipient:. Accents and case are ignored ("Societe" finds "Société"); English word endings
                are folded ("pillars" finds "pillar"). An empty q lists every letter (with facets). Facet counts cover the whole result set; organizations and countries list their 100 most frequent values.
                """);
        return api;
    }

    public static async Task<Results<Ok<SearchPage>, Problem<Status400BadRequest>>> SearchLetters(
        [FromQuery(Name = "q")][Description("The query (at most 1000 characters). Empty: every letter.")] string? q,
        [FromQuery(Name = "sort")][Description("relevance (default when q is given) or date (newest first; default when q is empty).")] string? sort,
        [AsParameters] FilterParameters filters,
        [AsParameters] PagingParameters paging,
        LoadedArchive archive,
        HttpContext http)
    {
        // Built in the background at start-up: a search in the first seconds waits for it.
        var index = await archive.Index;
        var read = new ReadQuery();
        var order = read.Choice("sort", sort, string.IsNullOrWhiteSpace(q) ? "date" : "relevance", "relevance", "date");
        var filter = read.Filter(filters, archive.Content);
        var request = read.Paging(paging, ListName);
        if (!index.TryParse(q, out var query, out var problem))
        {
            read.Fail("q", problem);
        }

        if (read.Problem is { } invalid)
        {
            return new Problem<Status400BadRequest>(invalid);
        }

        var hits = index.Search(query, filter, order == "date" ? SearchOrder.Date : SearchOrder.Relevance);

        if (!Paginate.TrySlice(hits, h => h.Letter.Id, ListName, request, http, out var page, out var pageProblem))
        {
            return new Problem<Status400BadRequest>(pageProblem);
        }

        var items = page.Items
            .Select(h => new SearchHitJson(LetterSummary.From(h.Letter, archive.Content), Math.Round(h.Score, 6), index.SnippetsOf(query, h.Letter)))
            .ToList();
        var facets = index.FacetsOf(hits);
        return TypedResults.Ok(new SearchPage(q ?? "", order, items, hits.Count, facets, page.Links));
    }
}
