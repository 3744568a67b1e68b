using System.Text.Json.Serialization;

namespace Archive.Api.Reconciliation;

/// <summary>
/// What <c>GET /api/v1/reconcile</c> answers: the service manifest of the Reconciliation Service API 0.2 (§3, schema
/// <c>manifest.json</c>), which tells OpenRefine the service's name, its type, and where its other features answer.
/// </summary>
internal sealed record ServiceManifest(
    IReadOnlyList<string> Versions,
    string Name,
    string IdentifierSpace,
    string SchemaSpace,
    string Documentation,
    IReadOnlyList<EntityType> DefaultTypes,
    UrlTemplate View,
    PreviewSettings Preview,
    SuggestSettings Suggest,
    ExtendSettings Extend);

/// <summary>A URL with <c>{{id}}</c> where an organization's id goes.</summary>
internal sealed record UrlTemplate(string Url);

/// <summary>Where an organization's preview card is, and the size of the frame OpenRefine shows it in.</summary>
internal sealed record PreviewSettings(string Url, int Width, int Height);

/// <summary>The suggest services: entities only (the service has one type and matches on one property).</summary>
internal sealed record SuggestSettings(ServiceAddress Entity);

/// <summary>Where a service answers: its base URL and the path after it.</summary>
internal sealed record ServiceAddress(
    [property: JsonPropertyName("service_url")] string ServiceUrl,
    [property: JsonPropertyName("service_path")] string ServicePath);

/// <summary>Data extension: where the properties to fetch are proposed; they take no settings.</summary>
internal sealed record ExtendSettings(
    [property: JsonPropertyName("propose_properties")] ServiceAddress ProposeProperties,
    [property: JsonPropertyName("property_settings")] IReadOnlyList<object> PropertySettings);
