using System.IO.Enumeration;
using System.Text.RegularExpressions;
using Archive.Core.Content.Yaml;
using Archive.Core.Countries;
using Archive.Core.Letters;
using Archive.Core.Organizations;
using Archive.Core.Validation;

namespace Archive.Core.Content;

/// <summary>
/// Reads a content folder (<c>site.yml</c>, <c>organizations/*.yml</c>, <c>letters/*.md</c>) into an
/// <see cref="ArchiveContent"/> and reports every problem found on the way, each at its file and line.
/// The steps run in a fixed order: history → site → organizations → names → letters → whole-archive checks.
/// </summary>
public static partial class LoadContent
{
    /// <summary>The folder of letters inside a content folder.</summary>
    public const string LettersFolder = "letters";

    /// <summary>The folder of organizations inside a content folder.</summary>
    public const string OrganizationsFolder = "organizations";

    /// <summary>The site settings file inside a content folder.</summary>
    public const string SiteFile = "site.yml";

    /// <summary>The About page's text inside a content folder (optional).</summary>
    public const string AboutFile = "about.md";

    /// <summary>Loads and checks the content folder at <paramref name="contentPath"/>.</summary>
    public static ContentLoadResult FromFolder(string contentPath) => FromFolder(contentPath, null);

    /// <summary>
    /// Loads and checks the content folder at <paramref name="contentPath"/>, taking from <paramref name="cache"/>
    /// what an earlier load of the same folder read from files that have not changed since, and leaving in it
    /// what this load read. The result is the same as a fresh load's. Without a cache this is a fresh load.
    /// </summary>
    /// <example>
    /// <code>
    /// var cache = new ContentCache();
    /// var first = LoadContent.FromFolder("content", cache);   // reads every file
    /// // ... an editor saves letters/x.md ...
    /// var again = LoadContent.FromFolder("content", cache);   // reads site.yml and letters/x.md only
    /// </code>
    /// </example>
    public static ContentLoadResult FromFolder(string contentPath, ContentCache? cache) => FromFolder(contentPath, cache, fastYaml: true);

    /// <summary>
    /// The load, with the fast YAML reader (<see cref="ParseSimpleYaml"/>) switched on or off: off, every file goes
    /// to the full YAML parser, which is how a test proves the two give the same archive.
    /// </summary>
    internal static ContentLoadResult FromFolder(string contentPath, ContentCache? cache, bool fastYaml)
    {
        ArgumentNullException.ThrowIfNull(contentPath);
        var root = Path.GetFullPath(contentPath);
        var diagnostics = new List<Diagnostic>();
        if (!Directory.Exists(root))
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation(contentPath, 1), "the content folder does not exist"));
            return new ContentLoadResult(null, diagnostics);
        }

        // One code path for both: a fresh load is a load with a cache that remembers nothing and is then dropped.
        cache ??= new ContentCache();
        if (cache.Root != root)
        {
            cache.Root = root;
            cache.Organizations = new(StringComparer.Ordinal);
            cache.OrganizationsRead = null;
            cache.Letters = new(StringComparer.Ordinal);
        }

        cache.FilesReused = 0;
        cache.FilesRead = 1;
        // Read on every load, cached or not: a commit changes a file's dates without changing the file.
        var history = ReadHistory.From(root);
        var site = ReadSite.From(root, fastYaml, diagnostics, out var siteYaml);
        var language = site?.Language ?? "en";
        // Read on every load, like site.yml: one small file.
        var about = ReadAbout.From(root, fastYaml, diagnostics, out var aboutYaml);
        if (File.Exists(Path.Combine(root, AboutFile)))
        {
            cache.FilesRead++;
        }

        var organizationFiles = ReadOrganizations(root, cache, history, fastYaml);
        diagnostics.AddRange(organizationFiles.SelectMany(o => o.Diagnostics));
        if (cache.OrganizationsRead is null)
        {
            cache.Letters = new(StringComparer.Ordinal);
            cache.OrganizationsRead = IndexOrganizations(root, organizationFiles);
        }

        var organizations = cache.OrganizationsRead;
        diagnostics.AddRange(organizations.Diagnostics);
        if (cache.LettersLanguage != language)
        {
            cache.Letters = new(StringComparer.Ordinal);
            cache.LettersLanguage = language;
        }

        var letters = ReadLetters(root, cache, history, organizations, language, fastYaml);
        diagnostics.AddRange(letters.SelectMany(l => l.File.Diagnostics));
        var letterList = letters.Where(l => l.File.Value is not null).Select(l => l.File.Value!).ToList();

        diagnostics.AddRange(ValidateContent.DuplicateIds(letterList.Select(l => (l.Id, l.Location)), "letter"));
        // Each letter's signatory checks, kept from when it was read.
        diagnostics.AddRange(letters.Where(l => l.File.Value is not null).SelectMany(l => l.SignatoryChecks));
        var content = site is null ? null : new ArchiveContent(site, letterList, organizations.Organizations, about);
        // An organization only looks unreferenced if a letter that cannot be read is not hiding its reference.
        if (letters.All(l => l.File.Value is not null))
        {
            Func<string, bool> signedAny = content is null
                ? letterList.SelectMany(l => l.Signatories).Select(s => s.OrganizationId).ToHashSet(StringComparer.Ordinal).Contains
                : id => content.LettersSignedBy(id).Count > 0;
            diagnostics.AddRange(ValidateContent.Unreferenced(letterList, organizations.Organizations, signedAny));
        }

        IEnumerable<YamlFallback?> fullYaml = [siteYaml, aboutYaml, .. organizationFiles.Select(f => f.ReadByFullYaml), .. letters.Select(l => l.File.ReadByFullYaml)];
        return new ContentLoadResult(content, diagnostics)
        {
            ReadByFullYaml = [.. fullYaml.OfType<YamlFallback>().OrderBy(f => f.Location.Path, StringComparer.Ordinal).ThenBy(f => f.Location.Line)],
            DatesNote = history.Note,
        };
    }

    // The organization files, each read again only when it changed. When any was read again, appeared or
    // disappeared, what the organizations give as a whole is forgotten, and with it the letters resolved against it.
    private static List<FileRead<Organization>> ReadOrganizations(string root, ContentCache cache, ContentHistory history, bool fastYaml)
    {
        var files = ReadAll(root, OrganizationsFolder, [".yml", ".yaml"], history, fastYaml, cache.Organizations.GetValueOrDefault, ReadOrganization.From);
        var changed = files.Count != cache.Organizations.Count || files.Any(f => !cache.Organizations.TryGetValue(f.RelativePath, out var cached) || !ReferenceEquals(cached, f));
        var reused = files.Count(f => cache.Organizations.TryGetValue(f.RelativePath, out var cached) && ReferenceEquals(cached, f));
        cache.FilesReused += reused;
        cache.FilesRead += files.Count - reused;
        if (changed)
        {
            // Forgotten before the files are remembered: a load that stops half-way must not leave the next one
            // resolving letters against organizations that are no longer there.
            cache.OrganizationsRead = null;
        }

        cache.Organizations = files.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        return files;
    }

    // The organizations as a whole: their ids and printed names, and what is wrong between them.
    private static OrganizationsRead IndexOrganizations(string root, List<FileRead<Organization>> files)
    {
        var diagnostics = new List<Diagnostic>();
        var organizationList = files.Where(o => o.Value is not null).Select(o => o.Value!).ToList();
        diagnostics.AddRange(ValidateContent.DuplicateIds(organizationList.Select(o => (o.Id, o.Location)), "organization"));
        var names = OrganizationNames.Index(organizationList, (name, first, second) =>
            diagnostics.Add(Diagnostic.Error(second.Location, $"the name '{name}' is also claimed by organization '{first.Id}' ({first.Location}); a printed name must belong to one organization")));
        diagnostics.AddRange(ValidateContent.Replacements(organizationList));
        var organizationsById = organizationList.DistinctBy(o => o.Id).ToDictionary(o => o.Id, StringComparer.Ordinal);
        var references = new LetterReferences(root, organizationsById, names, ReplacedIds(organizationList));
        return new OrganizationsRead(organizationList, references, diagnostics, new CheckSignatories(organizationList));
    }

    /// <summary>
    /// Each id an organization replaced, and the organization that replaced it (the first, when
    /// <see cref="ValidateContent.Replacements"/> finds two); ignoring case, as ids are unique ignoring case.
    /// </summary>
    internal static Dictionary<string, Organization> ReplacedIds(IEnumerable<Organization> organizations)
    {
        var replacedBy = new Dictionary<string, Organization>(StringComparer.OrdinalIgnoreCase);
        foreach (var organization in organizations)
        {
            foreach (var replaced in organization.Replaces)
            {
                replacedBy.TryAdd(replaced.Id, organization);
            }
        }

        return replacedBy;
    }

    // The letter files, each read again only when it or its dates changed, could not be read, or its source file came
    // or went.
    private static List<LetterRead> ReadLetters(string root, ContentCache cache, ContentHistory history, OrganizationsRead organizations, string language, bool fastYaml)
    {
        var files = ReadAll(
            root,
            LettersFolder,
            [".md", ".markdown"],
            history,
            fastYaml,
            relative => cache.Letters.TryGetValue(relative, out var cached) && cached.File.Value is not null && SourceStillFound(root, cached)
                ? cached.File
                : null,
            (string path, string text, ContentDates dates, bool fast, List<Diagnostic> found, out YamlFallback? fullYaml) =>
                ReadLetter.From(path, text, dates, organizations.References, language, fast, found, out fullYaml));
        // Checked on every core too (the checks only read what was loaded): a fifth of a second at 10,000 letters.
        var letters = files.AsParallel().AsOrdered().Select(file => cache.Letters.TryGetValue(file.RelativePath, out var cached) && ReferenceEquals(cached.File, file)
            ? cached
            : Checked(root, file, organizations.Check)).ToList();
        var reused = letters.Count(l => cache.Letters.TryGetValue(l.File.RelativePath, out var cached) && ReferenceEquals(cached, l));
        cache.FilesReused += reused;
        cache.FilesRead += letters.Count - reused;
        cache.Letters = letters.Where(l => l.File.Value is not null).ToDictionary(l => l.File.RelativePath, StringComparer.Ordinal);
        return letters;
    }

    private static LetterRead Checked(string root, FileRead<Letter> file, CheckSignatories check) => new(
        file,
        file.Value is null ? [] : check.Of(file.Value),
        file.Value?.Source.File is { } source ? ReadLetter.SourceFileExists(root, source) : null);

    private static bool SourceStillFound(string root, LetterRead cached) =>
        cached.SourceFound is null || cached.SourceFound == ReadLetter.SourceFileExists(root, cached.File.Value!.Source.File!);

    // Reads one file's text, with the dates its history gives it, into its value; fullYaml says when its YAML was left
    // to the full YAML parser, and why.
    private delegate T? ReadFile<T>(string path, string text, ContentDates history, bool fastYaml, List<Diagnostic> diagnostics, out YamlFallback? fullYaml);

    /// <summary>
    /// Reads every file of a folder in parallel, or takes what <paramref name="cached"/> has for it when neither the
    /// file's stamp nor its dates in <paramref name="history"/> have changed; the results keep the files' ordinal order.
    /// </summary>
    private static List<FileRead<T>> ReadAll<T>(
        string root,
        string folder,
        string[] extensions,
        ContentHistory history,
        bool fastYaml,
        Func<string, FileRead<T>?> cached,
        ReadFile<T> read)
        where T : class
    {
        var directory = Path.Combine(root, folder);
        if (!Directory.Exists(directory))
        {
            return [new FileRead<T>(folder + "/", default, default, null, [Diagnostic.Error(new SourceLocation(folder + "/", 1), $"the folder '{folder}/' is missing from the content folder")])];
        }

        var files = StampedFiles(directory, extensions);
        var results = new FileRead<T>[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var (file, stamp) = files[i];
            var relative = folder + "/" + Path.GetFileName(file);
            var dates = history.Of(relative, stamp);
            if (cached(relative) is { } earlier && earlier.Stamp == stamp && earlier.History == dates)
            {
                results[i] = earlier;
                return;
            }

            var diagnostics = new List<Diagnostic>();
            var text = ReadText(file, relative, diagnostics);
            YamlFallback? fullYaml = null;
            var value = text is null ? null : read(relative, text, dates, fastYaml, diagnostics, out fullYaml);
            // A file taken unread from a ContentCache later keeps saying which parser read it, as a fresh load would.
            results[i] = new FileRead<T>(relative, stamp, dates, value, diagnostics, fullYaml);
        });
        return [.. results];
    }

    // The files of a folder with the given extensions, in ordinal order, each with the stamp the enumeration
    // already knows (no second look at the file system per file).
    private static List<(string Path, FileStamp Stamp)> StampedFiles(string directory, string[] extensions)
    {
        var files = new FileSystemEnumerable<(string, FileStamp)>(
            directory,
            (ref FileSystemEntry entry) => (entry.ToFullPath(), new FileStamp(entry.Length, entry.LastWriteTimeUtc.UtcDateTime)),
            // The options of Directory.EnumerateFiles: hidden files count, nothing is skipped silently.
            new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false, RecurseSubdirectories = false })
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory && HasExtension(entry.FileName, extensions),
        };
        return [.. files.OrderBy(f => f.Item1, StringComparer.Ordinal)];
    }

    // Whether a file name ends in one of the extensions (".md"), in any case, without making a string of it.
    private static bool HasExtension(ReadOnlySpan<char> fileName, string[] extensions)
    {
        var extension = Path.GetExtension(fileName);
        foreach (var wanted in extensions)
        {
            if (extension.Equals(wanted, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
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

    /// <summary>
    /// The one id no letter may have: the site's letters list continues at <c>/letters/page/2/</c>, beside the
    /// letters' own addresses (<c>/letters/{id}/</c>).
    /// </summary>
    public const string ReservedLetterId = "page";

    /// <summary>
    /// The one id no organization may have: the organizations index goes on by initial at
    /// <c>/organizations/initial/a/</c>, beside the organizations' own addresses (<c>/organizations/{id}/</c>).
    /// </summary>
    public const string ReservedOrganizationId = "initial";

    /// <summary>Reads the countries of a field as ISO codes, reporting any that is unknown.</summary>
    internal static IReadOnlyList<CountryCode> ReadCountries(YamlFields fields, string key)
    {
        var printed = fields.StringList(key);
        if (printed.Count == 0)
        {
            return [];
        }

        var codes = new List<CountryCode>(printed.Count);
        foreach (var (value, node) in printed)
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

        // An array, not the list: every signatory keeps its countries, and a list is one more object for each
        // (as is the read-only wrapper a collection expression would make for this return type).
        return codes.ToArray();
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    /// <summary>
    /// The optional <c>language</c> field: a BCP 47 language tag (<c>en</c>, <c>fr</c>, <c>pt-BR</c>), which pages
    /// print as the <c>lang</c> of the text (issue 17); anything else is an error, and null is returned.
    /// </summary>
    internal static string? ReadLanguage(YamlFields fields)
    {
        var language = fields.OptionalString("language");
        if (language is null || LanguageTagPattern().IsMatch(language))
        {
            return language;
        }

        fields.Error(fields.Node("language")!, $"'language' must be a language tag such as 'en', 'fr' or 'pt-BR' (BCP 47), not '{language}'");
        return null;
    }

    // A primary language of 2–3 letters and optional subtags (script, region, variant): what lang="…" accepts.
    [GeneratedRegex("^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTagPattern();

    // One strict decoder for every file: it throws on invalid bytes, so a broken file is reported, not mangled.
    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

}
