using System.Text.RegularExpressions;
using Archive.Core.Countries;
using Archive.Core.Letters;
using Archive.Core.Organizations;
using Archive.Core.Validation;

namespace Archive.Core.Content;

/// <summary>
/// Reads a content folder (<c>site.yml</c>, <c>organizations/*.yml</c>, <c>letters/*.md</c>) into an
/// <see cref="ArchiveContent"/> and reports every problem found on the way, each at its file and line.
/// The steps run in a fixed order: site → organizations → names → letters → whole-archive checks.
/// </summary>
public static partial class LoadContent
{
    /// <summary>The folder of letters inside a content folder.</summary>
    public const string LettersFolder = "letters";

    /// <summary>The folder of organizations inside a content folder.</summary>
    public const string OrganizationsFolder = "organizations";

    /// <summary>The site settings file inside a content folder.</summary>
    public const string SiteFile = "site.yml";

    /// <summary>Loads and checks the content folder at <paramref name="contentPath"/>.</summary>
    public static ContentLoadResult FromFolder(string contentPath)
    {
        ArgumentNullException.ThrowIfNull(contentPath);
        var root = Path.GetFullPath(contentPath);
        var diagnostics = new List<Diagnostic>();
        if (!Directory.Exists(root))
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation(contentPath, 1), "the content folder does not exist"));
            return new ContentLoadResult(null, diagnostics);
        }

        var site = ReadSite.From(root, diagnostics);
        var organizations = ReadAll(root, OrganizationsFolder, [".yml", ".yaml"], (path, text, found) => ReadOrganization.From(path, text, found));
        diagnostics.AddRange(organizations.SelectMany(o => o.Diagnostics));
        var organizationList = organizations.Where(o => o.Value is not null).Select(o => o.Value!).ToList();

        diagnostics.AddRange(ValidateContent.DuplicateIds(organizationList.Select(o => (o.Id, o.Location)), "organization"));
        var names = OrganizationNames.Index(organizationList, (name, first, second) =>
            diagnostics.Add(Diagnostic.Error(second.Location, $"the name '{name}' is also claimed by organization '{first.Id}' ({first.Location}); a printed name must belong to one organization")));
        var organizationsById = organizationList.DistinctBy(o => o.Id).ToDictionary(o => o.Id, StringComparer.Ordinal);

        var references = new LetterReferences(root, organizationsById, names);
        var letters = ReadAll(root, LettersFolder, [".md", ".markdown"], (path, text, found) => ReadLetter.From(path, text, references, site?.Language ?? "en", found));
        diagnostics.AddRange(letters.SelectMany(l => l.Diagnostics));
        var letterList = letters.Where(l => l.Value is not null).Select(l => l.Value!).ToList();

        diagnostics.AddRange(ValidateContent.DuplicateIds(letterList.Select(l => (l.Id, l.Location)), "letter"));
        // An organization only looks unreferenced if a letter that cannot be read is not hiding its reference.
        var everyLetterRead = letters.All(l => l.Value is not null);
        diagnostics.AddRange(ValidateContent.Archive(letterList, organizationList, reportUnreferenced: everyLetterRead));

        var content = site is null ? null : new ArchiveContent(site, letterList, organizationList);
        return new ContentLoadResult(content, diagnostics);
    }

    /// <summary>Reads every file of a folder in parallel; the results keep the files' ordinal order.</summary>
    private static List<Read<T>> ReadAll<T>(string root, string folder, string[] extensions, Func<string, string, List<Diagnostic>, T?> read)
        where T : class
    {
        var directory = Path.Combine(root, folder);
        if (!Directory.Exists(directory))
        {
            return [new Read<T>(null, [Diagnostic.Error(new SourceLocation(folder + "/", 1), $"the folder '{folder}/' is missing from the content folder")])];
        }

        var files = Directory.EnumerateFiles(directory)
            .Where(f => extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        return [.. files.AsParallel().AsOrdered().Select(file =>
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            var diagnostics = new List<Diagnostic>();
            var text = ReadText(file, relative, diagnostics);
            var value = text is null ? null : read(relative, text, diagnostics);
            return new Read<T>(value, diagnostics);
        })];
    }

    /// <summary>Reads a file as UTF-8, refusing binary files and invalid encodings with a diagnostic.</summary>
    internal static string? ReadText(string file, string relative, List<Diagnostic> diagnostics)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (IOException e)
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation(relative, 1), $"cannot read the file: {e.Message}"));
            return null;
        }

        if (bytes.AsSpan().Contains((byte)0))
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation(relative, 1), "this is a binary file, not UTF-8 text"));
            return null;
        }

        try
        {
            var text = StrictUtf8.GetString(bytes);
            return (text.StartsWith('\uFEFF') ? text[1..] : text).ReplaceLineEndings("\n");
        }
        catch (System.Text.DecoderFallbackException)
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation(relative, 1), "the file is not valid UTF-8; save it as UTF-8"));
            return null;
        }
    }

    /// <summary>Whether an id (a file name without extension) is a lower-case slug: letters, digits and single hyphens.</summary>
    public static bool IsValidId(string id) => IdPattern().IsMatch(id);

    /// <summary>Reads the countries of a field as ISO codes, reporting any that is unknown.</summary>
    internal static IReadOnlyList<CountryCode> ReadCountries(YamlFields fields, string key)
    {
        var codes = new List<CountryCode>();
        foreach (var (value, node) in fields.StringList(key))
        {
            if (CountryTable.TryGetByCode(value, out var country) && value.Length == 2)
            {
                if (!codes.Contains(country.Code))
                {
                    codes.Add(country.Code);
                }
            }
            else if (CountryTable.TryResolveName(value, out var named))
            {
                fields.Error(node, $"unknown country '{value}': countries are written as ISO 3166-1 codes; write '{named.Code}' for {named.Name}");
            }
            else
            {
                fields.Error(node, $"unknown country '{value}': not an ISO 3166-1 code (a region that is not a country goes under 'regions')");
            }
        }

        return codes;
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    // One strict decoder for every file: it throws on invalid bytes, so a broken file is reported, not mangled.
    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    private sealed record Read<T>(T? Value, List<Diagnostic> Diagnostics);
}
