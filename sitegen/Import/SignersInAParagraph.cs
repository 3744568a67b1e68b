using System.Text.RegularExpressions;

namespace Archive.SiteGen.Import;

/// <summary>
/// The signers named in sentences after the closing, where a list would stand: "Cette lettre est portée par la
/// Coalition … (CFLA, internationale), Scholars at Risk (États-Unis) et l'Internationale de l'Éducation. Elle est
/// soutenue par la Fédération … (France), … À titre personnel, elle est également signée par Pr X (Université de
/// Montréal) et M. Y (chercheur en exil).", "This letter is signed by … It is also endorsed by …". Each sentence's
/// names are a list run in (<see cref="SignatoryLine.ReadRunIn"/>), without the articles the sentence puts before
/// them; those of a sentence that says they sign in a personal capacity are people, without what the brackets after
/// them say.
/// </summary>
internal static partial class SignersInAParagraph
{
    public static bool TryRead(BlockReading reading, BlockLine blockLine)
    {
        // "This letter was endorsed by the following organizations:" heads a list printed under it (ListHeading).
        if (!blockLine.StartsParagraph || SignedBy().Match(blockLine.Text) is not { Success: true, Index: 0 } intro
            || blockLine.Text.TrimEnd().EndsWith(':') || ListBelow().IsMatch(blockLine.Text[intro.Length..]))
        {
            return false;
        }

        var end = reading.ParagraphEnd();
        var text = blockLine.Text;
        foreach (var next in reading.Lines[(reading.Index + 1)..(end + 1)])
        {
            text = WrappedLines.JoinedTo(text, next.Text.Trim());
            reading.Contents.Skipped.Add(new SkippedLine(next.Line, next.Text.Trim(), "the signers named in the sentences above, read with them"));
        }

        var sentences = SignedBy().Matches(text).Where(m => m.Index == 0 || text[..m.Index].TrimEnd().EndsWith('.')).ToList();
        for (var i = 0; i < sentences.Count; i++)
        {
            var from = sentences[i].Index + sentences[i].Length;
            var names = Articles().Replace(text[from..(i + 1 < sentences.Count ? sentences[i + 1].Index : text.Length)].Trim().TrimEnd('.'), "");
            if (sentences[i].Groups["personal"].Success)
            {
                reading.Contents.People.AddRange(SignatoryLine.ReadRunIn(names, blockLine.Line).Select(p => new PrintedPerson(WithoutBrackets(p.Text), [], blockLine.Line)));
            }
            else
            {
                reading.Contents.Signatories.AddRange(SignatoryLine.ReadRunIn(AcronymAndPlaceApart().Replace(names, AsTwoBrackets), blockLine.Line));
            }
        }

        reading.Index = end;
        reading.ParagraphStart = true;
        return true;
    }

    // "(CFLA, internationale)": the acronym and the place in one bracket, as two; "(Bunia, Ituri)" stays.
    private static string AsTwoBrackets(Match bracket) =>
        Places.TryRead(bracket.Groups["place"].Value) is not null ? $"({bracket.Groups["acronym"].Value}) ({bracket.Groups["place"].Value.Trim()})" : bracket.Value;

    // "Pr Jean-Baptiste Laforest (Université de Montréal)": the person, without where they work.
    private static string WithoutBrackets(string text) => text.IndexOf(" (", StringComparison.Ordinal) is > 0 and var bracket ? text[..bracket].Trim() : text.Trim();

    // "This letter is signed by", "It is also endorsed by", "Cette lettre est portée par", "Elle est soutenue par", "À titre
    // personnel, elle est également signée par", "Esta carta es firmada por", "A carta é assinada por", "Questa lettera è
    // sottoscritta da": a sentence that says who signs, and whether in a personal capacity.
    [GeneratedRegex(@"(?<personal>(?:in\s+(?:a|their)\s+(?:personal|individual)\s+capacity|à\s+titre\s+(?:personnel|individuel)|a\s+título\s+(?:personal|individual)|em\s+(?:caráter|nome)\s+(?:pessoal|individual)|a\s+titolo\s+(?:personale|individuale))\s*,\s*)?"
        + @"(?:(?:this|the)\s+(?:open\s+|joint\s+)?letter|it|(?:cette|la)\s+lettre(?:\s+ouverte)?|elle|(?:esta|la)\s+carta(?:\s+abierta)?|(?:a|esta)\s+carta(?:\s+aberta)?|ela|(?:questa|la)\s+lettera(?:\s+aperta)?)\s+"
        + @"(?:is|was|has\s+been|est|a\s+été|es|fue|ha\s+sido|está|é|foi|è|è\s+stata)\s+(?:also\s+|également\s+|aussi\s+|también\s+|igualmente\s+|também\s+|anche\s+)?"
        + @"(?:signed|co-?signed|endorsed|supported|backed|carried|initiated|portée|signée|cosignée|soutenue|appuyée|endossée|firmada|suscrita|apoyada|respaldada|assinada|subscrita|apoiada|firmata|sottoscritta|sostenuta|promossa)\s+(?:by|par|por|pela|pelo|pelos|pelas|da|dalla|dal)\s+",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SignedBy();

    // "the following organizations", "les organisations suivantes", "las siguientes", "as seguintes", "le seguenti": the
    // words of a heading over a list, not names.
    [GeneratedRegex(@"^(?:the\s+following|(?:les|las|los|as|os|le|i)\s+(?:\p{L}+\s+)?(?:suivant|siguient|seguint|seguent)|(?:the\s+)?(?:organi[sz]ations|groups|signatories)\s+(?:listed\s+)?below)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ListBelow();

    // "la Coalition …", "l'European Students' Union", "le Syndicat …", "the Global Centre …": the sentence's article
    // before a name, at the start of an item; a name's own capitalised article ("La Strada") stays.
    [GeneratedRegex(@"(?<=^|,\s|\s(?:and|et|y|e|ed)\s)(?:l['’]|(?:le|la|les|el|los|las|il|lo|gli|the|o|os|a|as)\s+)(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex Articles();

    [GeneratedRegex(@"\((?<acronym>\p{Lu}[\p{Lu}\p{Ll}0-9/&-]{1,11}),\s*(?<place>[^(),]+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex AcronymAndPlaceApart();
}
