namespace Archive.Api.Discovery;

/// <summary>
/// What <c>GET /api/v1</c> answers: what the archive is, which version of its content is served and when it last
/// changed, the terms of its data, and the routes to start from.
/// </summary>
internal sealed record ApiIndex(
    string Title,
    string Description,
    string Version,
    DateTimeOffset? LastChanged,
    int Letters,
    int Organizations,
    LicenceJson? Licence,
    Uri? ReportErrors,
    Uri Site,
    string OpenApi,
    string Docs,
    IReadOnlyList<ApiRouteJson> Routes);

/// <summary>The licence of the archive's data: its name and where its text is.</summary>
internal sealed record LicenceJson(string Name, Uri? Url);

/// <summary>One route of the API: its operation name (as in the OpenAPI document), its address and what it gives.</summary>
internal sealed record ApiRouteJson(string Name, string Href, string Summary);
