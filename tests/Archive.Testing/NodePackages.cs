namespace Archive.Testing;

/// <summary>
/// The npm packages of package.json (Pagefind, @netlify/config and its headers parser, graphology-gexf for the network file, datapackage for the data package, and the API contract tests' ajv, openapi-typescript
/// and TypeScript, and what draws the world map: world-atlas, topojson-client, d3-geo, i18n-iso-countries), installed with <c>npm ci</c> when a test needs
/// them and they are missing, so <c>dotnet test</c> works on a fresh clone. Test assemblies run in parallel
/// processes, so the install holds a lock file: one process installs, the others wait and find it done.
/// </summary>
public static class NodePackages
{
    private static readonly Lazy<bool> Installed = new(Install);

    /// <summary>Makes sure <c>node_modules</c> holds the locked packages; fails the test with npm's message if it cannot.</summary>
    public static void Ensure() => _ = Installed.Value;

    private static bool Install()
    {
        if (IsComplete())
        {
            return true;
        }

        // The same lock as `archive build` takes for its own first install (IndexSearch.InstallLockPath).
        var lockPath = Path.Combine(Path.GetTempPath(), "archive-npm-ci.lock");
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var held = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                if (IsComplete())
                {
                    return true;
                }

                var (exitCode, _, stderr) = ExternalProgram.Run("npm", ["ci", "--no-audit", "--no-fund"], workingDirectory: RepositoryPaths.Root);
                if (exitCode != 0)
                {
                    throw new InvalidOperationException("npm ci failed: " + stderr);
                }

                return true;
            }
            catch (IOException) when (attempt < 600)
            {
                Thread.Sleep(500);
            }
        }
    }

    private static bool IsComplete() =>
        ((string[])["@netlify/config", "@netlify/headers-parser", "pagefind", "graphology", "graphology-gexf", "datapackage", "ajv", "ajv-formats", "openapi-typescript", "typescript", "world-atlas", "topojson-client", "d3-geo", "i18n-iso-countries"])
            .All(package => File.Exists(Path.Combine(RepositoryPaths.Root, "node_modules", package, "package.json")));
}
