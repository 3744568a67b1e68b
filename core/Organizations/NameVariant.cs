using System.Collections.Frozen;
using Archive.Core.Countries;

namespace Archive.Core.Organizations;

/// <summary>
/// Whether two printed names can be one organization's name written two ways, and how they differ. Only differences
/// that never tell two organizations apart count: small words ("of", "the", "de"), spacing and hyphens
/// ("DanChurch Aid"), British and American spelling ("Centre", "Organisation"), "Africa"/"African", the
/// organization's own country added to its name, an acronym written for its words, the same words in another
/// language (<see cref="NameGlossary"/>) — and, as a weaker kind that needs the country to agree, a slip of one letter
/// ("Recontre" for "Rencontre"), a noun for its adjective ("Environment" for "Environmental"), or a short name in
/// another language. Any other word that differs ("Institute" and "Forum", "International" and "Australia") makes
/// them different names.
/// </summary>
public static class NameVariant
{
    /// <summary>How close two names are as names of one organization.</summary>
    public enum Kind
    {
        /// <summary>A word that differs tells them apart.</summary>
        Different,

        /// <summary>They differ only in ways that never tell organizations apart.</summary>
        Wording,

        /// <summary>They differ by a slip of a letter as well, or by a legal form before the name: the same organization only if the country says so.</summary>
        Spelling,
    }

    /// <summary>
    /// Compares a printed name with a known one, both without their acronyms. A country in one name and not the
    /// other counts as wording only when the other side has that country: "Genocide Alert Germany" is "Genocide
    /// Alert" if that organization is German, and "Oxfam" printed with Australia is "Oxfam-Australia" (but "Oxfam"
    /// printed alone is not).
    /// </summary>
    public static (Kind Kind, string Why) Compare(string printed, string known, IReadOnlyList<CountryCode> printedCountries, IReadOnlyList<CountryCode> knownCountries)
    {
        ArgumentNullException.ThrowIfNull(printed);
        ArgumentNullException.ThrowIfNull(known);
        ArgumentNullException.ThrowIfNull(printedCountries);
        ArgumentNullException.ThrowIfNull(knownCountries);
        return Compare(FoldedName.Of(printed), FoldedName.Of(known), printedCountries, knownCountries);
    }

    /// <summary>
    /// Whether two names, both without their acronyms, are the same words in one language, written two ways (spacing,
    /// small words, spelling, a slip of a letter), as one organization typed twice is; the same name read alike only in
    /// another language ("Droits de l'Homme …" and "Droits Humains …") is not.
    /// </summary>
    public static bool InTheSameWords(string one, string other)
    {
        ArgumentNullException.ThrowIfNull(one);
        ArgumentNullException.ThrowIfNull(other);
        return CompareWords(FoldedName.Of(one), FoldedName.Of(other), [], []).Kind != Kind.Different;
    }

    /// <inheritdoc cref="Compare(string, string, IReadOnlyList{CountryCode}, IReadOnlyList{CountryCode})"/>
    internal static (Kind Kind, string Why) Compare(FoldedName printed, FoldedName known, IReadOnlyList<CountryCode> printedCountries, IReadOnlyList<CountryCode> knownCountries)
    {
        var compared = CompareWords(printed, known, printedCountries, knownCountries);
        // "Oxfam Internacional" is a letter from "Oxfam International", and the same words in another language: the
        // language, when it reads them alike, is the better account.
        return compared.Kind switch
        {
            Kind.Different => Translated(printed, known, printedCountries, knownCountries) ?? compared,
            Kind.Spelling when Translated(printed, known, printedCountries, knownCountries) is { Kind: Kind.Wording } translated => translated,
            _ => compared,
        };
    }

    /// <summary>
    /// Two names, one of them (or both) in another language, read in English (<see cref="NameGlossary"/>): the same
    /// name when they read the same words, in any order (French, Spanish and Portuguese put the adjective after the
    /// noun: "Centre africain d'études pour la paix" is the "African Centre for Peace Studies"), each word paired with
    /// one of the other. A word that only one reading has makes them different names, as it does in one language
    /// ("Asociación Colombiana de Defensores de Derechos Humanos" is not the World Association of Human Rights
    /// Defenders), unless it is that side's own country. Names of one word are too short to compare across languages; names of two or three are as weak as a
    /// slip of a letter (the country must agree).
    /// </summary>
    private static (Kind Kind, string Why)? Translated(FoldedName printed, FoldedName known, IReadOnlyList<CountryCode> printedCountries, IReadOnlyList<CountryCode> knownCountries)
    {
        var (a, b) = (printed.Reading, known.Reading);
        if (!a.Translated && !b.Translated)
        {
            return null;
        }

        var notes = new List<string>();
        var left = ReadingWithoutOwnCountry(a.Words, printed.ReadingCountries, b.Words, knownCountries, notes, "printed");
        var right = ReadingWithoutOwnCountry(b.Words, known.ReadingCountries, a.Words, printedCountries, notes, "known");
        if (left.Count < 2 || left.Count != right.Count || !EveryWordPaired(left, right))
        {
            return null;
        }

        notes.Insert(0, $"language: both read '{new NameGlossary.Reading(right, true)}' in English");
        // "Ligue des droits de l'homme" reads "league human rights", a name many bodies bear in many countries: a short
        // name read from another language is the organization only where the country agrees, unless both names carry
        // a word no other body's name would: a proper name printed alike ("Oxfam Internacional"), or the country the
        // organization is filed under ("Iglesia de Suecia" for the Church of Sweden).
        if (left.Count >= 4)
        {
            return (Kind.Wording, Joined(notes));
        }

        return ProperWitness(printed, known, knownCountries) is { } witness
            ? (Kind.Wording, Joined([.. notes, witness]))
            : (Kind.Spelling, Joined(notes));
    }

    /// <summary>
    /// A word two names of two or three words share that tells one body apart: a word printed alike in both that the
    /// glossary does not read (a proper name: "Oxfam", "Carter"), or the known organization's own country, named in both.
    /// </summary>
    private static string? ProperWitness(FoldedName printed, FoldedName known, IReadOnlyList<CountryCode> knownCountries)
    {
        var proper = printed.Significant.FirstOrDefault(word => known.Significant.Contains(word) && IsProperWord(word));
        if (proper is not null)
        {
            return $"the proper name '{proper}' in both";
        }

        var countries = printed.Reading.Words.Zip(printed.ReadingCountries).Where(w => w.Second.Any(knownCountries.Contains)).Select(w => w.First[0]).ToList();
        var shared = countries.FirstOrDefault(word => known.Reading.Words.Any(other => other.Any(x => SameEnglishWord(word, x))));
        return shared is null ? null : $"its own country '{shared}' in both";
    }

    /// <summary>
    /// What in an organization's own name, of three words or more, tells it apart wherever it is printed from: a word the
    /// glossary does not read ("watch" in "Human Rights Watch"), or the demonym of the country it is filed under
    /// ("Norwegian" in "Norwegian Church Aid", filed under Norway: a body of one country that works in others); null
    /// for a name of kinds of body and fields of work alone ("Human Rights Network"), which many bodies in many
    /// countries bear, for one that ends with its country ("Human Rights Network-Uganda"), a national body, and for a
    /// name of two words ("Sauti Yetu", "our voice"), which may be common words of a language the glossary lacks. A word
    /// coined with capitals inside it ("DanChurchAid") is its own in a name of any length.
    /// </summary>
    internal static string? OwnWitness(string name, IReadOnlyList<CountryCode> countries)
    {
        if (name.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(IsCoinedWord) is { } coined)
        {
            // "DanChurchAid", "InterAction": one word coined with capitals inside it, as no language writes a common
            // word, is a name of its own however few words the name has.
            return $"'{coined}' is a word coined for its name";
        }

        var folded = FoldedName.Of(name);
        if (folded.Significant.Count < 3)
        {
            return null;
        }

        if (folded.Significant.FirstOrDefault(IsProperWord) is { } proper)
        {
            return $"'{proper}' is a word of its own name";
        }

        return FiledCountryDemonym(folded.Significant, countries);
    }

    /// <summary>
    /// The demonym of the country an organization is filed under, in a name of three words or more read in any language
    /// ("Norwegian" in "Norwegian Church Aid", "Norueguesa" in "Ajuda da Igreja Norueguesa", filed under Norway): a body of
    /// one country that works in others, wherever the name is printed from. Unlike a word the glossary does not read,
    /// it says so in a translation too ("Rede de Solidariedade com Timor-Leste" is another body than the "Timor-Leste
    /// Solidarity Network"). Why, or null.
    /// </summary>
    internal static string? OwnCountryWitness(string name, IReadOnlyList<CountryCode> countries)
    {
        var folded = FoldedName.Of(name);
        return folded.Significant.Count < 3 ? null : FiledCountryDemonym(folded.Reading.Words.SelectMany(english => english), countries);
    }

    private static string? FiledCountryDemonym(IEnumerable<string> words, IReadOnlyList<CountryCode> countries)
    {
        var demonym = words.FirstOrDefault(word => NameGlossary.CountryOfDemonym(word) is { } country && CountryTable.TryResolveName(country, out var named) && countries.Contains(named.Code));
        return demonym is null ? null : $"'{demonym}' in its name is the country it is filed under";
    }

    // "DanChurchAid": letters only, a capital after a small letter inside the word.
    private static bool IsCoinedWord(string word) =>
        word.Length >= 6 && word.All(char.IsLetter) && word.Skip(1).Zip(word).Any(pair => char.IsUpper(pair.First) && char.IsLower(pair.Second));

    // A word of a proper name: one the glossary does not read and no country's.
    private static bool IsProperWord(string word) => !NameGlossary.Knows(word) && NameGlossary.CountryOfWord(word) is null;

    /// <summary>
    /// A reading without a word that is a country of the other side and not in the other reading; <paramref name="named"/>
    /// holds the countries each word of the reading names (<see cref="ReadingCountries"/>).
    /// </summary>
    private static List<IReadOnlyList<string>> ReadingWithoutOwnCountry(IReadOnlyList<IReadOnlyList<string>> words, IReadOnlyList<IReadOnlyList<CountryCode>> named, IReadOnlyList<IReadOnlyList<string>> other, IReadOnlyList<CountryCode> countries, List<string> notes, string side)
    {
        var kept = words.ToList();
        var own = Enumerable.Range(0, kept.Count).FirstOrDefault(i => named[i].Any(countries.Contains) && !other.Any(o => o.Any(x => kept[i].Any(word => SameEnglishWord(word, x)))), -1);
        if (own >= 0)
        {
            notes.Add($"the country '{kept[own][0]}' in the {side} name");
            kept.RemoveAt(own);
        }

        return kept;
    }

    /// <summary>
    /// The countries each word of a reading names, in any of its English words: "Norwegian" in a name filed under
    /// Norway is its own country as much as "Norway" would be.
    /// </summary>
    internal static IReadOnlyList<IReadOnlyList<CountryCode>> ReadingCountries(NameGlossary.Reading reading) =>
        [.. reading.Words.Select(w => (IReadOnlyList<CountryCode>)[.. w.Select(word => CountryTable.TryResolveName(NameGlossary.CountryOfDemonym(word) ?? word, out var country) ? country.Code : (CountryCode?)null).OfType<CountryCode>()])];

    /// <summary>Whether every word of one reading pairs with its own word of the other (a perfect matching, found by augmenting paths).</summary>
    private static bool EveryWordPaired(List<IReadOnlyList<string>> left, List<IReadOnlyList<string>> right)
    {
        var partner = new int[right.Count];
        Array.Fill(partner, -1);
        for (var i = 0; i < left.Count; i++)
        {
            if (!Pair(i, new bool[right.Count]))
            {
                return false;
            }
        }

        return true;

        bool Pair(int i, bool[] seen)
        {
            for (var j = 0; j < right.Count; j++)
            {
                if (!seen[j] && left[i].Any(x => right[j].Any(y => SameEnglishWord(x, y))))
                {
                    seen[j] = true;
                    if (partner[j] < 0 || Pair(partner[j], seen))
                    {
                        partner[j] = i;
                        return true;
                    }
                }
            }

            return false;
        }
    }

    // One word in two spellings or numbers: "centre"/"center", "refugee"/"refugees", "women"/"womens", "study"/"studies";
    // a country, its demonym and its name in another language: "Swedish Church" and "Iglesia de Suecia" are the
    // "Church of Sweden"; "UK" is the "United Kingdom" a reading makes one word of.
    private static bool SameEnglishWord(string a, string b) =>
        a == b || SameWord.Contains((a, b)) || Plural(a, b) || Plural(b, a) || AdjectiveOfPlace(a, b) || AdjectiveOfPlace(b, a)
        || (NameGlossary.CountryOfWord(a) is { } country && country == (NameGlossary.CountryOfWord(b) ?? b))
        || (NameGlossary.CountryOfWord(b) is { } other && other == a);

    // "Institut montréalais d'études …" is the "Montreal Institute …": French makes the adjective of a city by adding
    // "-ais" or "-ois" to its name ("québécois", "lyonnais" aside, whose spelling changes); the name is long enough that
    // no other word ends so by chance.
    private static bool AdjectiveOfPlace(string adjective, string place) =>
        place.Length >= 5 && adjective.StartsWith(place, StringComparison.Ordinal)
        && adjective[place.Length..] is "ais" or "aise" or "aises" or "ois" or "oise" or "oises";

    private static bool Plural(string one, string many) =>
        many == one + "s" || many == one + "es" || (one.EndsWith('y') && many == one[..^1] + "ies");

    private static (Kind Kind, string Why) CompareWords(FoldedName printed, FoldedName known, IReadOnlyList<CountryCode> printedCountries, IReadOnlyList<CountryCode> knownCountries)
    {
        if (printed.Compact == known.Compact)
        {
            return (Kind.Wording, "they differ only in spacing or hyphens");
        }

        // How they differ, after the small words that differ (written out only for names found alike: WithSmallWords).
        var notes = new List<string>();
        var a = printed.Significant.ToList();
        var b = known.Significant.ToList();
        WithoutOwnCountry(a, b, printed.CountryPhrases, knownCountries, notes, "printed");
        WithoutOwnCountry(b, a, known.CountryPhrases, printedCountries, notes, "known");
        if (a.Count == 0 || b.Count == 0)
        {
            return (Kind.Different, "");
        }

        if ((LegalForm(a, b) ?? LegalForm(b, a)) is { } form)
        {
            // "Association Ditshwanelo" for "Ditshwanelo": the legal form written before a short name; as weak as a slip, since
            // an association and a foundation of one name may be two bodies, so the country must agree (a name of one
            // or two words is too short to link without one).
            return (Kind.Spelling, Joined([.. WithSmallWords(notes), $"the legal form '{form}' before the name"]));
        }

        JoinCompounds(a, b, notes);
        JoinCompounds(b, a, notes);
        if (a.Count != b.Count)
        {
            // A printed acronym may stand for the known name's words ("GCR2P"); a known name that is only an acronym is
            // no witness for the printed words, which it may spell by chance: "HRWG" spells "Human Rights Working
            // Group" and "Human Rights Watch Group" alike.
            return (Initials(a, b) ?? (b.Count >= 2 ? Initials(b, a) : null)) is { } expansion
                ? (Kind.Wording, Joined([.. WithSmallWords(notes), $"'{expansion.Acronym}' for '{expansion.Words}'"]))
                : (Kind.Different, "");
        }

        var kind = Kind.Wording;
        for (var i = 0; i < a.Count; i++)
        {
            if (a[i] == b[i])
            {
                continue;
            }

            if (SameWord.Contains((a[i], b[i])) || Plural(a[i], b[i]) || Plural(b[i], a[i]))
            {
                // "communication"/"communications", "femme"/"femmes": one word, in the singular and the plural.
                notes.Add($"'{a[i]}' / '{b[i]}'");
            }
            else if (IsSlip(a[i], b[i]))
            {
                kind = Kind.Spelling;
                notes.Add($"'{a[i]}' / '{b[i]}' (one letter)");
            }
            else if (IsAdjectiveOf(a[i], b[i]) || IsAdjectiveOf(b[i], a[i]))
            {
                // "Centre for Environment Law" for "… Environmental Law": a noun for its adjective, as weak as a slip.
                kind = Kind.Spelling;
                notes.Add($"'{a[i]}' / '{b[i]}' (a noun and its adjective)");
            }
            else
            {
                return (Kind.Different, "");
            }
        }

        var why = WithSmallWords(notes);
        return (kind, why.Count == 0 ? "the same words in another order of small words" : Joined(why));

        List<string> WithSmallWords(List<string> rest) => [.. SmallWordsThatDiffer(printed.Words, known.Words), .. rest];
    }

    /// <summary>
    /// Joins two words of one name that the other writes as one ("Peace Building" for "Peacebuilding"), with a note.
    /// </summary>
    private static void JoinCompounds(List<string> words, List<string> other, List<string> notes)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var joined = words[i] + words[i + 1];
            if (!other.Contains(words[i]) && other.Contains(joined))
            {
                notes.Add($"'{words[i]} {words[i + 1]}' / '{joined}'");
                words[i] = joined;
                words.RemoveAt(i + 1);
            }
        }
    }

    /// <summary>A word that never tells two organizations apart ("of", "the", "de", "y"), in its folded form.</summary>
    public static bool IsSmallWord(string word) => SmallWords.Contains(word);

    private static string Joined(IEnumerable<string> notes) => "they differ only in " + string.Join("; ", notes);

    /// <summary>The small words one name has and the other lacks ("for" and "on"), as a note.</summary>
    private static List<string> SmallWordsThatDiffer(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var onlyA = a.Where(SmallWords.Contains).ToList();
        var onlyB = b.Where(SmallWords.Contains).ToList();
        foreach (var word in onlyA.ToList())
        {
            if (onlyB.Remove(word))
            {
                onlyA.Remove(word);
            }
        }

        return onlyA.Count + onlyB.Count == 0 ? []
            : [$"the small words '{string.Join(' ', onlyA)}' / '{string.Join(' ', onlyB)}'".Replace("'' / ", "", StringComparison.Ordinal).Replace(" / ''", "", StringComparison.Ordinal)];
    }

    /// <summary>
    /// Drops from <paramref name="words"/> (a name's significant words, whose country phrases are
    /// <paramref name="phrases"/>) the first country the other name lacks and the other side has: "Human Rights Network Uganda".
    /// </summary>
    private static void WithoutOwnCountry(List<string> words, List<string> other, IReadOnlyList<(int Start, int Length, string Phrase, CountryCode Country)> phrases, IReadOnlyList<CountryCode> countries, List<string> notes, string side)
    {
        foreach (var (start, length, phrase, country) in phrases)
        {
            if (countries.Contains(country) && !string.Join(' ', other).Contains(phrase, StringComparison.Ordinal))
            {
                words.RemoveRange(start, length);
                notes.Add($"the country '{phrase}' in the {side} name");
                return;
            }
        }
    }

    /// <summary>The phrases of one to three words that name a country, in the order they are tried: the longest first, then from the left.</summary>
    internal static IReadOnlyList<(int Start, int Length, string Phrase, CountryCode Country)> CountryPhrases(IReadOnlyList<string> words)
    {
        var phrases = new List<(int, int, string, CountryCode)>();
        for (var length = 3; length >= 1; length--)
        {
            for (var start = 0; start + length <= words.Count; start++)
            {
                var phrase = string.Join(' ', words.Skip(start).Take(length));
                if (CountryTable.TryResolveName(phrase, out var country))
                {
                    phrases.Add((start, length, phrase, country.Code));
                }
            }
        }

        return phrases;
    }

    /// <summary>The legal form that <paramref name="longer"/> prints before the words of <paramref name="shorter"/>: "Association Ditshwanelo" and "Ditshwanelo".</summary>
    private static string? LegalForm(List<string> longer, List<string> shorter) =>
        shorter.Count is 1 or 2 && longer.Count == shorter.Count + 1 && LegalForms.Contains(longer[0]) && longer.Skip(1).SequenceEqual(shorter) ? longer[0] : null;

    /// <summary>
    /// One word of <paramref name="short"/> made of the initials of the words of <paramref name="long"/> it replaces:
    /// "WFM" for "World Federalist Movement" in "WFM-Institute for Global Policy", "GCR2P" for "Global Centre
    /// Responsibility Protect" (<see cref="OrganizationNameForm.AcronymLetters"/>).
    /// </summary>
    private static (string Acronym, string Words)? Initials(List<string> @short, List<string> @long)
    {
        var extra = @long.Count - @short.Count + 1;
        if (extra < 2)
        {
            return null;
        }

        for (var i = 0; i < @short.Count; i++)
        {
            var word = OrganizationNameForm.AcronymLetters(@short[i]) ?? @short[i];
            if (word.Length != extra || i + extra > @long.Count)
            {
                continue;
            }

            var expanded = @long.Skip(i).Take(extra).ToList();
            var rest = @short.Take(i).Concat(@short.Skip(i + 1)).SequenceEqual(@long.Take(i).Concat(@long.Skip(i + extra)));
            if (rest && string.Concat(expanded.Select(w => w[0])) == word)
            {
                return (@short[i], string.Join(' ', expanded));
            }
        }

        return null;
    }

    /// <summary>
    /// One letter added, dropped, changed or two swapped, in words of five letters or more that are not countries
    /// ("Recontre"/"Rencontre", "Netwrok"/"Network"); never a number.
    /// </summary>
    private static bool IsSlip(string a, string b) =>
        Math.Min(a.Length, b.Length) >= 5
        && Math.Abs(a.Length - b.Length) <= 1
        && !a.Any(char.IsDigit) && !b.Any(char.IsDigit)
        && !CountryTable.TryResolveName(a, out _) && !CountryTable.TryResolveName(b, out _)
        && EditDistance(a, b) == 1;

    /// <summary>"environmental" for "environment", "constitutional" for "constitution": the adjective made with "-al" of a noun of six letters or more.</summary>
    private static bool IsAdjectiveOf(string adjective, string noun) =>
        noun.Length >= 6 && adjective == noun + "al" && !noun.Any(char.IsDigit);

    /// <summary>The optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.</summary>
    public static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    // Words that never tell two organizations apart, in English, French and Spanish (already folded: no accents).
    private static readonly FrozenSet<string> SmallWords = new[]
    {
        "the", "of", "for", "and", "in", "on", "at", "to", "a", "an", "de", "des", "du", "la", "le", "les", "l", "d", "et",
        "pour", "el", "los", "las", "del", "y", "para", "por", "en", "e", "da", "do", "das", "dos", "na", "nas", "em", "inc", "ltd",
        "asbl", "ev",
        // "Mouvement pour une paix permanente": an article a translation adds; not "un" nor "una", which are the UN and
        // the UNA (a United Nations Association) of a name.
        "une",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Legal forms printed before a name, folded: "Associação", "Asociación", "Fondation", "Stichting", "ONG".
    private static readonly FrozenSet<string> LegalForms = new[]
    {
        "association", "associacao", "asociacion", "associazione", "fundacao", "fundacion", "fondation", "fondazione", "stichting", "verein", "ong",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Spellings of one word: British and American, and a place and its adjective as organizations use them.
    private static readonly FrozenSet<(string, string)> SameWord = new[]
    {
        ("centre", "center"), ("centres", "centers"), ("organisation", "organization"), ("organisations", "organizations"),
        ("programme", "program"), ("programmes", "programs"), ("defence", "defense"), ("labour", "labor"),
        ("counselling", "counseling"), ("africa", "african"), ("america", "american"), ("asia", "asian"),
        ("europe", "european"), ("arab", "arabic"),
    }.SelectMany(pair => new[] { pair, (pair.Item2, pair.Item1) }).ToFrozenSet();
}
