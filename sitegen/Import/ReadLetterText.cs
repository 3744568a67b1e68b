using System.Text.RegularExpressions;
using Archive.Core.Letters;

namespace Archive.SiteGen.Import;

/// <summary>
/// Reads a letter's plain text into a <see cref="LetterDraft"/>, top to bottom in named steps:
/// find the signatory block (the closing or list heading) → find the salutation → read the header above it
/// (letterhead, title, date, recipients, CC) → turn the body into Markdown → read the signatory block.
/// </summary>
internal static partial class ReadLetterText
{
    public static LetterDraft? From(string text, string file, out ImportProblem? problem)
    {
        problem = null;
        var lines = text.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd()).ToList();
        var signature = lines.FindIndex(SignatureBlock.IsStart);
        if (signature < 0)
        {
            problem = new ImportProblem(file, null, "no signatory block found: the names must follow a closing line such as 'Sincerely,' or a heading such as 'Signatories:' or 'This letter was endorsed by the following organizations:'");
            return null;
        }

        var salutation = lines.FindIndex(0, signature, line => line.Trim().Length <= 120 && Salutation().IsMatch(line.Trim()));
        var headerEnd = salutation >= 0 ? salutation : FirstBodyLine(lines, signature);
        var bodyStart = salutation >= 0 ? salutation + 1 : headerEnd;
        var header = ReadHeader(lines, headerEnd);

        var block = SignatureBlock.Read([.. lines.Select((l, i) => (l, i + 1)).Skip(signature + (SignatureBlock.IsClosing(lines[signature]) ? 1 : 0))]);
        if (block.Signatories.Count == 0 && block.People.Count == 0)
        {
            problem = new ImportProblem(file, signature + 1, "the signatory block has no organization and no person in it");
            return null;
        }

        var date = header.Date ?? block.Date;
        var body = lines.Skip(bodyStart).Take(signature - bodyStart).ToList();
        return new LetterDraft
        {
            Title = header.Title ?? DerivedTitle(header.Recipients, date?.Date),
            TitleIsPrinted = header.Title is not null,
            Date = date?.Date,
            DateLine = date?.Line,
            DateCaution = date?.Note,
            Recipients = header.Recipients,
            Cc = header.Cc,
            Letterhead = header.Letterhead,
            Language = LanguageOf(lines),
            Body = BodyMarkdown.From(body),
            SignatureLine = signature + 1,
            Signatories = Deduplicate(block.Signatories, block.Skipped),
            People = block.People,
            Skipped = block.Skipped,
        };
    }

    private sealed record Header(string? Title, (LetterDate Date, int Line, string? Note)? Date, List<string> Recipients, List<string> Cc, string? Letterhead);

    /// <summary>Without a salutation, the body starts at the first line that reads like prose.</summary>
    private static int FirstBodyLine(List<string> lines, int signature)
    {
        var index = lines.FindIndex(0, signature, line =>
        {
            var text = line.Trim();
            return text.Length > 200 || (text.Length > 0 && ".!?".Contains(text[^1], StringComparison.Ordinal) && text.Split(' ').Length > 12);
        });
        return index >= 0 ? index : 0;
    }

    private static Header ReadHeader(List<string> lines, int end)
    {
        string? title = null;
        string? letterhead = null;
        (LetterDate, int, string?)? date = null;
        var recipients = new List<string>();
        var cc = new List<string>();
        var ccText = "";
        var inCc = false;
        string? address = null;
        void EndAddress()
        {
            if (address is not null)
            {
                recipients.Add(address);
                address = null;
            }
        }

        for (var i = 0; i < end; i++)
        {
            var text = lines[i].Trim();
            if (text.Length == 0)
            {
                EndAddress();
                inCc = false;
                continue;
            }

            if (Labelled().Match(text) is { Success: true } labelled)
            {
                EndAddress();
                var value = labelled.Groups["value"].Value.Trim();
                switch (labelled.Groups["label"].Value.ToLowerInvariant())
                {
                    case "cc" or "copy" or "copie" or "copia" or "c.c.":
                        inCc = true;
                        ccText += value + ";";
                        break;
                    case "subject" or "re" or "objet" or "asunto" or "ref":
                        title = value;
                        break;
                    default:
                        recipients.AddRange(InCareOf().Split(value).Select(r => r.Trim()).Where(r => r.Length > 0).Select((r, n) => n > 0 ? "In care of: " + r : r));
                        break;
                }

                continue;
            }

            if (inCc)
            {
                ccText += " " + text;
                continue;
            }

            if (date is null && WrittenDate.TryParse(text, out var parsed, out var note))
            {
                EndAddress();
                date = (parsed, i + 1, note);
            }
            else if (letterhead is null && title is null && date is null && IsCapitals(text) && !LetterTitle().IsMatch(text))
            {
                letterhead = text;
            }
            else if (LetterTitle().IsMatch(text) || (title is null && date is null && recipients.Count == 0 && address is null))
            {
                title = title is null ? text : title + " " + text;
            }
            else
            {
                address = address is null ? text : address + ", " + text;
            }
        }

        EndAddress();
        cc.AddRange(ccText.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        return new Header(title, date, recipients, cc, letterhead);
    }

    private static string DerivedTitle(List<string> recipients, LetterDate? date) =>
        recipients.Count > 0 ? "Letter to " + recipients[0].Split(',')[0].Trim()
        : date is { } known ? "Letter of " + known.ToDisplayString()
        : "Untitled letter";

    /// <summary>A list printed twice (bare, then with countries) is one signatory each: the first place, the fullest details.</summary>
    private static List<PrintedSignatory> Deduplicate(List<PrintedSignatory> signatories, List<SkippedLine> skipped)
    {
        var result = new List<PrintedSignatory>();
        foreach (var signatory in signatories)
        {
            var key = Archive.Core.Organizations.OrganizationNames.Key(signatory.Name);
            var index = result.FindIndex(s => Archive.Core.Organizations.OrganizationNames.Key(s.Name) == key);
            if (index < 0)
            {
                result.Add(signatory);
                continue;
            }

            skipped.Add(new SkippedLine(signatory.Line, signatory.Name, $"printed again (first at line {result[index].Line}); one signatory"));
            result[index] = result[index] with { Places = result[index].Places.Plus(signatory.Places) };
        }

        return result;
    }

    private static bool IsCapitals(string text) =>
        text.Any(char.IsLetter) && !text.Any(char.IsLower) && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2;

    private static string LanguageOf(List<string> body)
    {
        var words = string.Join(' ', body).ToLowerInvariant().Split([' ', ',', '.', ';', ':', '\''], StringSplitOptions.RemoveEmptyEntries);
        // The commonest short words of each language, none shared between them.
        var english = words.Count(w => w is "the" or "and" or "we" or "to" or "of" or "is" or "for" or "our");
        var french = words.Count(w => w is "le" or "les" or "des" or "et" or "nous" or "vous" or "une" or "du" or "au" or "aux" or "pour");
        var spanish = words.Count(w => w is "el" or "los" or "las" or "y" or "nosotros" or "una" or "del" or "con" or "para" or "por");
        return french > english && french >= spanish ? "fr" : spanish > english && spanish > french ? "es" : "en";
    }

    [GeneratedRegex(@"^(?:(?:your\s+|vuestra\s+|votre\s+)?excellenc(?:y|ies)|excelencia|excelentísim[oa]s?.*|dear\b.*|monsieur\b.*|madame\b.*|mesdames\b.*|messieurs\b.*|señor\b.*|señora\b.*|estimad[oa]s?\b.*|distinguid[oa]s?\b.*|to whom it may concern|honou?rable\b.*|mr\.?\s+(?:president|secretary)\b.*|madam\s+(?:president|secretary)\b.*)\s*[,:]?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Salutation();

    [GeneratedRegex(@"^(?<label>to|à|a|para|attn|attention|destinataires?|cc|c\.c\.|copy|copie|copia|subject|re|objet|asunto|ref)\s*:\s*(?<value>.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Labelled();

    [GeneratedRegex(@"\s+(?:in\s+care\s+of|c/o)\s*:?\s*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex InCareOf();

    [GeneratedRegex(@"^(?:(?:open|joint|public)\s+letter|lettre\s+ouverte|carta\s+abierta)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LetterTitle();
}
