using Archive.Core.Addresses;
using Archive.SiteGen.Build;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Archive.SiteGen.Serve;

/// <summary>
/// Kestrel serving the built site the way the static host will: directory addresses serve their index.html,
/// Pagefind's files get their content types, and a miss gets <c>/404.html</c> with status 404.
/// </summary>
internal static class SiteServer
{
    public static async Task<int> Run(BuildOptions options, int port, TextWriter log, CancellationToken cancellation)
    {
        // One build that remembers: after the first, a change re-renders only the pages that show it.
        var build = new IncrementalBuild(options, log);
        var first = build.Run();
        var output = Path.GetFullPath(options.OutputPath);
        if (!first.Succeeded)
        {
            log.WriteLine(File.Exists(Path.Combine(output, "index.html"))
                ? "serve: serving the previous build until the errors above are fixed"
                : "serve: nothing to serve until the errors above are fixed; the site is rebuilt on every change");
        }

        // The site's links carry the base URL's folder (/archive/…); it is served under that folder too.
        var root = first.SiteRoot ?? "/";
        await using var app = Create(output, port, root);
        using var rebuild = new RebuildOnChange(options, log, build);
        try
        {
            await app.StartAsync(cancellation);
        }
        catch (IOException e)
        {
            log.WriteLine($"serve: cannot listen on port {port}: {e.Message} (choose another with --port)");
            return 1;
        }

        log.WriteLine($"serve: http://localhost:{port}{root} (watching {options.ContentPath} and {options.TemplatesPath}; Ctrl+C to stop)");
        try
        {
            await app.WaitForShutdownAsync(cancellation);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C: a normal way to stop.
        }

        return 0;
    }

    public static WebApplication Create(string output, int port, string root = "/")
    {
        // PhysicalFileProvider needs its root to exist; an empty folder is what a first failed build leaves to serve.
        Directory.CreateDirectory(output);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = output });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://localhost:{port}");
        var app = builder.Build();
        var files = new PhysicalFileProvider(output);
        app.Use(Headers);
        if (root != "/")
        {
            app.UsePathBase(root.TrimEnd('/'));
            app.Use((context, next) => context.Request.PathBase.HasValue ? next(context) : OutsideTheSite(context, root));
        }

        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = ContentTypes() });
        app.Run(context => NotFound(context, output));
        return app;
    }

    /// <summary>
    /// The policy the site is built to work under: no inline script or style anywhere; Pagefind needs to compile
    /// its WebAssembly. Served locally too, so a template that breaks it fails in the browser here, not in production.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    // The site is rebuilt under the browser's feet, so every reload must see the newest build; and it runs under the policy.
    private static Task Headers(HttpContext context, RequestDelegate next)
    {
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        return next(context);
    }

    // The home page's address without the folder is a common first try: send it to the site.
    private static Task OutsideTheSite(HttpContext context, string root)
    {
        if (context.Request.Path == "/")
        {
            context.Response.Redirect(root);
            return Task.CompletedTask;
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return context.Response.WriteAsync($"This site is served under {root}");
    }

    private static async Task NotFound(HttpContext context, string output)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        var page = Path.Combine(output, SiteUrls.NotFound);
        if (File.Exists(page))
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(page);
        }
        else
        {
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("Not found, and the site has not been built yet: see the errors in the terminal.");
        }
    }

    private static FileExtensionContentTypeProvider ContentTypes()
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".wasm"] = "application/wasm";
        // Pagefind's index files: binary chunks its script fetches.
        foreach (var extension in new[] { ".pagefind", ".pf_meta", ".pf_fragment", ".pf_index", ".pf_filter" })
        {
            types.Mappings[extension] = "application/octet-stream";
        }

        // Sources and pages are UTF-8; saying so keeps "Société" readable in a plain-text source.
        types.Mappings[".html"] = "text/html; charset=utf-8";
        types.Mappings[".txt"] = "text/plain; charset=utf-8";
        types.Mappings[".xml"] = "application/xml";
        return types;
    }
}
