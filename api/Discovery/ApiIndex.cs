namespace Archive.Api.Discovery;

/// <summary>
/// What <c>GET /api/v1</c> answers: what the archive is, which version of its content is served and when it last
/// changed, the terms of its data, and the routes to start from.
/// </summary>
/// <param name="Title">The archive's name.</param>
/// <param name="Description">What the archive holds.</param>
/// <param name="Version">The version of the content served: a hash of its files, the same on every instance serving it.</param>
/// <param name="LastChanged">The latest moment a letter or organization was added or updated (null for an empty archive): send it as changedSince to fetch only what changes after it.</param>
/// <param name="Letters">How many letters the archive has.</param>
/// <param name="Organizations">How many organizations it has.</param>
/// <param name="Licence">The licence of the data, or null when the archive's owner names none.</param>
/// <param name="ReportErrors">Where to report an error in the data (a web page or a mailto: address), or null when none is given.</param>
/// <param name="Site">The archive's website.</param>
/// <param name="OpenApi">The OpenAPI document of this API.</param>
/// <param name="Docs">The API's reference page.</param>
/// <param name="Routes">Every route of the API.</param>
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
/// <param name="Name">The operation's name (operationId in the OpenAPI document).</param>
/// <param name="Href">Its absolute address; a path parameter stays a template, as in letters/{id}.</param>
/// <param name="Summary">What it gives.</param>
internal sealed record ApiRouteJson(string Name, string Href, string Summary);
