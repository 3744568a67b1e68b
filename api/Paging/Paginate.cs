using Archive.Api.Hosting;
using Archive.Api.Http;
using Microsoft.AspNetCore.Mvc;

namespace Archive.Api.Paging;

/// <summary>
/// Cuts one page out of a whole, ordered list and writes the links to the pages beside it, both in the body and in
/// an RFC 8288 <c>Link</c> header, absolute from the API's public address (<see cref="PublicAddress"/>). A cursor
/// continues in the same mode: cursor links lead on from a cursor, page links from a page.
/// </summary>
internal static class Paginate
{
    public static bool TrySlice<T>(
        IReadOnlyList<T> all, Func<T, string> keyOf, string list, PageRequest request, HttpContext http,
        out (IReadOnlyList<T> Items, PageLinks Links) page, out ProblemDetails problem)
    {
        page = default;
        problem = null!;
        int start, end;
        if (request.CursorMode && request.Cursor is null)
        {
            (start, end) = (0, Math.Min(all.Count, request.PageSize));
        }
        else if (request.Cursor is { } cursor)
        {
            var at = cursor.List == list ? IndexOf(all, keyOf, cursor.Key) : -1;
            if (at < 0)
            {
                problem = Problems.BadParameter("cursor", "this cursor does not belong to this list (or its item is gone); start again without a cursor");
                return false;
            }

            (start, end) = cursor.Before
                ? (Math.Max(0, at - request.PageSize), at)
                : (at + 1, Math.Min(all.Count, at + 1 + request.PageSize));
        }
        else
        {
            var first = (long)(request.Page - 1) * request.PageSize;
            start = (int)Math.Min(first, all.Count);
            end = (int)Math.Min(first + request.PageSize, all.Count);
        }

        var items = all.Skip(start).Take(end - start).ToList();
        var address = http.RequestServices.GetRequiredService<PublicAddress>();
        var self = address.Of(http.Request, http.Request.QueryString);
        string? next, prev;
        if (request.CursorMode)
        {
            next = end < all.Count && items.Count > 0 ? With(http, address, "cursor", new Cursor(list, false, keyOf(items[^1])).Encode()) : null;
            prev = start > 0 && items.Count > 0 ? With(http, address, "cursor", new Cursor(list, true, keyOf(items[0])).Encode()) : null;
        }
        else
        {
            var lastPage = Math.Max(1, (all.Count + request.PageSize - 1) / request.PageSize);
            next = end < all.Count ? With(http, address, "page", (request.Page + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)) : null;
            prev = request.Page > 1 ? With(http, address, "page", Math.Min(request.Page - 1, lastPage).ToString(System.Globalization.CultureInfo.InvariantCulture)) : null;
        }

        var links = new PageLinks(self, next, prev);
        http.Response.Headers.Link = LinkHeader(links);
        page = (items, links);
        return true;
    }

    /// <summary>RFC 8288: <c>&lt;url&gt;; rel="next", ...</c>.</summary>
    public static string LinkHeader(PageLinks links)
    {
        var parts = new List<string> { $"<{links.Self}>; rel=\"self\"" };
        if (links.Next is not null)
        {
            parts.Add($"<{links.Next}>; rel=\"next\"");
        }

        if (links.Prev is not null)
        {
            parts.Add($"<{links.Prev}>; rel=\"prev\"");
        }

        return string.Join(", ", parts);
    }

    private static int IndexOf<T>(IReadOnlyList<T> all, Func<T, string> keyOf, string key)
    {
        for (var i = 0; i < all.Count; i++)
        {
            if (keyOf(all[i]) == key)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>This request's URL with page and cursor replaced by one of them; every other parameter kept, in order.</summary>
    private static string With(HttpContext http, PublicAddress address, string name, string value)
    {
        var query = http.Request.Query
            .Where(p => p.Key is not ("page" or "cursor"))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
            .Append(new KeyValuePair<string, string?>(name, value));
        return address.Of(http.Request, QueryString.Create(query));
    }
}
