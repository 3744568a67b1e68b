using System.Text.Json;
using System.Text.RegularExpressions;
using Archive.SiteGen.Tests.Build;
using Archive.Testing;

namespace Archive.SiteGen.Tests.Netlify;

/// <summary>
/// netlify.toml as Netlify's own parser (the npm package @netlify/config) reads it: a typo fails here, not in a deploy.
/// </summary>
public class NetlifyConfigTests
{
    private static readonly Lazy<JsonElement> Config = new(() => ReadConfig(RepositoryPaths.Root));

    [Fact]
    public void The_build_runs_the_archive_build_and_publishes_the_site_folder()
    {
        var build = Config.Value.GetProperty("build");

        Assert.Equal("bash netlify/build.sh", build.GetProperty("command").GetString());
        Assert.Equal(Path.Combine(RepositoryPaths.Root, "_site"), build.GetProperty("publish").GetString());
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, "netlify", "build.sh")));
    }

    [Fact]
    public void Every_page_gets_the_security_headers()
    {
        var all = HeadersFor("/*");

        Assert.StartsWith("default-src 'self'", all["Content-Security-Policy"], StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", all["Content-Security-Policy"], StringComparison.Ordinal);
        Assert.Equal("nosniff", all["X-Content-Type-Options"]);
        Assert.Equal("strict-origin-when-cross-origin", all["Referrer-Policy"]);
    }

    [Theory]
    [InlineData("/assets/*")]
    [InlineData("/pagefind/index/*")]
    [InlineData("/pagefind/fragment/*")]
    [InlineData("/pagefind/filter/*")]
    public void Fingerprinted_assets_and_the_search_index_are_cached_for_a_year(string path) =>
        Assert.Equal("public, max-age=31536000, immutable", HeadersFor(path)["Cache-Control"]);

    [Fact]
    public void Every_JSON_file_beside_a_page_is_served_as_JSON_to_any_origin_and_revalidated()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);
        // Each letter's, organization's and country's JSON: organizations/index.json is the filter's list of names.
        var files = Directory.EnumerateFiles(site.Output, "index.json", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .Where(path => path.Count(c => c == '/') == 3)
            .ToList();

        Assert.Equal(["/countries/", "/letters/", "/organizations/"], files.Select(f => f[..(f.IndexOf('/', 1) + 1)]).Distinct().Order(StringComparer.Ordinal));
        Assert.All(files, path =>
        {
            var headers = HeadersServedAt(path);
            Assert.Equal("application/json; charset=utf-8", headers.GetValueOrDefault("Content-Type"));
            Assert.Equal("*", headers.GetValueOrDefault("Access-Control-Allow-Origin"));
            Assert.Equal("public, max-age=0, must-revalidate", headers.GetValueOrDefault("Cache-Control"));
        });
    }

    [Fact]
    public void Every_feed_is_served_as_atom_and_revalidated()
    {
        using var content = SiteFixtures.SmallArchive();
        using var site = BuiltSite.From(content);
        var feeds = Directory.EnumerateFiles(site.Output, "feed.xml", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .ToList();

        Assert.Contains("/feed.xml", feeds);
        Assert.Contains(feeds, f => f.StartsWith("/organizations/", StringComparison.Ordinal));
        Assert.Contains(feeds, f => f.StartsWith("/countries/", StringComparison.Ordinal));
        Assert.All(feeds, path =>
        {
            var headers = HeadersServedAt(path);
            Assert.Equal("application/atom+xml; charset=utf-8", headers.GetValueOrDefault("Content-Type"));
            Assert.Equal("public, max-age=0, must-revalidate", headers.GetValueOrDefault("Cache-Control"));
        });
    }

    [Theory]
    [InlineData("/letters/2009-07-20-first/")]
    [InlineData("/organizations/human-rights-watch/")]
    [InlineData("/organizations/index.json")]
    [InlineData("/assets/site.css")]
    public void Pages_and_other_files_keep_their_own_type_and_are_not_shared_across_origins(string path)
    {
        var headers = HeadersServedAt(path);

        Assert.False(headers.ContainsKey("Content-Type"), path);
        Assert.False(headers.ContainsKey("Access-Control-Allow-Origin"), path);
    }

    [Fact]
    public void Unknown_addresses_get_the_404_page()
    {
        var redirect = Assert.Single(Config.Value.GetProperty("redirects").EnumerateArray());

        Assert.Equal("/404.html", redirect.GetProperty("to").GetString());
        Assert.Equal(404, redirect.GetProperty("status").GetInt32());
    }

    [Fact]
    public void The_build_script_proxies_the_api_from_an_environment_variable()
    {
        var script = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "netlify", "build.sh"));

        Assert.Contains("ARCHIVE_API_ORIGIN", script, StringComparison.Ordinal);
        Assert.Contains("/api/*", script, StringComparison.Ordinal);
        Assert.Contains("dotnet run --project sitegen", script, StringComparison.Ordinal);
    }

    [Fact]
    public void The_build_script_fetches_the_whole_git_history_of_a_shallow_clone_before_building()
    {
        // Letters are dated by the commits that added them (README, "Added and updated"): a shallow clone cuts them short.
        var script = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "netlify", "build.sh"));

        var unshallow = script.IndexOf("git fetch --unshallow", StringComparison.Ordinal);

        Assert.InRange(unshallow, 0, script.IndexOf("dotnet run --project sitegen", StringComparison.Ordinal));
        Assert.Contains("git rev-parse --is-shallow-repository", script, StringComparison.Ordinal);
    }

    [Fact]
    public void The_built_sites_rules_send_a_replaced_organizations_old_addresses_to_the_replacement_before_the_404()
    {
        // The site as Netlify publishes it: netlify.toml beside the built _site folder, whose _redirects Netlify's own
        // parser reads and puts before netlify.toml's rules (issue 19).
        using var content = Build.ReplacedOrganizationTests.RenamedArchive();
        using var site = Build.BuiltSite.From(content);
        File.Copy(Path.Combine(RepositoryPaths.Root, "netlify.toml"), Path.Combine(site.Parent, "netlify.toml"));

        var redirects = ReadConfig(site.Parent).GetProperty("redirects").EnumerateArray()
            .Select(r => $"{r.GetProperty("from").GetString()} {r.GetProperty("to").GetString()} {r.GetProperty("status").GetInt32()} {r.GetProperty("force").GetBoolean()}")
            .ToList();

        Assert.Equal(
            [
                "/organizations/burundi-ngo-network /organizations/civil-society-forum/ 301 True",
                "/organizations/burundi-ngo-network/* /organizations/civil-society-forum/:splat 301 True",
                "/organizations/forum-for-civil-society /organizations/civil-society-forum/ 301 True",
                "/organizations/forum-for-civil-society/* /organizations/civil-society-forum/:splat 301 True",
                "/* /404.html 404 False",
            ],
            redirects);
    }

    [Fact]
    public void A_typo_in_netlify_toml_is_an_error()
    {
        var folder = Directory.CreateTempSubdirectory("netlify-typo-").FullName;
        try
        {
            var toml = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "netlify.toml"));
            File.WriteAllText(Path.Combine(folder, "netlify.toml"), toml.Replace("[[headers]]", "[[headers]", StringComparison.Ordinal));

            var (exitCode, _, stderr) = RunReader(folder);

            Assert.Equal(1, exitCode);
            Assert.StartsWith("netlify.toml:", stderr, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    // The headers Netlify sends at a path: those of every rule whose pattern matches it, later rules winning.
    private static Dictionary<string, string> HeadersServedAt(string path)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in Config.Value.GetProperty("headers").EnumerateArray()
            .Where(h => Regex.IsMatch(path, h.GetProperty("forRegExp").GetString()!, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)))
        {
            foreach (var header in rule.GetProperty("values").EnumerateObject())
            {
                headers[header.Name] = header.Value.GetString()!;
            }
        }

        return headers;
    }

    private static Dictionary<string, string> HeadersFor(string path) =>
        Config.Value.GetProperty("headers").EnumerateArray()
            .Single(h => h.GetProperty("for").GetString() == path)
            .GetProperty("values").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);

    private static JsonElement ReadConfig(string root)
    {
        var (exitCode, stdout, stderr) = RunReader(root);
        Assert.True(exitCode == 0, stderr);
        return JsonDocument.Parse(stdout).RootElement.Clone();
    }

    private static ProgramResult RunReader(string root)
    {
        NodePackages.Ensure();
        return ExternalProgram.Run("node", [Path.Combine(RepositoryPaths.Root, "tests", "netlify", "read-config.mjs"), root], workingDirectory: RepositoryPaths.Root);
    }
}
