using System.Text.Json;
using System.Text.Json.Nodes;
using Archive.Core.Json;
using Archive.Core.Organizations;

namespace Archive.SiteGen.Import;

/// <summary>
/// Shows an import's reasoning: a readable report with one line per signatory and its decision, or, for
/// <c>--json</c>, the letters in the shared JSON letter shape (<see cref="LetterJson"/>) with a <c>match</c>
/// object on each signatory.
/// </summary>
internal static class ImportReport
{
    public static void WriteText(ImportLetters.Outcome outcome, TextWriter output)
    {
        foreach (var letter in outcome.Letters)
        {
            var draft = letter.Draft;
            output.WriteLine($"{letter.File} → letters/{letter.Id ?? "(no id until it has a date)"}.md");
            output.WriteLine($"  title: {draft.Title}{(draft.TitleIsPrinted ? "" : " (the letter prints no title; this one is made from its recipient or date: edit it)")}");
            output.WriteLine("  date: " + (letter.Date is null ? "none printed"
                : letter.DateIsEstimate ? $"{letter.Date} (estimate given with --date; written with undated: true)"
                : $"{letter.Date} ({letter.Date.Value.Precision.ToString().ToLowerInvariant()}, line {draft.DateLine})"));
            if (draft.DateCaution is not null)
            {
                output.WriteLine($"  caution: {draft.DateCaution}");
            }

            if (draft.Recipients.Count > 0)
            {
                output.WriteLine($"  recipients: {string.Join(" | ", draft.Recipients)}");
            }

            if (draft.Cc.Count > 0)
            {
                output.WriteLine($"  cc: {string.Join(" | ", draft.Cc)}");
            }

            if (draft.Letterhead is not null)
            {
                output.WriteLine($"  letterhead: {draft.Letterhead} → {(letter.PublisherId is null ? "no known organization; no publisher written" : "publisher " + letter.PublisherId)}");
            }

            output.WriteLine($"  signatories ({letter.Signatories.Count}), from line {draft.SignatureLine}:");
            foreach (var signatory in letter.Signatories)
            {
                WriteSignatory(signatory, output);
            }

            if (letter.People.Count > 0)
            {
                output.WriteLine($"  people ({letter.People.Count}):");
                foreach (var person in letter.People)
                {
                    var roles = person.Printed.Roles.Select((r, i) => string.Join(", ", new[] { r.Title, r.Affiliation }.OfType<string>()) + (person.AffiliationIds[i] is { } id ? $" [{id}]" : ""));
                    output.WriteLine($"    line {person.Printed.Line,4}  {person.Printed.Name}{(person.Printed.Roles.Count > 0 ? " — " + string.Join("; ", roles) : "")}");
                }
            }

            foreach (var skipped in draft.Skipped)
            {
                output.WriteLine($"    line {skipped.Line,4}  skipped '{skipped.Text}': {skipped.Reason}");
            }
        }
    }

    private static void WriteSignatory(ResolvedSignatory signatory, TextWriter output)
    {
        var printed = signatory.Printed;
        var places = string.Join(", ", printed.Places.Countries.Select(c => c.Value).Concat(printed.Places.Regions));
        output.WriteLine($"    line {printed.Line,4}  {printed.Name}{(places.Length > 0 ? $" ({places})" : "")} → {signatory.Decision}{(printed.Note is null ? "" : $"; {printed.Note}")}");
        if (signatory.Match.IsMatched)
        {
            output.WriteLine($"               because {signatory.Match.Reason}");
        }

        if (signatory.Match.Method == MatchMethod.Review)
        {
            foreach (var candidate in signatory.Match.Candidates)
            {
                output.WriteLine($"               may be {candidate.Organization.Id} '{candidate.Organization.Name}': {candidate.Reason}");
            }

            if (signatory.IsNewOrganization)
            {
                output.WriteLine($"               to link it instead: --accept \"{printed.Name}={signatory.Match.Candidates[0].Organization.Id}\"");
            }
        }
    }

    // The shared options, indented: the JSON is read by editors as well as by programs.
    private static readonly JsonSerializerOptions IndentedOptions = new(ArchiveJson.Options) { WriteIndented = true };

    public static string Json(ImportLetters.Outcome outcome)
    {
        var array = new JsonArray();
        foreach (var letter in outcome.Letters)
        {
            array.Add(LetterNode(letter, outcome.Organizations!));
        }

        return array.ToJsonString(IndentedOptions);
    }

    private static JsonNode LetterNode(ImportedLetter letter, ImportedOrganizations organizations)
    {
        var (date, precision) = letter.Date is { } d ? LetterJson.DateOf(d) : ((string?)null, (string?)null);
        string? Existing(string? id) => id is not null && organizations.Exists(id) ? id : null;
        var publisher = Existing(letter.PublisherId) is { } publisherId ? organizations.Find(publisherId) : null;
        var json = new LetterJson
        {
            Id = letter.Id,
            Title = letter.Draft.Title,
            Date = date,
            DatePrecision = precision,
            DateIsEstimate = letter.DateIsEstimate,
            DateNote = letter.DateNote ?? (letter.Date is null ? "No date found: the letter prints none. Give your best estimate with --date to write it." : null),
            Recipients = letter.Draft.Recipients,
            Cc = letter.Draft.Cc,
            Publisher = publisher is null ? null : new OrganizationRefJson(publisher.Id, publisher.Name),
            Language = letter.Draft.Language,
            Source = new SourceJson(letter.Id is null ? null : $"sources/{letter.Id}.txt", null, $"Imported from {Path.GetFileName(letter.File)}."),
            // Every signatory carries the id it will be written with, a new organization's too, so that two letters
            // of one run that share a new organization show the same id; match.new says which ids are new.
            // countries as the archive will read them once written (printed, else the organization's); printedCountries as printed.
            Signatories = [.. letter.Signatories.Select(s => new SignatoryJson(
                s.Printed.Name,
                s.OrganizationId,
                [.. (s.Printed.Places.Countries.Count > 0 || s.OrganizationId is null ? s.Printed.Places.Countries : organizations.Find(s.OrganizationId)?.Countries ?? []).Select(c => c.Value)],
                s.Printed.Places.Regions)
            {
                PrintedCountries = [.. s.Printed.Places.Countries.Select(c => c.Value)],
            })],
            People = [.. letter.People.Select(p => new PersonJson(
                p.Printed.Name,
                [.. p.Printed.Roles.Select((r, i) => new PersonRoleJson(r.Title, r.Affiliation, Existing(p.AffiliationIds[i])))]))],
        };

        var node = JsonSerializer.SerializeToNode(json, ArchiveJson.Options)!;
        var signatories = node["signatories"]!.AsArray();
        for (var i = 0; i < letter.Signatories.Count; i++)
        {
            signatories[i]!["match"] = MatchNode(letter.Signatories[i], organizations);
        }

        return node;
    }

    private static JsonObject MatchNode(ResolvedSignatory signatory, ImportedOrganizations organizations)
    {
        var candidates = new JsonArray();
        foreach (var candidate in signatory.Match.Candidates)
        {
            var isNew = !organizations.Exists(candidate.Organization.Id);
            candidates.Add(new JsonObject
            {
                ["organizationId"] = candidate.Organization.Id,
                ["name"] = candidate.Organization.Name,
                ["score"] = candidate.Score,
                ["reason"] = isNew ? candidate.Reason + " (an organization new in this import)" : candidate.Reason,
            });
        }

        return new JsonObject
        {
            ["method"] = signatory.Match.Method.ToString().ToLowerInvariant(),
            ["new"] = !organizations.Exists(signatory.OrganizationId),
            ["decision"] = signatory.Decision,
            ["reason"] = signatory.Match.Reason,
            ["candidates"] = candidates,
        };
    }
}
