using System.Collections.Frozen;
using System.Security.Cryptography;

namespace Archive.SiteGen.Build;

/// <summary>
/// The static assets in <c>templates/assets/</c> (the stylesheet, the search script), published under names that
/// carry a hash of their content (<c>assets/site.3f2a9c01de.css</c>) so browsers can cache them for good: a changed
/// file gets a new name.
/// </summary>
internal sealed class SiteAssets
{
    private const string Folder = "assets";
    private readonly FrozenDictionary<string, string> _addresses;

    private SiteAssets(IReadOnlyList<OutputFile> files, FrozenDictionary<string, string> addresses)
    {
        Files = files;
        _addresses = addresses;
    }

    public IReadOnlyList<OutputFile> Files { get; }

    public static SiteAssets Load(string templatesFolder)
    {
        var folder = Path.Combine(templatesFolder, Folder);
        if (!Directory.Exists(folder))
        {
            throw new BuildError($"{folder}: the assets folder is missing from the templates");
        }

        var files = new List<OutputFile>();
        var addresses = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(file);
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
            var name = Path.GetFileName(file);
            var address = $"{Folder}/{Path.GetFileNameWithoutExtension(name)}.{hash}{Path.GetExtension(name)}";
            files.Add(new OutputFile(address, Bytes: bytes));
            addresses[name] = address;
        }

        return new SiteAssets(files, addresses.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The bytes of an asset, by its name in <c>templates/assets/</c>.</summary>
    public ReadOnlySpan<byte> BytesOf(string name)
    {
        var address = AddressOf(name);
        return Files.First(f => string.Equals(f.Path, address, StringComparison.Ordinal)).Bytes ?? [];
    }

    /// <summary>The published address of an asset, e.g. <c>site.css</c> → <c>assets/site.3f2a9c01de.css</c>.</summary>
    public string AddressOf(string name) =>
        _addresses.TryGetValue(name, out var address)
            ? address
            : throw new BuildError($"templates/{Folder}/{name}: the asset is missing");
}
