using System.Text.RegularExpressions;
using Archive.Core.Letters;

namespace Archive.SiteGen.Import;

/// <summary>
/// Reads the part of a letter after its closing ("Sincerely,") or its list heading ("Signatories:"): the people
/// who signed with their roles (a name followed by "Title, Organization" lines, or "Name, Title, Organization" on
/// one line), the organizations, and the lines that are neither (e-mail, phone, address, the name written again
/// as a signature). It stops at a trailer: "###", "For more information", "Contact:", footnotes.
/// </summary>
internal static partial class SignatureBlock
{
    /// <summary>What the block holds.</summary>
    internal sealed record Contents(List<PrintedSignatory> Signatories, List<PrintedPerson> People, List<SkippedLine> Skipped, (LetterDate Date, int Line, string? Note)? Date);

    private enum Mode
    {
        Any,
        Organizations,
        People,
    }

    /// <summary>True for a line that starts the signatory block: a closing formula or a heading of the list.</summary>
    public static bool IsStart(string line) => IsClosing(line) || IsHeading(line, out _);

    public static bool IsClosing(string line)
    {
        var text = line.Trim();
        return text.Length <= 160 && Closing().IsMatch(text);
    }

    /// <summary>A heading of the list ("This letter was endorsed by the following organizations:"); people headings set <paramref name="people"/>.</summary>
    public static bool IsHeading(string line, out bool people)
    {
        var text = line.Trim();
        people = text.Length <= 80 && PeopleHeading().IsMatch(text);
        // "Signed by: A; B; C …" may be long; its heading is what comes before the colon.
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var heading = colon > 0 ? text[..(colon + 1)] : text;
        return people || (heading.Length <= 120 && OrganizationsHeading().IsMatch(heading));
    }

    public static Contents Read(IReadOnlyList<(string Text, int Line)> lines)
    {
        var contents = new Contents([], [], [], null);
        var mode = Mode.Any;
        PrintedPerson? current = null;
        var awaitingAffiliation = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var (raw, line) = lines[i];
            var text = raw.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (Trailer().IsMatch(text))
            {
                contents.Skipped.Add(new SkippedLine(line, text, "the signatory block ends here (a trailer, not a signatory)"));
                break;
            }

            if (IsHeading(text, out var peopleHeading))
            {
                mode = peopleHeading ? Mode.People : Mode.Organizations;
                (current, awaitingAffiliation) = (null, false);
                var colon = text.IndexOf(':', StringComparison.Ordinal);
                var rest = colon >= 0 ? text[(colon + 1)..].Trim() : "";
                if (rest.Length > 0)
                {
                    contents.Signatories.AddRange(SignatoryLine.Read(rest, line));
                }

                continue;
            }

            if (IsContact(text))
            {
                contents.Skipped.Add(new SkippedLine(line, text, "contact details (e-mail, web address, phone or postal address)"));
                continue;
            }

            if (WrittenDate.TryParse(text, out var date, out var note))
            {
                contents = contents with { Date = contents.Date ?? (date, line, note) };
                contents.Skipped.Add(new SkippedLine(line, text, "a date"));
                continue;
            }

            var cleaned = SignatoryLine.Clean(text);
            if (contents.People.Any(p => SamePerson(p.Name, cleaned)))
            {
                contents.Skipped.Add(new SkippedLine(line, text, "a signer's name written again (the signature)"));
                continue;
            }

            if (TryPersonOnOneLine(cleaned, line) is { } inline)
            {
                contents.People.Add(inline);
                (current, awaitingAffiliation) = (inline, false);
                continue;
            }

            if (current is not null)
            {
                if (TryRole(cleaned) is { } role)
                {
                    current = AddRole(contents.People, current, role);
                    awaitingAffiliation = role.Affiliation is null;
                    continue;
                }

                if (awaitingAffiliation && !IsPersonName(cleaned))
                {
                    var last = current.Roles[^1];
                    current = ReplaceLastRole(contents.People, current, last with { Affiliation = cleaned });
                    awaitingAffiliation = false;
                    continue;
                }
            }

            if (mode == Mode.People)
            {
                // Under "Individuals:", every line is a person; a printed country is not kept (people have none).
                current = new PrintedPerson(SignatoryLine.One(cleaned, line).Name, [], line);
                contents.People.Add(current);
                awaitingAffiliation = false;
                continue;
            }

            var looksLikePerson = IsPersonName(cleaned);
            if (looksLikePerson && (Honorific().IsMatch(cleaned) || NextIsRole(lines, i)))
            {
                current = new PrintedPerson(cleaned, [], line);
                contents.People.Add(current);
                awaitingAffiliation = false;
                continue;
            }

            (current, awaitingAffiliation) = (null, false);
            contents.Signatories.AddRange(SignatoryLine.Read(text, line));
        }

        return contents;
    }

    /// <summary>"William R. Pace, Executive Director, WFM-IGP" or "Dr. Andrés Serbin / Chair, ICRtoP / Executive Director, CRIES".</summary>
    private static PrintedPerson? TryPersonOnOneLine(string text, int line)
    {
        var bySlash = text.Split([" / ", " | "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (bySlash.Length >= 2 && IsPersonName(bySlash[0]))
        {
            var roles = bySlash[1..].Select(part => TryRole(part) ?? new PrintedRole(null, part)).ToList();
            return new PrintedPerson(bySlash[0], roles, line);
        }

        var separator = NameSeparator().Match(text);
        if (separator.Success && IsPersonName(text[..separator.Index]) && TryRole(text[(separator.Index + separator.Length)..]) is { } role)
        {
            return new PrintedPerson(text[..separator.Index].Trim(), [role], line);
        }

        return null;
    }

    /// <summary>"Executive Director", "Chair, International Coalition …", "Deputy-Director, …": a line that starts with a position.</summary>
    private static PrintedRole? TryRole(string text)
    {
        var first = text.Split([' ', '-', ','], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        if (first is null || !RoleWord().IsMatch(first) || text.Length > 200 || SignatoryLine.One(text, 0).Places.Any)
        {
            // A printed country makes it an organization: "Executive Secretariat of the …, Burundi".
            return null;
        }

        var comma = text.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
        {
            return new PrintedRole(text[..comma].Trim(), text[(comma + 1)..].Trim().TrimEnd('.'));
        }

        var at = AtOrganization().Match(text);
        if (at.Success && OrganizationWords.AnyIn(at.Groups["organization"].Value))
        {
            return new PrintedRole(at.Groups["title"].Value.Trim(), at.Groups["organization"].Value.Trim());
        }

        // A title alone ("Executive Director", "Steering Committee Member") is made of title words only, so an
        // organization such as "Executive Secretariat of ICGLR" is not taken for one.
        var words = text.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 6 && words.All(w => RoleWord().IsMatch(w) || TitleWord().IsMatch(w)) ? new PrintedRole(text, null) : null;
    }

    private static bool NextIsRole(IReadOnlyList<(string Text, int Line)> lines, int index)
    {
        for (var j = index + 1; j < lines.Count; j++)
        {
            var next = lines[j].Text.Trim();
            if (next.Length == 0 || IsContact(next))
            {
                continue;
            }

            return TryRole(SignatoryLine.Clean(next)) is not null;
        }

        return false;
    }

    private static bool IsPersonName(string text) => PersonName().IsMatch(text) && !OrganizationWords.AnyIn(text);

    // "William R. Pace" and "William R Pace" are one signer.
    private static bool SamePerson(string name, string text) =>
        LettersOnly(name) == LettersOnly(text) || LettersOnly(Honorific().Replace(name, "")) == LettersOnly(text);

    private static string LettersOnly(string text) => string.Concat(text.Where(char.IsLetter)).ToLowerInvariant();

    private static bool IsContact(string text) =>
        Email().IsMatch(text) || Web().IsMatch(text) || Phone().IsMatch(text) || Address().IsMatch(text);

    private static PrintedPerson AddRole(List<PrintedPerson> people, PrintedPerson person, PrintedRole role) =>
        Replace(people, person, person with { Roles = [.. person.Roles, role] });

    private static PrintedPerson ReplaceLastRole(List<PrintedPerson> people, PrintedPerson person, PrintedRole role) =>
        Replace(people, person, person with { Roles = [.. person.Roles.Take(person.Roles.Count - 1), role] });

    private static PrintedPerson Replace(List<PrintedPerson> people, PrintedPerson old, PrintedPerson updated)
    {
        people[people.IndexOf(old)] = updated;
        return updated;
    }

    [GeneratedRegex(@"^(?:(?:yours\s+)?(?:very\s+)?(?:sincerely|faithfully|truly|respectfully|cordially)(?:\s+yours)?|(?:with\s+)?(?:best|kind|warm|warmest|kindest)?\s*regards|please accept\b.*|veuillez agréer\b.*|(?:bien\s+)?cordialement|salutations distinguées|respectueusement|atentamente|cordialmente|saludos cordiales|sinceramente|in solidarity|en solidarité|en solidaridad)\s*[,.:]?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Closing();

    // The whole line is the heading, perhaps with the list after its colon ("Signed by: A; B"); a sentence that
    // merely starts with "Signatories …" is not one.
    [GeneratedRegex(@"^(?:(?:this\s+(?:letter|statement|appeal)\s+(?:was|is|has\s+been)\s+)?(?:signed|endorsed|supported|co-?signed)(?:\s+by)?(?:\s+the\s+following(?:\s+[\w-]+){0,3})?|(?:list\s+of\s+)?signator(?:y|ies)(?:\s+organi[sz]ations)?|(?:the\s+)?undersigned(?:\s+organi[sz]ations)?|(?:the\s+following\s+)?organi[sz]ations\s+(?:signing|endorsing|signed|endorsed)(?:\s+[\w-]+){0,3}|(?:signing|endorsing)\s+organi[sz]ations|organisations?\s+signataires|signataires|firmantes|firman|organizaciones\s+firmantes|lista\s+de\s+firmantes|liste\s+des\s+signataires)\s*(?::.*|\.)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OrganizationsHeading();

    [GeneratedRegex(@"^(?:individual(?:s|\s+signatories|\s+signers)?|in\s+(?:their|a)\s+personal\s+capacity|signed\s+in\s+(?:a\s+)?personal\s+capacity|personnes|signataires\s+individuels|a\s+título\s+personal|firmas\s+individuales)\s*:?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PeopleHeading();

    [GeneratedRegex(@"^(?:#{3}|-30-|\*{3}|_{3,}|-{3,}|for\s+(?:more|further)\s+information|contacts?\s*:|media\s+contacts?|press\s+contacts?|notes?\s*:|foot\s*notes?|end\s*notes?|\[\d+\]|¹|pour\s+plus\s+d'informations|para\s+más\s+información|contact\s+presse)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Trailer();

    [GeneratedRegex(@"[\w.+-]+@[\w-]+\.[\w.-]+", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"(?:https?://|www\.)\S+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Web();

    [GeneratedRegex(@"^(?:phone|tel|telephone|téléphone|tél|teléfono|fax|mobile|mob|cell)\b\.?|^\+?[\d\s().\-/x]{7,}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Phone();

    [GeneratedRegex(@"^\d+[a-z]?\s+\p{L}|\b(?:floor|street|avenue|ave|road|suite|boulevard|blvd|p\.?\s?o\.?\s+box|b\.?p\.?\s+\d+|rue|calle|apartado)\b.*\d|\d.*\b(?:floor|street|avenue|ave|road|suite|boulevard|rue|calle)\b|\b[A-Z]{2}\s+\d{5}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Address();

    [GeneratedRegex(@"^(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Rev|Fr|Sr|Sra|Srta|Mme|Mlle|M|Hon|H\.\s?E|S\.\s?E|Sir|Dame|Amb|Ambassador|Me)\.?\s+)+", RegexOptions.CultureInvariant)]
    private static partial Regex Honorific();

    [GeneratedRegex(@"^(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Rev|Fr|Sr|Sra|Srta|Mme|Mlle|M|Hon|H\.\s?E|S\.\s?E|Sir|Dame|Amb|Ambassador|Me)\.?\s+)*(?:\p{Lu}[\p{L}'’]*\p{Ll}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*)(?:\s+(?:\p{Lu}\.?|\p{Lu}[\p{L}'’]*\p{Ll}[\p{L}'’]*(?:-\p{L}[\p{L}'’]*)*|de|da|do|dos|das|van|von|der|den|del|della|di|la|le|du|bin|binti|al|el|ibn|y)){1,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex PersonName();

    [GeneratedRegex(@"^(?:executive|director|directora|directeur|directrice|chair|chairperson|chairman|chairwoman|co-chair|president|président|présidente|presidente|presidenta|vicepresidente|vice-président|vice|membre|miembro|fondateur|fondatrice|fundador|fundadora|représentant|représentante|representante|responsable|porte-parole|délégué|déléguée|delegado|delegada|directeur|directrice|director|secretary|secrétaire|secretario|secretaria|coordinator|co-ordinator|coordinateur|coordinatrice|coordinador|coordinadora|member|deputy|founder|co-founder|cofounder|head|officer|manager|programme|program|senior|advisor|adviser|representative|ceo|coo|cfo|trustee|convenor|convener|spokesperson|researcher|professor|lawyer|attorney|steering|assistant|fellow|leader|chief|principal|dean|editor|consultant|analyst|officer|treasurer|moderator|facilitator|focal)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RoleWord();

    [GeneratedRegex(@"^(?:of|the|and|for|de|du|des|la|le|del|y|et|committee|comité|comite|board|general|général|programmes?|programs?|communications?|advocacy|policy|legal|national|regional|country|project|team|staff|relations|affairs|research|campaigns?|operations|finance|media|press|public|external|membership|development|emeritus|interim|acting|honorary|&)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TitleWord();

    [GeneratedRegex(@"^(?<title>.+?)\s+(?:at|of|for)\s+(?<organization>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex AtOrganization();

    [GeneratedRegex(@"\s*(?:,|\s[-–—]\s)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex NameSeparator();
}
