using System.CommandLine;
using Archive.Core.Letters;
using Archive.Core.Organizations;
using Archive.Core.Text;

namespace Archive.SiteGen.Import;

/// <summary>
/// <c>archive import FILE...</c>: turns letters received as plain text into content — a letter file, its source
/// text, new organizations and new aliases — and reports every decision. <c>--json</c> shows what it read and
/// writes nothing.
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "The letters as plain UTF-8 text files", Arity = ArgumentArity.OneOrMore };
        var content = ContentOption.Create();
        var json = new Option<bool>("--json") { Description = "Print what was read as a JSON array (one letter per file) and write nothing" };
        var date = new Option<string?>("--date") { Description = "For a letter that prints no date: your best estimate, written with undated: true", HelpName = "YYYY[-MM[-DD]]" };
        var dateNote = new Option<string?>("--date-note") { Description = "Why that date (the letter's date_note)", HelpName = "TEXT" };
        var accept = new Option<string[]>("--accept") { Description = "Link a signatory under review to an organization (repeatable)", HelpName = "NAME=ID" };
        var mergeReviewed = new Option<bool>("--merge-reviewed") { Description = "Link every signatory under review to its best candidate" };
        var command = new Command("import", "Import letters from plain text: write the letter, its source and its organizations, and report each decision")
        {
            files, content, json, date, dateNote, accept, mergeReviewed,
        };
        command.SetAction(parse => Run(
            parse.GetValue(files)!,
            parse.GetValue(content)!,
            parse.GetValue(json),
            parse.GetValue(date),
            parse.GetValue(dateNote),
            parse.GetValue(accept) ?? [],
            parse.GetValue(mergeReviewed),
            Console.Out,
            Console.Error));
        return command;
    }

    /// <summary>Exit code 0 when the run succeeded (or <c>--json</c> printed), 1 when anything was refused — and then nothing is written.</summary>
    public static int Run(IReadOnlyList<string> files, string contentPath, bool json, string? date, string? dateNote, IReadOnlyList<string> accept, bool mergeReviewed, TextWriter output, TextWriter errors)
    {
        var options = TryOptions(files, contentPath, date, dateNote, accept, mergeReviewed, errors);
        if (options is null)
        {
            return 1;
        }

        var outcome = ImportLetters.Plan(options, forWriting: !json);
        if (json && outcome.Problems.Count == 0)
        {
            output.WriteLine(ImportReport.Json(outcome));
            return 0;
        }

        if (!json)
        {
            ImportReport.WriteText(outcome, output);
        }

        if (outcome.Problems.Count > 0)
        {
            foreach (var problem in outcome.Problems)
            {
                errors.WriteLine(problem);
            }

            errors.WriteLine($"import: {CountedNoun.Of(outcome.Problems.Count, "problem")}; nothing was written");
            return 1;
        }

        if (WriteAllOrNothing.Run(contentPath, outcome.Writes) is { } writeProblem)
        {
            errors.WriteLine(writeProblem);
            return 1;
        }

        var organizations = outcome.Organizations!;
        var reviews = outcome.Letters.SelectMany(l => l.Signatories).Count(s => s.Match.Method == MatchMethod.Review && s.IsNewOrganization);
        output.WriteLine(
            $"import: wrote {CountedNoun.Of(outcome.Letters.Count, "letter")}, {CountedNoun.Of(organizations.Created.Count(), "new organization")}, " +
            $"updated {CountedNoun.Of(organizations.Additions.Count, "organization")}" +
            (reviews > 0 ? $"; {CountedNoun.Of(reviews, "signatory", "signatories")} {(reviews == 1 ? "needs" : "need")} review (written as new organizations; see 'may be' above)" : ""));
        return 0;
    }

    private static ImportOptions? TryOptions(IReadOnlyList<string> files, string contentPath, string? date, string? dateNote, IReadOnlyList<string> accept, bool mergeReviewed, TextWriter errors)
    {
        LetterDate? givenDate = null;
        if (date is not null)
        {
            if (!LetterDate.TryParse(date, out var parsed))
            {
                errors.WriteLine($"--date: '{date}' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD");
                return null;
            }

            givenDate = parsed;
        }

        if (dateNote is not null && date is null)
        {
            errors.WriteLine("--date-note: goes with --date (the note says why that date)");
            return null;
        }

        var accepted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in accept)
        {
            var equals = pair.LastIndexOf('=');
            if (equals <= 0 || equals == pair.Length - 1)
            {
                errors.WriteLine($"--accept: '{pair}' must be NAME=ID, the printed name and the organization id");
                return null;
            }

            accepted[OrganizationNames.Key(pair[..equals])] = pair[(equals + 1)..].Trim();
        }

        return new ImportOptions(contentPath, files, givenDate, dateNote, accepted, mergeReviewed);
    }
}
