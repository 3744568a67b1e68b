using System.Globalization;
using System.IO.Compression;
using Archive.Api.Content;
using Archive.Api.Countries;
using Archive.Api.Export;
using Archive.Api.Health;
using Archive.Api.Http;
using Archive.Api.Letters;
using Archive.Api.Organizations;
using Archive.Api.Search;
using Archive.Core.Addresses;
using Archive.Core.Json;
using Microsoft.AspNetCore.ResponseCompression;
using Scalar.AspNetCore;

// Output must not depend on the machine's locale.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;

var builder = WebApplication.CreateBuilder(args);

// The archive: loaded and indexed once, then only read.
builder.Services.AddSingleton(services => LoadedArchive.Load(
    services.GetRequiredService<IConfiguration>(), services.GetRequiredService<ILoggerFactory>().CreateLogger("Archive.Api")));
builder.Services.AddSingleton<ExportFiles>();

// JSON: the archive's own options (camelCase, readable accents) for every response.
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Encoder = ArchiveJson.Options.Encoder);

// HTTP: problem+json errors, CORS for any origin, compression, rate limiting, OpenAPI.
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<LastResortExceptionHandler>();
builder.Services.AddCors(options => options.AddDefaultPolicy(policy => policy
    .AllowAnyOrigin().WithMethods("GET", "HEAD").AllowAnyHeader().WithExposedHeaders("ETag", "Link", "Retry-After")));
builder.Services.AddResponseCompression(options =>
{
    // Public data and no secrets in responses, so BREACH-style attacks on HTTPS compression have nothing to steal.
    options.EnableForHttps = true;
    options.Providers.Add<BrotliCompressionProvider>();
    options.Providers.Add<GzipCompressionProvider>();
    options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "application/problem+json", "application/x-ndjson", "text/csv"];
});
// Compression here runs on every dynamic answer (lists, search), so it is the fastest level: Optimal cost more CPU
// per request than making the answer did, for a few percent fewer bytes. Single letters, organizations and
// countries are compressed once, at the smallest size, by RepresentationCache.
builder.Services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
builder.Services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
builder.Services.AddArchiveRateLimiting();
builder.Services.AddOpenApi("v1", options => options.AddDocumentTransformer<ApiDescription>().AddOperationTransformer<ParameterSchemas>());

var app = builder.Build();

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
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseCors();
app.UseRateLimiter();
app.UseMiddleware<RepresentationCache>();
app.UseMiddleware<ConditionalGet>();
app.UseResponseCompression();

// The routes.
var v1 = app.MapGroup(ApiRoutes.Root).WithMetadata(RateLimiting.Rejection);
v1.MapLetters();
v1.MapOrganizations();
v1.MapCountries();
v1.MapSearch();
v1.MapExport();
app.MapHealth();
app.MapOpenApi("/openapi/{documentName}.json");
app.MapScalarApiReference("/docs", options => options
    .WithTitle("Open Letters Archive API")
    .WithOpenApiRoutePattern("/openapi/{documentName}.json"));

await app.RunAsync();
return 0;

/// <summary>The entry point, public so tests can host the API with WebApplicationFactory.</summary>
public partial class Program;
