using Archive.Api.Http;

namespace Archive.Api.Parameters;

/// <summary>
/// Middleware: a query parameter the route does not read is a 400 naming it and the ones it reads, and so is a second
/// value of a parameter that takes one (issue 18): <c>?contry=dk</c> would otherwise answer every letter, as if the
/// filter held. It runs before <see cref="RepresentationCache"/>, whose kept answers never reach the handler.
/// </summary>
internal static class RefuseUnknownParameters
{
    public static Task Check(HttpContext context, RequestDelegate next)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<QueryParameters>() is not { } accepted)
        {
            return next(context);
        }

        foreach (var (name, values) in context.Request.Query)
        {
            if (!accepted.Accepts(name))
            {
                var which = accepted.Names.Count == 0 ? "this route takes no query parameters" : $"this route takes {string.Join(", ", accepted.Names)}";
                return ProblemResponse.Write(context, Problems.BadParameter(Shorten(name), $"not a parameter of this route; {which}"));
            }

            if (values.Count > 1 && !accepted.Repeatable.Contains(name))
            {
                return ProblemResponse.Write(context, Problems.BadParameter(name, $"given {values.Count} times; it takes one value"));
            }
        }

        return next(context);
    }

    /// <summary>A name echoed in an error is at most 60 characters.</summary>
    private static string Shorten(string name) => name.Length <= 60 ? name : name[..60] + "…";
}
