using Archive.Core.Content;
using Archive.Core.Letters;
using Archive.Core.Text;

namespace Archive.SiteGen.Import;

/// <summary>
/// The import, as named steps over every file before anything is written: load the content → read each file →
/// read each letter's text → match its organizations (against the content and what earlier files created) →
/// choose ids → plan the files. Any problem in any file stops the whole run with nothing written.
/// </summary>
internal static class ImportLetters
{
    /// <summary>What a run would do: the letters, the files to write, or the problems that stop it.</summary>
    internal sealed record Outcome(IReadOnlyList<ImportedLetter> Letters, IReadOnlyList<FileWrite> Writes, IReadOnlyList<ImportProblem> Problems, ImportedOrganizations? Organizations);

    /// <summary>Plans a run; <paramref name="forWriting"/> is false for <c>--json</c>, which shows a missing date or an existing id instead of refusing.</summary>
    public static Outcome Plan(ImportOptions options, bool forWriting)
    {
        var problems = new List<ImportProblem>();
        var loaded = LoadContent.FromFolder(options.ContentPath);
        // A new archive may be just site.yml: the import creates letters/ and organizations/ as it writes.
        var missingFolders = new[] { LoadContent.LettersFolder, LoadContent.OrganizationsFolder }
            .Where(folder => !Directory.Exists(Path.Combine(options.ContentPath, folder)))
            .Select(folder => folder + "/")
            .ToHashSet(StringComparer.Ordinal);
        var errors = loaded.SortedDiagnostics
            .Where(d => d.Severity == Archive.Core.Validation.Severity.Error && !missingFolders.Contains(d.Location.Path))
            .ToList();
        if (loaded.Content is null || errors.Count > 0)
        {
            var first = errors.FirstOrDefault();
            problems.Add(new ImportProblem(options.ContentPath, null, $"the content folder has errors, so nothing is imported into it (first: {first}); run 'archive check --content {options.ContentPath}'"));
            return new Outcome([], [], problems, null);
        }

        var content = loaded.Content;
        var organizations = new ImportedOrganizations(content.Organizations);
        foreach (var (name, id) in options.Accepted ?? new Dictionary<string, string>())
        {
            if (organizations.Find(id) is null)
            {
                problems.Add(new ImportProblem("--accept", null, $"there is no organization '{id}' in {options.ContentPath}/organizations to link '{name}' to"));
            }
        }

        var letters = new List<ImportedLetter>();
        foreach (var file in options.Files)
        {
            if (ReadSourceFile.From(file, out var readProblem) is not { } source)
            {
                problems.Add(readProblem!);
                continue;
            }

            if (ReadLetterText.From(source.Text, file, out var textProblem) is not { } draft)
            {
                problems.Add(textProblem!);
                continue;
            }

            letters.Add(Resolve(file, source.Bytes, draft, organizations, options, forWriting, problems));
        }

        if (forWriting)
        {
            // Only a run that writes can collide; --json shows what it read, even for a letter already imported.
            CheckIds(letters, content, options.ContentPath, problems);
        }

        if (problems.Count > 0)
        {
            return new Outcome(letters, [], problems, organizations);
        }

        return new Outcome(letters, forWriting ? PlanWrites(letters, organizations, options.ContentPath) : [], problems, organizations);
    }

    private static ImportedLetter Resolve(string file, byte[] bytes, LetterDraft draft, ImportedOrganizations organizations, ImportOptions options, bool forWriting, List<ImportProblem> problems)
    {
        var accepted = options.Accepted ?? new Dictionary<string, string>();
        var ownNames = organizations.ByOwnNames(draft.Signatories);
        var (signatories, repeated) = OnePerOrganization(draft.Signatories.Select(s => organizations.Resolve(s, accepted, options.MergeReviewed, ownNames.NamedInOtherWords(s))));
        draft = draft with { Skipped = [.. draft.Skipped, .. repeated] };
        var people = draft.People
            .Select(p => new ResolvedPerson(p, [.. p.Roles.Select(r => r.Affiliation is null ? null : organizations.FindSure(r.Affiliation)?.Id)]))
            .ToList();
        var publisher = draft.Letterhead is null ? null : organizations.FindSure(draft.Letterhead)?.Id;

        var (date, isEstimate, note) = draft.Date is { } printed ? (printed, false, (string?)null)
            : options.Date is { } given ? (given, true, options.DateNote ?? $"The letter prints no date; {given.ToDisplayString()} is the editor's estimate, given at import.")
            : ((LetterDate?)null, false, (string?)null);
        if (date is null && forWriting)
        {
            problems.Add(new ImportProblem(file, null, "the letter prints no date (a year inside a sentence, such as 'the 2005 World Summit', is not its date): pass --date YYYY[-MM[-DD]] with your best estimate and --date-note saying why"));
        }

        return new ImportedLetter
        {
            File = file,
            SourceBytes = bytes,
            Draft = draft,
            Id = date is { } d ? $"{d}-{Slug.From(draft.Title, Slug.LetterTitleLength)}".TrimEnd('-') : null,
            Date = date,
            DateIsEstimate = isEstimate,
            DateNote = note,
            PublisherId = publisher,
            Signatories = signatories,
            People = people,
        };
    }

    /// <summary>
    /// An organization signs a letter once: a second printed form of it (the list printed twice, "HURINET" after
    /// "Human Rights Network (HURINET)") adds its countries to the first and is reported, not repeated.
    /// </summary>
    private static (List<ResolvedSignatory> Signatories, List<SkippedLine> Repeated) OnePerOrganization(IEnumerable<ResolvedSignatory> resolved)
    {
        var signatories = new List<ResolvedSignatory>();
        var repeated = new List<SkippedLine>();
        foreach (var signatory in resolved)
        {
            var index = signatories.FindIndex(s => s.OrganizationId == signatory.OrganizationId);
            if (index < 0)
            {
                signatories.Add(signatory);
                continue;
            }

            var first = signatories[index];
            signatories[index] = first with { Printed = first.Printed with { Places = first.Printed.Places.Plus(signatory.Printed.Places) } };
            repeated.Add(new SkippedLine(signatory.Printed.Line, signatory.Printed.Name, $"the same organization as line {first.Printed.Line} ({first.OrganizationId}); one signatory"));
        }

        return (signatories, repeated);
    }

    private static void CheckIds(List<ImportedLetter> letters, ArchiveContent content, string contentPath, List<ImportProblem> problems)
    {
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var sources = Path.Combine(contentPath, "sources");
        var existingSources = Directory.Exists(sources) ? Directory.GetFiles(sources).Order(StringComparer.Ordinal).ToList() : [];
        foreach (var letter in letters)
        {
            // The same text under another title or date is still the same letter.
            var same = existingSources.FirstOrDefault(s => new FileInfo(s).Length == letter.SourceBytes.Length && File.ReadAllBytes(s).AsSpan().SequenceEqual(letter.SourceBytes));
            if (same is not null)
            {
                problems.Add(new ImportProblem(letter.File, null, $"this text is already in the archive as sources/{Path.GetFileName(same)}: the letter is imported already"));
            }
        }

        foreach (var letter in letters.Where(l => l.Id is not null))
        {
            var id = letter.Id!;
            if (content.Letters.Any(l => string.Equals(l.Id, id, StringComparison.OrdinalIgnoreCase)) || File.Exists(Path.Combine(contentPath, "letters", id + ".md")))
            {
                problems.Add(new ImportProblem(letter.File, null, $"a letter with the id '{id}' already exists (letters/{id}.md): this letter seems imported already; nothing was written"));
            }
            else if (File.Exists(Path.Combine(contentPath, "sources", id + ".txt")))
            {
                problems.Add(new ImportProblem(letter.File, null, $"the source file sources/{id}.txt already exists: move it away or import under another title"));
            }
            else if (!seen.TryAdd(id, letter.File))
            {
                problems.Add(new ImportProblem(letter.File, null, $"gives the same id '{id}' as {seen[id]}: the same letter twice, or two letters with the same date and title; import them separately"));
            }
        }
    }

    private static List<FileWrite> PlanWrites(List<ImportedLetter> letters, ImportedOrganizations organizations, string contentPath)
    {
        var writes = new List<FileWrite>();
        foreach (var letter in letters)
        {
            writes.Add(FileWrite.New($"letters/{letter.Id}.md", LetterFile.Render(letter, organizations)));
            writes.Add(new FileWrite($"sources/{letter.Id}.txt", letter.SourceBytes, Replaces: false));
        }

        foreach (var created in organizations.Created)
        {
            writes.Add(FileWrite.New($"organizations/{created.Id}.yml", OrganizationFile.New(created)));
        }

        foreach (var (id, additions) in organizations.Additions.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            var relative = organizations.Find(id)!.Location.Path;
            var text = File.ReadAllText(Path.Combine(contentPath, relative));
            writes.Add(new FileWrite(relative, System.Text.Encoding.UTF8.GetBytes(OrganizationFile.WithAdditions(text, additions.Aliases, additions.Countries)), Replaces: true));
        }

        return writes;
    }
}
