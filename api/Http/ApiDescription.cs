using Archive.Api.Content;
using Archive.Api.Hosting;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Archive.Api.Http;

/// <summary>
/// The OpenAPI document's title, introduction, the data's licence and where to report errors (from <c>site.yml</c>),
/// and its server: the API's public address, not the address of the request.
/// </summary>
internal sealed class ApiDescription(PublicAddress address, IHttpContextAccessor http, LoadedArchive archive) : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Open Letters Archive API",
            Version = "v1",
            Description = """
                Read-only JSON for the open letters that civil-society coalitions sent to governments and the United Nations,
                their signatories, organizations and countries. Every GET (and HEAD) has a strong ETag (send If-None-Match for 304),
                Cache-Control: public, max-age=300, and CORS for any origin. Lists are paged (page and pageSize, or cursor)
                with next/prev links in the body and in the Link header. Requests are limited per client; every answer
                says how many are left (RateLimit and RateLimit-Policy headers), and a 304 costs nothing. Errors are
                application/problem+json (RFC 9457) and name the parameter to fix. Start at GET /api/v1.
                """,
            License = archive.Content.Site.Licence is { } licence ? new OpenApiLicense { Name = licence.Name, Url = licence.Url } : null,
            Contact = archive.Content.Site.ReportErrors is { } report
                ? new OpenApiContact
                {
                    Name = $"{archive.Content.Site.Title}: report an error",
                    Url = report.Scheme == Uri.UriSchemeMailto ? null : report,
                    Email = report.Scheme == Uri.UriSchemeMailto ? report.OriginalString["mailto:".Length..] : null,
                }
                : null,
        };
        if (http.HttpContext is { } request)
        {
            document.Servers = [new OpenApiServer { Url = address.BaseOf(request.Request) }];
        }

        return Task.CompletedTask;
    }
}
