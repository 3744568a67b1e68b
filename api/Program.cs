using System.Globalization;
using System.IO.Compression;
using System.Text.Json.Serialization;
using Archive.Api.Content;
using Archive.Api.Countries;
using Archive.Api.Discovery;
using Archive.Api.Export;
using Archive.Api.Health;
using Archive.Api.Hosting;
using Archive.Api.Http;
using Archive.Api.Letters;
using Archive.Api.Organizations;
using Archive.Api.Parameters;
using Archive.Api.Reconciliation;
using Archive.Api.Search;
using Archive.Core.Addresses;
using Archive.Core.Json;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

// Output must not depend on the machine's locale.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;

// The settings files are the ones beside the application, wherever it is started from (not the current directory's).
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

// Settings: read once (after the host's configuration is complete, tests' included), checked below, logged once.
builder.Services.AddSingleton(services => ApiSettings.From(services.GetRequiredService<IConfiguration>()));
builder.Services.AddSingleton(services => AllowedHosts.From(
    services.GetRequiredService<IConfiguration>()["AllowedHosts"], services.GetRequiredService<ApiSettings>(), services.GetRequiredService<IHostEnvironment>()));
builder.Services.AddProxiesAndHosts();
builder.WebHost.ConfigureKestrel(RequestLimits.ConfigureKestrel);

// The archive: loaded and indexed once, then only read.
builder.Services.AddSingleton(services => LoadedArchive.Load(
    services.GetRequiredService<ApiSettings>(), services.GetRequiredService<ILoggerFactory>().CreateLogger("Archive.Api")));
builder.Services.AddSingleton<ExportFiles>();
// The importer's organization matcher, built once over the archive for the reconciliation service (issue 22).
builder.Services.AddSingleton<ReconcileOrganizations>();

// JSON: the archive's own options (camelCase, readable accents) for every response.
builder.Services.ConfigureHttpJsonOptions(options =>
{
    options.SerializerOptions.Encoder = ArchiveJson.Options.Encoder;
    // Numbers are numbers: the web defaults also read them from strings, which the OpenAPI document then declares
    // as "integer or string" (issue 18). The API reads no JSON, so only the document changes.
    options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
});

// HTTP: problem+json errors, CORS for any origin (POST for the reconciliation service's form, issue 22), compression, OpenAPI.
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<LastResortExceptionHandler>();
builder.Services.AddCors(options => options.AddDefaultPolicy(policy => policy
    .AllowAnyOrigin().WithMethods("GET", "HEAD", "POST").AllowAnyHeader()
    .WithExposedHeaders(["ETag", "Link", "Content-Disposition", .. RateLimits.Headers])
    // A browser asks again after this long at most (Chromium caps it at 2 hours, Firefox at 24).
    .SetPreflightMaxAge(TimeSpan.FromHours(24))));
builder.Services.AddResponseCompression(options =>
{
    // Public data and no secrets in responses, so BREACH-style attacks on HTTPS compression have nothing to steal.
    options.EnableForHttps = true;
    options.Providers.Add<BrotliCompressionProvider>();
    options.Providers.Add<GzipCompressionProvider>();
    // Not the exports: they are compressed once, into files (ExportFiles).
    options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "application/problem+json"];
});
// Compression here runs on every dynamic answer (lists, search), so it is the fastest level: Optimal cost more CPU
// per request than making the answer did, for a few percent fewer bytes. Single letters, organizations and
// countries are compressed once, at the smallest size, by RepresentationCache.
builder.Services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
builder.Services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
builder.Services.AddHttpContextAccessor();
builder.Services.AddOpenApi("v1", options =>
{
    options.AddDocumentTransformer<ApiDescription>().AddOperationTransformer<ParameterSchemas>();
    options.AddSchemaTransformer<ContractSchemas>().AddOperationTransformer<ContractResponses>();
    options.AddOperationTransformer<ReconciliationResponses>();
    // HEAD is answered wherever GET is (HeadWhereGet); the document lists the GETs.
    options.ShouldInclude = description => description.HttpMethod != HttpMethods.Head && description.GroupName is null or "v1";
});

var app = builder.Build();

// Fail fast: a setting that is misspelt or malformed stops the start-up with a message naming it.
ApiSettings settings;
AllowedHosts hosts;
try
{
    settings = app.Services.GetRequiredService<ApiSettings>();
    hosts = app.Services.GetRequiredService<AllowedHosts>();
}
catch (Exception e) when (e is InvalidOperationException or OptionsValidationException or FormatException)
{
    await Console.Error.WriteLineAsync($"api: cannot start: {e.Message}");
    return 1;
}

app.LogSettings(settings, hosts);

// Fail fast: bad content stops the start-up with its path:line: message list, before any request is served.
try
{
    _ = app.Services.GetRequiredService<LoadedArchive>();
}
catch (ContentLoadFailedException e)
{
    await Console.Error.WriteLineAsync(e.Report);
    return 1;
}

// The pipeline, outermost first.
app.UseForwardedHeaders();
app.Use(HeadWhereGet.DropBody);
app.UseExceptionHandler();
app.UseStatusCodePages(context => ProblemResponse.Write(context.HttpContext, Problems.ForStatus(context.HttpContext)));
app.UseMiddleware<RequestLimits>();
app.Use(hosts.Check);
app.UseRouting();
app.UseCors();
if (RateLimits.WindowsFor(settings.RateLimit) is { } windows)
{
    app.UseMiddleware<RateLimits>(windows);
}

app.Use(RefuseUnknownParameters.Check);
app.UseMiddleware<RepresentationCache>();
app.UseMiddleware<ConditionalGet>();
app.Use(ContentCodings.VaryByAcceptEncoding);
app.UseResponseCompression();

// The routes, each answering HEAD as well as GET.
var routes = app.MapGroup("").WithHeadWhereGet();
var v1 = QueryParameters.AddTo(routes.MapGroup(ApiRoutes.Root).WithMetadata(RateLimits.Rejection));
v1.MapDiscovery();
v1.MapLetters();
v1.MapOrganizations();
v1.MapCountries();
v1.MapSearch();
v1.MapExport();
v1.MapReconciliation();
routes.MapHealth();
// Under /api/, where a proxy of /api/* reaches them; their first addresses lead there.
var openApiDocuments = ApiRoutes.OpenApiDocument.Replace("v1", "{documentName}", StringComparison.Ordinal);
routes.MapOpenApi(openApiDocuments);
routes.MapScalarApiReference(ApiRoutes.Docs, options => options
    .WithTitle("Open Letters Archive API")
    .WithOpenApiRoutePattern(openApiDocuments)
    // The vendor's developer toolbar and AI chat are for whoever runs the API on their own machine, not its readers.
    .DisableAgent()
    .ShowDeveloperTools = DeveloperToolsVisibility.Localhost);
routes.MapGet("/openapi/v1.json", () => TypedResults.Redirect(ApiRoutes.OpenApiDocument, permanent: true, preserveMethod: true)).ExcludeFromDescription();
routes.MapGet("/docs/{**rest}", () => TypedResults.Redirect(ApiRoutes.Docs + "/", permanent: true, preserveMethod: true)).ExcludeFromDescription();

await app.RunAsync();
return 0;

/// <summary>The entry point, public so tests can host the API with WebApplicationFactory.</summary>
public partial class Program;
