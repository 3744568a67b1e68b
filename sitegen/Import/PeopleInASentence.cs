using System.Text.RegularExpressions;

namespace Archive.SiteGen.Import;

/// <summary>
/// Individuals a letter names as signers in a sentence of its text rather than in its list: "We are joined, in their
/// personal capacity, by Dr. Jane Doe of Makerere University and by Abbé Jean Dupont of Goma.", "Se joignent à cet
/// appel, à titre personnel, Me Awa Traoré (Bamako) et Mgr Paul Kaboré." The sentence says they sign (a verb of
/// joining or signing) and in what capacity; each name is a person's name as a list prints it, with its titles.
/// </summary>
internal static partial class PeopleInASentence
{
    /// <summary>The people the text's sentences name as signing in a personal capacity, less those the block names.</summary>
    public static List<PrintedPerson> Read(IReadOnlyList<(string Text, int Line)> text, IReadOnlyList<PrintedPerson> listed)
    {
        var people = new List<PrintedPerson>();
        foreach (var (sentence, line) in Sentences(text))
        {
            if (PersonalCapacity().Match(sentence) is not { Success: true } capacity || !Signs().IsMatch(sentence))
            {
                continue;
            }

            foreach (var part in Separator().Split(sentence[(capacity.Index + capacity.Length)..]))
            {
                if (NameAndAffiliation(Article().Replace(part.Trim(',', ';', ':', '.', ' '), "")) is { } person
                    && !listed.Concat(people).Any(p => PersonLine.SamePerson(p.Name, person.Name)))
                {
                    people.Add(person with { Line = line });
                }
            }
        }

        return people;
    }

    // "Dr. Jane Doe of Makerere University", "Me Awa Traoré, avocate à Bamako", "Mgr Paul Kaboré (Ouagadougou)":
    // the name up to its affiliation; an affiliation that is an organization is kept as one.
    private static PrintedPerson? NameAndAffiliation(string part)
    {
        var cut = part.IndexOfAny([',', '(']);
        var name = (cut >= 0 ? part[..cut] : part).Trim();
        var affiliation = cut >= 0 ? part[(cut + 1)..].Trim().TrimEnd(')') : "";
        if (!PersonLine.IsPersonName(name))
        {
            foreach (Match of in Of().Matches(name))
            {
                if (PersonLine.IsPersonName(name[..of.Index]))
                {
                    (name, affiliation) = (name[..of.Index].Trim(), name[(of.Index + of.Length)..].Trim());
                    break;
                }
            }
        }

        if (!PersonLine.IsPersonName(name))
        {
            return null;
        }

        List<PrintedRole> roles = OrganizationWords.AnyIn(affiliation) ? [new PrintedRole(null, affiliation)] : [];
        return new PrintedPerson(name, roles, 0);
    }

    // The text's sentences, joined across the lines of each paragraph, each with the line it starts on.
    private static IEnumerable<(string Sentence, int Line)> Sentences(IReadOnlyList<(string Text, int Line)> text)
    {
        var paragraph = new List<(string Text, int Line)>();
        foreach (var line in text.Append((Text: "", Line: 0)))
        {
            if (line.Text.Trim().Length > 0)
            {
                paragraph.Add((line.Text.Trim(), line.Line));
                continue;
            }

            if (paragraph.Count == 0)
            {
                continue;
            }

            var joined = string.Join(" ", paragraph.Select(l => l.Text));
            var starts = paragraph.Select((l, i) => (Offset: paragraph.Take(i).Sum(p => p.Text.Length + 1), l.Line)).ToList();
            var offset = 0;
            foreach (var sentence in SentenceEnd().Split(joined))
            {
                yield return (sentence, starts.Last(s => s.Offset <= offset).Line);
                offset = joined.IndexOf(sentence, offset, StringComparison.Ordinal) + sentence.Length;
            }

            paragraph.Clear();
        }
    }

    // "in their personal capacity", "in an individual capacity", "à titre personnel", "a título personal",
    // "a título pessoal", "em caráter pessoal", "in persönlicher Eigenschaft", "als Privatpersonen".
    [GeneratedRegex(@"\b(?:in\s+(?:their|his|her|a|my|our)\s+(?:personal|individual)\s+capacit(?:y|ies)|in\s+an\s+individual\s+capacity|à\s+titre\s+(?:personnel|individuel)|a\s+título\s+(?:personal|individual|pessoal)|em\s+cará(?:c)?ter\s+pessoal|in\s+persönlicher\s+eigenschaft|als\s+privatpersone?n?)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PersonalCapacity();

    // The sentence says they sign: "are joined by", "signed by", "se joignent", "firman también", "assinam", "unterzeichnen".
    [GeneratedRegex(@"\b(?:join|sign|endors|support|rejoi|joign|sign|firm|suscri|adhier|sum|assin|subscrev|unterzeichn|unterstütz|angeschlossen|schließen)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Signs();

    // Between the names: "by", "and by", "par", "et par", "por", "y por", "e por", "von", "und von", "and", "et", "y", "e", "und", ";".
    [GeneratedRegex(@"(?:^|[,;:]?\s+)(?:(?:and|et|y|e|und)\s+)?(?:by|par|por|von)\s+(?=\p{Lu})|[,;]?\s+(?:and|et|y|e|und)\s+(?=(?:(?:la|el|le|o|a)\s+)?\p{Lu})|;\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    // " of ", " from ", " de ", " du ", " da ", " do ", " aus ", " von " before an affiliation ("of the University of Warsaw").
    [GeneratedRegex(@"\s+(?:of|from|de|du|da|do|aus|von)\s+(?=(?:the\s+|la\s+|le\s+|l'|el\s+|a\s+|o\s+|der\s+|die\s+)?\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex Of();

    // "la Dra. Elena Quispe", "el P. Tomás", "le Pasteur Jean": an article before a title is no part of the name.
    [GeneratedRegex(@"^(?:the|la|el|le|les|los|las|o|a)\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex Article();

    // A full stop ends a sentence, but not a title's or an initial's ("Dr. Jane", "Prof. A. Diallo", "Mgr. Paul").
    [GeneratedRegex(@"(?<=[.!?])(?<!\b\p{Lu}\p{Ll}{0,3}\.)\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();
}
