using System.Text.RegularExpressions;

namespace Archive.SiteGen.Import;

/// <summary>
/// A petition platform's page saved as text: the letter, then the feed of who signed, newest first ("✍ Assinado por
/// Fórum Mulher · Maputo, Moçambique · há 1 dia", "Signed by Refugee Legal · Melbourne · 2 days ago"), perhaps under
/// a few featured signers ("★ UNAC – União Nacional de Camponeses · Maputo, Moçambique · criadora da petição"). Each
/// feed line is read as a line of the list ("Fórum Mulher, Maputo, Moçambique"); the feed's headings, filters,
/// signers' comments in quotes, buttons, and the page below the feed (updates, the platform's links) are left out, as
/// is what a featured line says after the place. Each line keeps its number, so the report points to the feed; but
/// the people who sign in the feed ("Assinado por Ana Paula Macuácua · Nampula · há 5 horas"), whose names read as a
/// person's and whose place is a town alone (an organization's gives its country), are gathered under an "Individuals:" heading in the lines the page below the feed leaves free, since a
/// list reads people under a heading of their own (their report lines then point below the feed).
/// </summary>
internal static partial class PetitionFeed
{
    public static List<string> Read(List<string> lines)
    {
        var signed = lines.Select((l, i) => (Index: i, Match: Signed().Match(l))).Where(s => s.Match.Success).ToList();
        if (signed.Count < 5 || signed[0].Index < 10)
        {
            return lines;
        }

        var read = new List<string>(lines);
        var featured = lines.Select((l, i) => (Index: i, Match: Featured().Match(l))).Where(f => f.Match.Success && f.Index < signed[0].Index).ToList();
        var first = featured.Count > 0 ? featured[0].Index : signed[0].Index;
        // The feed's headings and rules just above it ("APOIOS EM DESTAQUE", "----").
        for (var i = first - 1; i >= 0 && (lines[i].Trim().Length == 0 || NotAnEntry.IsRule(lines[i]) || !lines[i].Any(char.IsLower)); i--)
        {
            read[i] = "";
        }

        for (var i = first; i < lines.Count; i++)
        {
            read[i] = "";
        }

        foreach (var (index, match) in featured)
        {
            read[index] = Entry(match.Groups["entry"].Value, match.Groups["place"].Value);
        }

        var people = new List<string>();
        foreach (var (index, match) in signed)
        {
            var entry = Entry(match.Groups["entry"].Value, "");
            var parts = match.Groups["entry"].Value.Split('·', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (PersonLine.HonorificFirst().IsMatch(parts[0]) || (PersonLine.IsPersonName(parts[0]) && parts.Length == 2 && Places.TryRead(parts[1]) is null))
            {
                people.Add(parts[0]);
            }
            else
            {
                read[index] = entry;
            }
        }

        var free = signed[^1].Index + 1;
        if (people.Count > 0 && free + people.Count < lines.Count)
        {
            read[free] = "Individuals:";
            for (var i = 0; i < people.Count; i++)
            {
                read[free + 1 + i] = people[i];
            }
        }
        else
        {
            foreach (var (index, match) in signed.Where(s => read[s.Index].Length == 0))
            {
                read[index] = Entry(match.Groups["entry"].Value, "");
            }
        }

        return read;
    }

    // "Fórum Mulher · Maputo, Moçambique": the name, and its place in brackets, where a dash in the name
    // ("Folkekirkens Nødhjælp – DanChurchAid") is not taken for the one before a place; "regional (África Austral)",
    // the scope the platform prints for a body of several countries, gives it no country.
    private static string Entry(string entry, string place)
    {
        var parts = entry.Split('·', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Append(place.Trim()).Where(part => part.Length > 0).ToList();
        var places = string.Join(", ", parts.Skip(1).Where(p => !RegionalScope().IsMatch(p)));
        return places.Length == 0 ? parts[0] : $"{parts[0]} ({places})";
    }

    [GeneratedRegex(@"^regional\s*\([^()]+\)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RegionalScope();

    // "✍ Assinado por … · há 2 horas", "Signed by … · 3 days ago", "Firmado por … · hace 2 días", "Signé par … · il y a
    // 2 jours", "Unterzeichnet von … · vor 2 Tagen": a signature in the feed, with how long ago it was given.
    [GeneratedRegex(@"^\W*(?:assinad[oa]\s+por|signed\s+by|firmad[oa]\s+por|signée?\s+par|unterzeichnet\s+von|unterschrieben\s+von|firmato\s+da|getekend\s+door)\s+(?<entry>.+?)\s+·\s+(?:(?:há|hace|il\s+y\s+a|vor)\s+\d+\s+\p{L}+|(?:about\s+)?(?:\d+|an?)\s+\p{L}+\s+ago|just\s+now|agora\s+mesmo|ahora\s+mismo|à\s+l['’]instant|yesterday|ontem|ayer|hier|gestern)\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Signed();

    // "★ UNAC – União Nacional de Camponeses · Maputo, Moçambique · criadora da petição": a featured signer, its place,
    // then what the page says of it.
    [GeneratedRegex(@"^\s*[★☆⭐]\s*(?<entry>[^·]+?)\s+·\s+(?<place>[^·""“]+?)(?:\s+·\s+.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Featured();
}
