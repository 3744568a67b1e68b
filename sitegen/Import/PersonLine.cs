using System.Text.RegularExpressions;

namespace Archive.SiteGen.Import;

/// <summary>
/// Reads a line that names a person: whether it is a person's name ("Dr. Jane Doe"), a position ("Executive
/// Director", "Chair, International Coalition …"), or a name with its titles and affiliations on one line ("William
/// R. Pace, Executive Director, WFM-IGP", "Jane Doe (Amnesty International)").
/// </summary>
internal static partial class PersonLine
{
    /// <summary>"Dr. Jane Doe", "P. Andrés Ramírez Gil, S.J.": a person's name, with titles before it and a religious order's or a degree's letters after it.</summary>
    public static bool IsPersonName(string text) => PersonName().IsMatch(Postnominal().Replace(text, "")) && !OrganizationWords.AnyIn(text);

    /// <summary>A line that is a signer's position: "Executive Director", "Chair, International Coalition …".</summary>
    public static bool IsRole(string text) => TryRole(SignatoryLine.Clean(text)) is not null;

    /// <summary>
    /// "Le Coordonnateur", "La Présidente", "The Executive Director": a position with its article and nothing else, as a
    /// signer's position stands alone on a line under "For the signatory organizations,"; no organization is so named.
    /// </summary>
    public static bool IsPositionAlone(string text) =>
        SignatoryLine.Clean(text) is var cleaned && ArticleBeforeRole().Match(cleaned) is { Success: true } article
        && cleaned[article.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 1 and <= 3 } words
        && words.All(IsRoleWord);

    /// <summary>"On behalf of the South Sudanese civil society delegation": whom one speaks for, in words of small letters, not a name.</summary>
    public static bool SpeaksFor(string text) =>
        OnBehalfOf().Match(text.Trim()) is { Success: true } whom
        && whom.Groups["whom"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Count(word => char.IsLower(word[0]) && !Archive.Core.Organizations.NameGlossary.IsSmallWord(word.ToLowerInvariant())) >= 2;

    /// <summary>"Executive Director", "Chair, International Coalition …", "Deputy-Director, …": a line that starts with a position.</summary>
    /// <remarks>
    /// After a person's name on the same line (<paramref name="afterName"/>) a place is the organization's
    /// ("Jane Doe, Executive Director, Aegis Trust (United Kingdom)") and is left out of the affiliation.
    /// </remarks>
    public static PrintedRole? TryRole(string text, bool afterName = false)
    {
        if (afterName)
        {
            // Only the places at the end go: "Programme Manager, Femnet, Kenya" keeps Femnet, which a reading of the
            // whole as one organization would take for a city before the country.
            text = WithoutTrailingPlaces(text);
        }

        if (!afterName && ArticleBeforeRole().Match(text) is { Success: true } article && IsRoleWord(text[article.Length..].Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? ""))
        {
            // "La portavoce della rete promotrice", "The Coordinator of the campaign", "Le porte-parole du réseau": the
            // position with its article, as a line over the signer's name prints it.
            return TryRole(text[article.Length..]) is { } role ? role with { Title = role.Title is { } title ? text[..article.Length] + title : null } : null;
        }

        if (SmallLetterPositionThenName(text) is { } position)
        {
            return position;
        }

        if (!afterName && SpeaksFor(text))
        {
            // "On behalf of the civil society delegation to the talks", under a signer's name: what they sign as.
            return new PrintedRole(text, null);
        }

        // "Co-convenor", "Vice-President": a role word after a prefix is a role word too. "Americas Advocacy Director":
        // the area a position covers may come first.
        var first = text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        var comma = text.IndexOf(',', StringComparison.Ordinal);
        var areaFirst = IsAreaThenTitle(comma > 0 ? text[..comma] : text);
        if (first is not null && (IsRoleWord(first) || areaFirst) && comma > 0 && !afterName
            && text[(comma + 1)..].Trim().TrimEnd('.') is var area && (Places.IsRegion(area) || UnitAlone().IsMatch(area)))
        {
            // "Policy Adviser, Latin America", "Senior Counsel, Latin America Program": the region or the programme the
            // position covers is part of the title; the organization, if printed, is on the next line.
            return new PrintedRole(text.TrimEnd('.'), null);
        }

        if (first is null || !(IsRoleWord(first) || areaFirst) || text.Length > 200 || (!afterName && !areaFirst && SignatoryLine.One(text, 0).Places.Any && !PersonTitle().IsMatch(first)))
        {
            // A printed country makes it an organization ("Executive Secretariat of the …, Burundi"), unless the line
            // starts with what only a person is: "Chairperson, National Coalition of Human Rights Defenders – Uganda".
            return null;
        }

        if (comma > 0)
        {
            // "Associate Director, Asia Division, Human Rights Watch": the unit the signer heads is part of the title.
            var (title, affiliation) = (text[..comma].Trim(), text[(comma + 1)..].Trim().TrimEnd('.'));
            return UnitFirst().Match(affiliation) is { Success: true } unit
                ? new PrintedRole($"{title}, {unit.Groups["unit"].Value}", unit.Groups["organization"].Value)
                : new PrintedRole(title, affiliation);
        }

        var at = AtOrganization().Match(text);
        if (at.Success && OrganizationWords.AnyIn(at.Groups["organization"].Value))
        {
            return new PrintedRole(at.Groups["title"].Value.Trim(), at.Groups["organization"].Value.Trim());
        }

        // "Présidente du comité de pilotage", "Chair of the steering committee": a position in a body written in small
        // letters, a common noun and no organization's proper name.
        if (InUnnamedBody().IsMatch(text))
        {
            return new PrintedRole(text, null);
        }

        // A title alone ("Executive Director", "Steering Committee Member") is made of title words only, so an
        // organization such as "Executive Secretariat of ICGLR" is not taken for one.
        // "Coordinatrice de la campagne", "Chargé de plaidoyer": a position and what it is about, with no word of an
        // organization's name in it.
        var words = text.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 6 && (areaFirst || words.All(w => RoleWord().IsMatch(w) || TitleWord().IsMatch(w)) || !OrganizationWords.AnyIn(text)) ? new PrintedRole(text, null) : null;
    }

    /// <summary>
    /// "generalsekreterare Svenska FN-förbundet", "internationell chef Svenska kyrkan", "daglig leder Norsk Folkehjelp",
    /// "algemeen directeur Stichting Vluchteling", "toiminnanjohtaja Suomen Rauhanliitto": Nordic, Dutch and Finnish
    /// papers print a signer's position in small letters and the organization after it with no comma, its name
    /// starting with a capital. The position is the run of small-letter words up to the first capital, one of them a
    /// position; a comma may end it ("chef för programverksamheten, Civil Rights Defenders").
    /// </summary>
    /// <remarks>
    /// A run that ends with a small word ("forskare vid Uppsala universitet", "director of Amnesty") is left to the
    /// readings of a position and its body; a title that starts with a capital ("Executive Director Oxfam") is not
    /// told from a name this way.
    /// </remarks>
    private static PrintedRole? SmallLetterPositionThenName(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var capital = Array.FindIndex(words, w => !char.IsLower(w[0]));
        if (capital is < 1 or > 5 || !char.IsUpper(words[capital][0]))
        {
            return null;
        }

        var run = words[..capital];
        var last = run[^1];
        var endsWithComma = last.EndsWith(',');
        var runWords = run.Select(w => w.TrimEnd(',')).ToList();
        if (!runWords.Any(IsRoleWord) || run[..^1].Any(w => w.EndsWith(','))
            || (!endsWithComma && !IsRoleWord(runWords[^1]) && Archive.Core.Organizations.NameGlossary.IsSmallWord(Archive.Core.Text.Accents.Remove(runWords[^1]).ToLowerInvariant())))
        {
            return null;
        }

        var organization = string.Join(' ', words[capital..]).TrimEnd('.');
        return new PrintedRole(string.Join(' ', runWords), organization);
    }

    private static bool IsRoleWord(string word) =>
        RoleWord().IsMatch(word) || CompoundRole().IsMatch(word)
        || (word.Split('-', StringSplitOptions.RemoveEmptyEntries) is [var head, .., var last] && (RoleWord().IsMatch(head) || RoleWord().IsMatch(last)));

    // "Americas Advocacy Director", "Africa Programme Officer", "Canada Director": a region or a country, then a title
    // made of title words only, the last of them a position.
    private static bool IsAreaThenTitle(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var count = 1; count <= 3 && count < words.Length; count++)
        {
            if (Places.TryRead(string.Join(' ', words[..count])) is not null)
            {
                var title = words[count..];
                return title.All(w => RoleWord().IsMatch(w) || TitleWord().IsMatch(w)) && IsRoleWord(title[^1]) && !TitleWord().IsMatch(title[^1]);
            }
        }

        return false;
    }

    // "…, Aegis Trust, United Kingdom", "…, (UK)": the places printed after the last comma, or in a bracket, left out.
    private static string WithoutTrailingPlaces(string text)
    {
        while (true)
        {
            var parts = SignatoryLine.SplitTopLevel(text, ',');
            if (parts.Count > 1 && Places.TryRead(parts[^1].Trim()) is not null)
            {
                text = string.Join(",", parts.Take(parts.Count - 1)).TrimEnd();
                continue;
            }

            if (TrailingBracket().Match(text) is { Success: true } bracket && bracket.Groups["name"].Value.Length > 0 && Places.TryRead(bracket.Groups["place"].Value) is not null)
            {
                text = bracket.Groups["name"].Value.TrimEnd();
                continue;
            }

            return text;
        }
    }

    /// <summary>
    /// "Prof. Jane Doe, Professor of Law, University of Nairobi (Kenya)", "Jane Doe (Amnesty International)",
    /// "Hon. John Smith – Member of Parliament": the name, then each title and affiliation.
    /// </summary>
    public static PrintedPerson PersonWithAffiliations(string text, int line)
    {
        if (CapacityAndPlaceInBracket(text.Trim()) is var (person, capacity))
        {
            return new PrintedPerson(person, RolesOf(capacity), line);
        }

        var withoutPlace = SignatoryLine.One(text, line).Name;
        var bracket = BracketedAffiliation().Match(withoutPlace);
        var separator = NameSeparator().Match(withoutPlace);
        // "Jane Doe (Amnesty International)", but "Jane Doe – Centre for Peace Studies (UON)": the bracket closes the
        // affiliation when a separator comes before it.
        var bracketFirst = bracket.Success && !(separator.Success && separator.Index < withoutPlace.IndexOf('(', StringComparison.Ordinal));
        var (name, rest) = bracketFirst ? (bracket.Groups["name"].Value, bracket.Groups["rest"].Value)
            : separator.Success ? (withoutPlace[..separator.Index], withoutPlace[(separator.Index + separator.Length)..])
            : (withoutPlace, "");
        if (!bracketFirst && PostnominalFirst().Match(rest.TrimStart()) is { Success: true } letters)
        {
            // "P. Julián Ortez Matute, S.J. (a título personal)": the order's letters are part of how the person signs.
            (name, rest) = ($"{name.TrimEnd()}, {letters.Value}", rest.TrimStart()[letters.Length..].TrimStart(',', ';', ' ', '-', '–', '—'));
        }

        return new PrintedPerson(name.Trim(), RolesOf(rest), line);
    }

    private static List<PrintedRole> RolesOf(string rest) =>
        [.. rest.Split([";", " / ", " | "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(part => TryRole(part) ?? (OrganizationWords.AnyIn(part) || part.Contains(',', StringComparison.Ordinal) ? new PrintedRole(null, part) : new PrintedRole(part, null)))];

    /// <summary>
    /// "Sergio Duarte (novelista, Montevideo)", "Ana Lima (jornalista, São Paulo/Lisboa)", "Marie Roux (avocate,
    /// Lyon)", "John Kay (historian, Oxford, UK)": a person's capacity and place in one bracket after the name. The
    /// places at the bracket's end go (people keep none) and what is before them is the capacity; read as a name with
    /// a place after its comma, the line would lose its closing bracket and keep an open one in the name.
    /// </summary>
    private static (string Person, string Capacity)? CapacityAndPlaceInBracket(string text)
    {
        if (BracketedAffiliation().Match(text) is not { Success: true } bracket || !IsPersonName(bracket.Groups["name"].Value.Trim()))
        {
            return null;
        }

        var parts = bracket.Groups["rest"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var smallLetterCapacity = parts.Length > 0 && char.IsLower(parts[0][0]);
        var capacity = parts.Reverse().SkipWhile(part => IsPlaceInABracket(part, smallLetterCapacity)).Reverse().ToList();
        return capacity.Count > 0 && capacity.Count < parts.Length ? (bracket.Groups["name"].Value.Trim(), string.Join(", ", capacity)) : null;
    }

    // "Madrid", "Kenya"; and after a capacity in small letters, as a profession is written ("escritora", "historian"),
    // a city the tables do not know ("Belém", "Lisboa/Paris"): capitalized words with no word of an organization's
    // name. After a position in capitals ("Chair, Oxfam") such a word is the organization.
    private static bool IsPlaceInABracket(string part, bool afterSmallLetterCapacity) =>
        KnownCities.Contains(part) || Places.TryRead(part) is not null
        || (afterSmallLetterCapacity && CityWords().IsMatch(part) && !OrganizationWords.AnyIn(part));

    /// <summary>
    /// People run in as one paragraph, apart by semicolons, each a person's name with a title before it or what they do
    /// in brackets after it ("Dra. Lucía Ferreyra (Universidad Nacional de Córdoba, Argentina); Mtro. Andrés Quispe
    /// Mamani (investigador, La Paz, Bolivia)."): each person without the brackets; none when a part is no person.
    /// </summary>
    public static List<PrintedPerson> RunIn(string text, int line)
    {
        var parts = SignatoryLine.SplitTopLevel(text, ';').Select(part => LeadingAnd().Replace(part.Trim().TrimEnd('.'), "")).Where(part => part.Length > 0).ToList();
        var names = parts.Select(part => part.IndexOf(" (", StringComparison.Ordinal) is > 0 and var bracket ? part[..bracket].Trim() : part).ToList();
        return parts.Count >= 2 && names.All(name => HonorificFirst().IsMatch(name) || IsPersonName(name))
            ? [.. names.Select(name => new PrintedPerson(name, [], line))]
            : [];
    }

    [GeneratedRegex(@"^(?:and|y|et|e|und|en)\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LeadingAnd();

    /// <summary>"William R. Pace, Executive Director, WFM-IGP" or "Dr. Andrés Serbin / Chair, ICRtoP / Executive Director, CRIES".</summary>
    public static PrintedPerson? TryPersonOnOneLine(string text, int line)
    {
        var bySlash = text.Split([" / ", " | "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (bySlash.Length >= 2 && IsPersonName(bySlash[0]) && !EndsWithOneCountryInTwoLanguages(bySlash) && !IsOneNameInTwoLanguages(bySlash))
        {
            var roles = bySlash[1..].Select(part => TryRole(part) ?? new PrintedRole(null, part)).ToList();
            return new PrintedPerson(bySlash[0], roles, line);
        }

        // "Voces del Sur, Regional": a scope after the comma is where an organization works, not a person's position.
        var separator = NameSeparator().Match(text);
        if (separator.Success && IsPersonName(text[..separator.Index]) && !IsScope(text[(separator.Index + separator.Length)..])
            && TryRole(text[(separator.Index + separator.Length)..], afterName: true) is { } role)
        {
            return new PrintedPerson(text[..separator.Index].Trim(), [role], line);
        }

        return null;
    }

    private static bool IsScope(string text) => Scope().IsMatch(text.Trim());

    [GeneratedRegex(@"^(?:regional|régional|regionale|regionaal|sub-?regional|national|nacional|nationale|local)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Scope();

    // "Dansk Flygtningehjælp / Danish Refugee Council — Danmark / Denmark": slashes that print one country in two
    // languages print the name in two languages too: an organization's line, not a name and its affiliations.
    private static bool EndsWithOneCountryInTwoLanguages(string[] bySlash) =>
        bySlash.Length >= 3
        && Places.TryRead(bySlash[^1]) is { Countries: [var last] }
        && PlaceAtEnd().Match(bySlash[^2]) is { Success: true } before
        && Places.TryRead(before.Groups["place"].Value) is { Countries: [var earlier] }
        && earlier == last;

    [GeneratedRegex(@"(?:,|\(|\s[-–—]\s)\s*(?<place>[^,()–—]+?)\)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceAtEnd();

    // "Oxfam België / Oxfam Belgique", "Caritas Vlaanderen / Caritas Flandre": two names that start with the same word,
    // one each side of the slash, are one organization named in two languages, not a person and their affiliation.
    private static bool IsOneNameInTwoLanguages(string[] bySlash) =>
        bySlash is [var first, var second] && Honorific().Match(first).Length == 0
        && first.Split(' ')[0] is var word && word.Length > 1 && second.StartsWith(word + " ", StringComparison.OrdinalIgnoreCase);

    // "William R. Pace" and "William R Pace" are one signer.
    public static bool SamePerson(string name, string text) =>
        LettersOnly(name) == LettersOnly(text) || LettersOnly(Honorific().Replace(name, "")) == LettersOnly(text);

    private static string LettersOnly(string text) => string.Concat(text.Where(char.IsLetter)).ToLowerInvariant();

    public static string WithoutCity(string text) =>
        TrailingBracket().Match(text) is { Success: true } bracket && (KnownCities.Contains(bracket.Groups["place"].Value) || Places.TryRead(bracket.Groups["place"].Value) is not null
            || Places.TryReadAlpha2(bracket.Groups["place"].Value, bracket.Groups["name"].Value) is not null)
            ? bracket.Groups["name"].Value.Trim()
            : text;

    private static bool EndsWithPlace(string line) => SignatoryLine.Clean(line) is var cleaned && WithoutCity(cleaned) != cleaned;

    // The next line that says something is a position; other signers' names may come first ("Jane Doe", "John Roe",
    // "Conveners").
    public static bool NextIsRole(List<(string Text, int Line)> lines, int index)
    {
        // "- Semillas de Identidad" over "- Coordinadora de Derechos Humanos del Paraguay (CODEHUPY)": items of one
        // list, each with its marker, are entries side by side; a title under a name carries no marker of its own.
        // "Wereldfederalisten Nederland (The Hague, Netherlands)" over "Democracy Without Borders (Berlin, Germany)", in a
        // run of lines that each end with their place in brackets, are entries side by side too (while two conveners
        // with their cities, "Kwabena Mensah-Bonsu (Accra)", may open a block over their title).
        var marked = SignatoryLine.StartsWithListMarker(lines[index].Text);
        var placed = EndsWithPlace(lines[index].Text) && lines.Take(index).LastOrDefault(l => l.Text.Trim().Length > 0).Text is { } above && EndsWithPlace(above);
        for (var j = index + 1; j < lines.Count; j++)
        {
            var next = lines[j].Text.Trim();
            if ((marked && SignatoryLine.StartsWithListMarker(next)) || (placed && j == index + 1 && EndsWithPlace(next)))
            {
                return false;
            }

            if (next.Length == 0 || NotAnEntry.IsContact(next) || (j == index + 1 && TryRole(SignatoryLine.Clean(next)) is null && IsPersonName(WithoutCity(SignatoryLine.Clean(next)))))
            {
                continue;
            }

            return TryRole(SignatoryLine.Clean(next)) is not null;
        }

        return false;
    }

    // Titles printed before a person's name, in English, French and Spanish.
    // A word of a person's name: a capital, then letters, as transliterated Arabic prints it too ("ʿAbd", "Raḥmān").
    private const string NameWord = @"[ʿʾ]?\p{Lu}[\p{L}'’ʿʾ]*\p{Ll}[\p{L}'’ʿʾ]*(?:-\p{L}[\p{L}'’ʿʾ]*)*";

    // "Bi.", "Bw.", "Dkt.", "Mhe." / "Mheshimiwa": Swahili for Ms, Mr, Dr and the Honourable. "P." / "Pe." / "Padre",
    // "Abbé", "Fray", "Frei", "Hna.", "Irmã", "Sor", "Suor", "Fra", "Mons.": a priest, a friar or a nun, in Spanish,
    // Portuguese, French and Italian;
    // "Prof.ª", "Doutora": Portuguese academic titles. "Pfarrerin", "Pastorin", "Pasteure", "Pastora": a minister of a
    // church, in German, French and Spanish. "Adv.": an advocate, as South Africa, India and Israel style a lawyer.
    // "The Most Revd", "The Rt Revd", "The Revd Canon": an Anglican bishop's, archbishop's or canon's style, with its
    // article; "Rabbiner", "Rabbinerin": a rabbi, in German.
    // "Em. prof.", "Prof. em.", "Emer. Prof.": emeritus, before or after the professor's title; "prof." in small letters
    // as Dutch and German print it before "dr.".
    private const string Titles = @"(?:Em\.\s?[Pp]rof|Emer\.\s?[Pp]rof|Prof\.\s?em(?:er)?|prof|Prof\.ssa|Dott\.ssa|Dott|Avv|Ing\.ssa|Eng\.ª|Engª|Eng|Frau|Herr|Dr|Dra|Profa|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Pr|(?:The\s+)?(?:Most|Rt|Right|Very)\.?\s+Rev(?:d|erend)?(?:\s+Canon)?|The\s+Rev(?:d|erend)?(?:\s+Canon)?|Rev(?:d)?\s+Canon|Rev|Revd|Rt\.?\s?Rev|Rabbiner|Rabbinerin|Archdeacon|Fr|Sr|Sra|Srta|Mme|Mlle|M|Hon|H\.\s?E|S\.\s?E|Sir|Dame|Amb|Ambassador|Me|Bishop|Archbishop|Sen|Senator|Sheikh|Imam|Rabbi|Pastor|Pastorin|Pastora|Pasteur|Pasteure|Pfarrer|Pfarrerin|Pfr|Bischof|Bischöfin|Reverend|Lic|Licda|Lcdo|Lcda|Mtro|Mtra|Abg|Atty|Advocate|ds|Ds|Ing|Mgr|Msgr|drs|Drs|ir|Ir|dhr|Dhr|mevr|Mevr|dr\s+hab|Dr\s+hab|dr|Av|Doç|Bi|Bw|Dkt|Mhe|Mheshimiwa|P|Pe|Padre|Abbé|Fray|Frei|Hna|Hno|Irmã|Sor|Suor|Suora|Fra|Sœur|Frère|Mons|Prof\.ª|Profª|Doutora|Doutor|Adv)";

    // "Ambassador (ret.) Ibrahim Gambari": a title may say its holder has retired.
    private const string Retired = @"(?:\s*\((?:ret|retd|rtd|retired)\.?\))?";

    [GeneratedRegex(@"^(?:" + Titles + @"\.?" + Retired + @"\s+)+", RegexOptions.CultureInvariant)]
    public static partial Regex Honorific();

    // "The", "La", "Le", "Il", "El", "Der", "Die", "De", "Het", "A", "O": a definite article before a position.
    [GeneratedRegex(@"^(?:the|la|le|il|lo|l['’]|el|der|die|de|het|a|o|os|as)\s*(?<=['’]|\s)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ArticleBeforeRole();

    // "Dr. Jane Doe, University of Nairobi": the name runs from after the titles to the first separator.
    [GeneratedRegex(@"^(?:" + Titles + @"\.?" + Retired + @"\s+)+(?<name>[^,()/–—]+?)(?=\s*(?:,|\(|\s[-–—]\s|\s/\s|$))", RegexOptions.CultureInvariant)]
    public static partial Regex HonorificFirst();

    [GeneratedRegex(@"^(?:" + Titles + @"\.?" + Retired + @"\s+)*(?:" + NameWord + @")(?:\s+(?:\p{Lu}\.?|" + NameWord + @"|(?:al|el|ad|an|ar|as|ash|at|az)-" + NameWord + @"|de|da|do|dos|das|van|von|der|den|del|della|di|la|le|du|bin|binti|al|el|ibn|y)){1,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex PersonName();

    [GeneratedRegex(@"^(?:executive|director|directora|directeur|directrice|chair|chairperson|chairman|chairwoman|co-chair|president|président|présidente|presidente|presidenta|vicepresidente|vice-président|vice|membre|miembro|fondateur|fondatrice|fundador|fundadora|représentant|représentante|representante|responsable|porte-parole|délégué|déléguée|delegado|delegada|directeur|directrice|director|secretary|secrétaire|secretario|secretaria|coordinator|co-ordinator|coordinateur|coordinatrice|coordinador|coordinadora|member|deputy|founder|co-founder|cofounder|head|officer|manager|programme|program|senior|advisor|adviser|representative|ceo|coo|cfo|trustee|convenor|convener|spokesperson|researcher|professor|lawyer|attorney|steering|assistant|fellow|leader|chief|principal|dean|editor|consultant|analyst|officer|treasurer|moderator|facilitator|focal|national|regional|country|managing|interim|founding|special|general|convenors|conveners|co-conveners|co-convenors|coordonnateur|coordonnatrice|chargé|chargée|avocat|avocate|abogado|abogada|investigador|investigadora|profesor|profesora|juriste|activiste|activista|militante|défenseur|défenseure|defensor|defensora|pasteur|pastor|évêque|obispo|bishop|archbishop|journalist|journaliste|periodista|chercheur|chercheuse|economist|économiste|médecin|physician|associate|emeritus|retired|former|ancien|ancienne|presidente|secrétaire|commissioner|commissaire|comisionado|comisionada|judge|juge|juez|jueza|mratibu|mwenyekiti|mkurugenzi|katibu|msemaji|mwanachama|mwanzilishi|ambassador|ambassadeur|ambassadrice|embajador|embajadora|minister|ministre|ministro|ministra|mp|senator|senador|senadora|député|députée|diputado|diputada|rapporteur|relator|relatora|rector|rectora|recteur|dean|doyen|chancellor|advocacy|policy|legal|communications|campaigns|portavoce|coordinatore|coordinatrice|direttore|direttrice|presidentessa|segretario|segretaria|responsabile|koordinator|koordinatorin|sprecher|sprecherin|vorsitzender|vorsitzende|geschäftsführer|geschäftsführerin|direktor|direktorin|referent|referentin|leiter|leiterin|vorstand|vorstandsmitglied|coördinator|voorzitter|woordvoerder|woordvoerster|directrice|coordenadora|coordenador|koordynator|koordynatorka|koordinatör|dyrektor|dyrektorka|prezes|prezeska|rzecznik|rzeczniczka|başkan|sözcü|oficial|asesor|asesora|jefe|jefa|encargado|encargada|vocero|vocera|gerente|diretor|diretora|assessor|assessora|secretário|secretária|conseiller|conseillère|referente|consigliere|generalsekretär|generalsekretärin|beauftragter|beauftragte|secretaris|beleidsmedewerker|adviseur|ordförande|samordnare|generalsekreterare|sekreterare|rådgivare|handläggare|direktör|vd|chef|talesperson|toiminnanjohtaja|pääsihteeri|puheenjohtaja|johtaja|forskare|formand|forkvinde|generalsekretær|direktør|rådgiver|seniorrådgiver|leder|styreleder|forsker)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RoleWord();

    // ", S.J.", ", OFM", ", PhD", ", S.Th.": the letters of a religious order or a degree after a person's name (the
    // degrees Indonesian names carry, "S.H.", "M.Si.", are printed with the name as a title is).
    private const string OrderOrDegree = @"(?:S\.\s?J|O\.\s?P|O\.\s?F\.\s?M|S\.\s?V\.\s?D|O\.\s?M\.\s?I|M\.\s?Afr|SJ|OP|OFMCap|OFM|SVD|OMI|CSsR|RGS|SSpS|SNDdeN|OSU|CSC|SHCJ|RSCJ|SSND|RSM|CSJ|OSB|SDB|FSC|IBVM|MSC|SMA|OCD|OSA|MCCJ|FMM|Ph\.\s?D|PhD|Th\.\s?D|D\.\s?Min|[SM]\.\s?(?:Th|H|Hum|Si|Sos|Pd)|Jr|QC|KC)\.?";

    [GeneratedRegex(@",\s*" + OrderOrDegree + "$", RegexOptions.CultureInvariant)]
    private static partial Regex Postnominal();

    // "S.J. (a título personal)", "SJ, Universidad Centroamericana", "S.J. – Dajabón": the order's letters first in
    // what follows the name, before a comma, a bracket or a dash.
    [GeneratedRegex(@"^" + OrderOrDegree + @"(?=\s*(?:[,;(]|[-–—]\s|$))", RegexOptions.CultureInvariant)]
    private static partial Regex PostnominalFirst();

    // A position as the Germanic languages compound it, with what it is about in front: "Policyrådgivare" (policy
    // adviser), "Verksamhetschef", "Projektledare", "Pressesprecherin", "Menschenrechtsbeauftragte", "Beleidsmedewerker".
    [GeneratedRegex(@"^\p{L}{3,}(?:rådgivare|rådgiver|ansvarig|ansvarlig|chef|ledare|leder|sekreterare|sekretær|sekretär|sekretärin|direktör|direktør|samordnare|koordinator|koordinatorin|referent|referentin|leiter|leiterin|führer|führerin|beauftragter?|sprecher|sprecherin|medewerker|adviseur|handläggare|forskare|forsker)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CompoundRole();

    // "Latin America Program", "Asia Division": a unit of an organization, named alone after a title.
    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:Division|Department|Programme|Program|Unit|Desk|Office|Section|Team)$", RegexOptions.CultureInvariant)]
    private static partial Regex UnitAlone();

    // Titles only a person holds, so that a line starting with one is a role even with a country printed in it.
    [GeneratedRegex(@"^(?:chair|chairperson|chairman|chairwoman|co-chair|president|président|présidente|presidente|presidenta|director|directora|directeur|directrice|coordinator|co-ordinator|coordinateur|coordinatrice|coordonnateur|coordonnatrice|coordinador|coordinadora|founder|co-founder|fondateur|fondatrice|fundador|fundadora|member|membre|miembro|secretary|secrétaire|secretario|secretaria|ceo|spokesperson|porte-parole|vocero|vocera|treasurer|trésorier|trésorière|tesorero|tesorera|convenor|convener|representative|représentant|représentante|representante|portavoce|coordinatore|coordinatrice|koordinator|koordinatorin|sprecher|sprecherin|vorsitzender|vorsitzende|mratibu|mwenyekiti|mkurugenzi|katibu|msemaji)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PersonTitle();

    [GeneratedRegex(@"^(?:of|the|and|for|de|du|des|la|le|del|y|et|committee|comité|comite|board|general|général|programmes?|programs?|communications?|advocacy|policy|legal|national|regional|country|project|team|staff|relations|affairs|research|campaigns?|operations|finance|media|press|public|external|membership|development|emeritus|interim|acting|honorary|&)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TitleWord();

    // "Director at X", "Présidente de la Fédération …", "Secrétaire général de l'Organisation …", "Director de …".
    [GeneratedRegex(@"^(?<title>.+?)\s+(?:at|of|for|with|de\s+la|de\s+los|de\s+las|du|des|de|del|d['’]|de\s+l['’])\s*(?<organization>\p{Lu}.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex AtOrganization();

    // "Présidente du comité de pilotage", "Chair of the steering committee", "Coordinadora del comité organizador".
    [GeneratedRegex(@"^\S+(?:\s+\S+)?\s+(?:of(?:\s+the)?|du|des|de|del|de\s+la|de\s+l['’]|d['’]|della|do|da|van(?:\s+de|\s+het)?|der|des)\s*[^\p{Lu}\d,()]{3,60}$", RegexOptions.CultureInvariant)]
    private static partial Regex InUnnamedBody();

    [GeneratedRegex(@"\s*(?:,|\s[-–—]\s)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex NameSeparator();

    [GeneratedRegex(@"^(?<name>[^()]+?)\s*\((?<rest>[^()]+)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex BracketedAffiliation();

    [GeneratedRegex(@"^(?<name>.*?)\s*\((?<place>[^()]+)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingBracket();

    [GeneratedRegex(@"^\p{Lu}[\p{L}.'’-]*(?:(?:\s+|\s*/\s*)(?:\p{Lu}[\p{L}.'’-]*|de|do|da|dos|das|del|de\s+la|la|las|los|le|les|sur|am|an|upon))*$", RegexOptions.CultureInvariant)]
    private static partial Regex CityWords();

    [GeneratedRegex(@"^(?:for\s+and\s+)?(?:on\s+behalf\s+of|au\s+nom\s+d[eu']|en\s+nombre\s+de|em\s+nome\s+d[oae]s?|a\s+nome\s+d[ei]|im\s+namen\s+d[eo]r|namens)(?:(?<=['’])\s*|\s+)(?!(?:its|their|ses|leurs|sus|seus|suas|suoi|seiner|ihrer)\b)(?<whom>.+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex OnBehalfOf();

    // "Asia Division, Human Rights Watch", "Africa Programme, Chatham House", "Policy Unit, Oxfam": a unit of a few
    // words named by what it covers, then the organization.
    [GeneratedRegex(@"^(?<unit>(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:Division|Department|Programme|Program|Unit|Desk|Office|Section|Team))\s*,\s*(?<organization>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex UnitFirst();
}
