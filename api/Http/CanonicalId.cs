using Archive.Api.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Archive.Api.Http;

/// <summary>
/// Letter and organization ids are unique ignoring case, but each has one spelling: a request with another case is
/// sent there with a permanent redirect (308, so the method is kept), its query string kept, so links and caches
/// converge on one address (issue 18). Absolute, from <see cref="PublicAddress"/>, like every address the API writes.
/// </summary>
internal static class CanonicalId
{
    /// <summary>The first item whose id equals <paramref name="id"/> ignoring case (asked only when no id matched exactly).</summary>
    public static T? IgnoringCase<T>(IEnumerable<T> items, Func<T, string> idOf, string id)
        where T : class => items.FirstOrDefault(item => string.Equals(idOf(item), id, StringComparison.OrdinalIgnoreCase));

    /// <summary>308 to <paramref name="path"/> (from the API's root, unescaped), with this request's query string.</summary>
    public static RedirectHttpResult Redirect(HttpContext http, string path) => TypedResults.Redirect(
        http.RequestServices.GetRequiredService<PublicAddress>().Of(http.Request, new PathString(path), http.Request.QueryString),
        permanent: true,
        preserveMethod: true);
}
