using Archive.Core.Content.Yaml;
using Archive.Core.Letters;
using Archive.Core.Organizations;
using Archive.Core.Validation;

namespace Archive.Core.Content;

/// <summary>Reads one letter file (<c>letters/{id}.md</c>): front matter fields, then the Markdown body.</summary>
internal static class ReadLetter
{
    public static Letter? From(string path, string text, ContentDates history, LetterReferences references, string defaultLanguage, bool fastYaml, List<Diagnostic> diagnostics, out YamlFallback? fullYaml)
    {
        fullYaml = null;
        var id = Path.GetFileNameWithoutExtension(path);
        var fileStart = new SourceLocation(path, 1);
        var document = FrontMatter.Split(text, out var problem);
        if (document is null)
        {
            diagnostics.Add(Diagnostic.Error(fileStart, problem!));
            return null;
        }

        var map = ParseYaml.Root(document.Yaml, path, document.YamlLineOffset, fastYaml, diagnostics, out fullYaml);
        if (map is null)
        {
            return null;
        }

        if (!LoadContent.IsValidId(id))
        {
            diagnostics.Add(Diagnostic.Error(fileStart, $"the file name '{id}' is the letter's id and must be lower-case letters, digits and single hyphens"));
        }
        else if (string.Equals(id, LoadContent.ReservedLetterId, StringComparison.Ordinal))
        {
            diagnostics.Add(Diagnostic.Error(fileStart, $"the id '{id}' is taken by the site (/letters/{id}/2/ is the second page of the letters list); rename the file, e.g. after the letter's date and title"));
        }

        var fields = new YamlFields(map, path, document.YamlLineOffset, diagnostics);
        var title = fields.RequiredString("title");
        var date = ReadDate(fields);
        var undated = fields.OptionalBool("undated");
        var dateNote = fields.OptionalString("date_note");
        if (undated && dateNote is null)
        {
            fields.Error(fields.Node("undated")!, "an undated letter needs a 'date_note' saying how its date was estimated");
        }

        var recipients = fields.StringList("recipients").Select(r => r.Value).ToList();
        var copiedTo = fields.StringList("cc").Select(r => r.Value).ToList();
        var publisherId = ReadOrganizationId(fields, "publisher", references);
        var language = LoadContent.ReadLanguage(fields) ?? defaultLanguage;
        var source = ReadSource(fields, references);
        var signatories = fields.MappingList("signatories").Select(s => ReadSignatory(s, references)).OfType<Signatory>().ToList();
        var people = fields.MappingList("people").Select(p => ReadPerson(p, references)).OfType<Person>().ToList();
        var dates = ReadDates.From(fields, history);
        fields.RejectUnknownFields();

        var body = document.Body;
        if (body.AsSpan().Trim().IsEmpty)
        {
            diagnostics.Add(Diagnostic.Error(new SourceLocation(path, document.BodyLine), "the letter has no text after its front matter"));
        }

        CheckLinks.Of(body, new SourceLocation(path, document.BodyLine), diagnostics);

        if (title is null || date is null || source is null)
        {
            return null;
        }

        return new Letter
        {
            Id = id,
            Title = title,
            Date = date.Value,
            DateIsEstimate = undated,
            DateNote = dateNote,
            Recipients = recipients,
            CopiedTo = copiedTo,
            PublisherId = publisherId,
            Language = language,
            Source = source,
            Signatories = signatories,
            People = people,
            Body = body,
            Dates = dates,
            Location = fileStart,
        };
    }

    private static LetterDate? ReadDate(YamlFields fields)
    {
        var text = fields.RequiredString("date");
        if (text is null)
        {
            return null;
        }

        if (LetterDate.TryParse(text, out var date))
        {
            return date;
        }

        fields.Error(fields.Node("date")!, $"invalid date '{text}': write YYYY-MM-DD, YYYY-MM or YYYY (for an undated letter, the best estimate with 'undated: true')");
        return null;
    }

    private static LetterSource? ReadSource(YamlFields fields, LetterReferences references)
    {
        switch (fields.Node("source"))
        {
            case null:
                fields.Error("missing required field 'source' (where the text came from: a 'file' in this content folder and/or a 'url')");
                return null;
            case YamlScalar { Value: { Length: > 0 } shorthand } scalar:
                // "source: sources/x.txt" or "source: https://...": the one thing an editor usually knows.
                return Uri.TryCreate(shorthand, UriKind.Absolute, out var shorthandUrl) && shorthandUrl.Scheme is "http" or "https"
                    ? new LetterSource(null, shorthandUrl, null)
                    : new LetterSource(CheckedFile(fields, scalar, shorthand.Trim(), references), null, null);
        }

        var source = fields.OptionalMapping("source");
        if (source is null)
        {
            return null;
        }

        var file = source.OptionalString("file");
        var urlText = source.OptionalString("url");
        var note = source.OptionalString("note");
        source.RejectUnknownFields();
        if (file is null && urlText is null)
        {
            source.Error("'source' needs a 'file' (the original text in this content folder) or a 'url'");
        }

        Uri? url = null;
        if (urlText is not null && !(Uri.TryCreate(urlText, UriKind.Absolute, out url) && url.Scheme is "http" or "https"))
        {
            source.Error(source.Node("url")!, $"source 'url' must be an absolute http(s) address, not '{urlText}'");
            url = null;
        }

        return new LetterSource(file is null ? null : CheckedFile(source, source.Node("file")!, file, references), url, note);
    }

    private static string CheckedFile(YamlFields fields, YamlValue node, string file, LetterReferences references)
    {
        if (!SourceFileExists(references.ContentRoot, file))
        {
            fields.Error(node, $"source file '{file}' does not exist in the content folder");
        }

        return file;
    }

    // The file must stay inside the content folder: "../../etc/passwd" is not a source.
    internal static bool SourceFileExists(string contentRoot, string file)
    {
        var full = Path.GetFullPath(Path.Combine(contentRoot, file));
        return full.StartsWith(contentRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full);
    }

    private static Signatory? ReadSignatory(YamlFields fields, LetterReferences references)
    {
        var name = fields.RequiredString("name");
        var organization = ReadOrganization(fields, "organization", references);
        var countries = LoadContent.ReadCountries(fields, "countries");
        var regions = fields.StringList("regions") is { Count: > 0 } printed ? printed.Select(r => r.Value).ToArray() : [];
        fields.RejectUnknownFields();
        if (name is null)
        {
            return null;
        }

        if (organization is null && fields.Node("organization") is null)
        {
            organization = references.Names.Find(name);
            if (organization is null)
            {
                fields.Error(fields.Node("name")!, $"no organization is known by the name '{name}': add 'organization: <id>' or add the name to an organization's aliases");
            }
        }

        return organization is null ? null : new Signatory(organization.ExactName(name) ?? name, organization.Id, countries, regions, fields.Location);
    }

    private static Person? ReadPerson(YamlFields fields, LetterReferences references)
    {
        var name = fields.RequiredString("name");
        var roles = fields.MappingList("roles").Select(role =>
        {
            var title = role.OptionalString("title");
            var affiliation = role.OptionalString("affiliation");
            var organizationId = ReadOrganizationId(role, "organization", references)
                ?? (affiliation is null ? null : references.Names.Find(affiliation)?.Id);
            role.RejectUnknownFields();
            if (title is null && affiliation is null && organizationId is null)
            {
                role.Error(role.Node("title") ?? fields.Node("roles")!, "a role needs a 'title', an 'affiliation' or an 'organization'");
            }

            return new PersonRole(title, affiliation, organizationId);
        }).ToList();
        fields.RejectUnknownFields();
        return name is null ? null : new Person(name, roles, fields.Location);
    }

    // The id as the organization's own string, not the letter's copy of it (see Organization.ExactName).
    private static string? ReadOrganizationId(YamlFields fields, string key, LetterReferences references) =>
        ReadOrganization(fields, key, references)?.Id;

    private static Organization? ReadOrganization(YamlFields fields, string key, LetterReferences references)
    {
        var id = fields.OptionalString(key);
        if (id is null)
        {
            return null;
        }

        if (references.OrganizationsById.TryGetValue(id, out var organization))
        {
            return organization;
        }

        // Refused rather than followed: the file then says what every page, export and API answer says (README,
        // "Organizations renamed or merged").
        if (references.ReplacedBy.TryGetValue(id, out var replacement))
        {
            fields.Error(fields.Node(key)!, $"organization '{id}' was replaced by '{replacement.Id}' ({replacement.Location.Path}): write '{replacement.Id}'; the printed name stays as the letter prints it");
            return null;
        }

        var byName = references.Names.Find(id);
        var hint = byName is null
            ? $"there is no file organizations/{id}.yml"
            : $"'{id}' is a name of organization '{byName.Id}'; write its id";
        fields.Error(fields.Node(key)!, $"unknown organization id '{id}': {hint}");
        return null;
    }
}
