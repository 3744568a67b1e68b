using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Archive.Api.Reconciliation;

/// <summary>
/// The reconciliation service's address answers three kinds of body (Reconciliation Service API 0.2): the manifest
/// with no parameters, results for <c>queries</c>, a data extension for <c>extend</c>. The handler's return type says
/// so, but the OpenAPI document keeps one body per status, so its 200 is declared here as one of the three.
/// </summary>
internal sealed class ReconciliationResponses : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.OperationId is not ("Reconcile" or "ReconcileForm")
            || operation.Responses?.GetValueOrDefault("200") is not OpenApiResponse ok
            || ok.Content is null || !ok.Content.TryGetValue("application/json", out var json))
        {
            return;
        }

        json.Schema = new OpenApiSchema
        {
            OneOf =
            [
                await context.GetOrCreateSchemaAsync(typeof(ServiceManifest), null, cancellationToken),
                await context.GetOrCreateSchemaAsync(typeof(Dictionary<string, ReconciliationResult>), null, cancellationToken),
                await context.GetOrCreateSchemaAsync(typeof(ExtensionResponse), null, cancellationToken),
            ],
        };
        ok.Description = "The service manifest (no parameters), the results of a batch (queries), or a data extension (extend).";
    }
}
